import type { RateLimitSignal } from './rateLimitSignals';

/** Options of {@link TokenBucketRateLimiter}. */
export interface TokenBucketOptions {
  /** The cap; undefined: no cap of our own, only the API's signals pause calls. */
  readonly requestsPerSecond?: number;
  /** Tokens the bucket holds, so short bursts pass at once. Default 1. */
  readonly burst?: number;
  readonly now?: () => number;
  /** Waits `ms`; injectable for tests. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Keeps calls under a rate: each call takes a token, tokens refill continuously at
 * `requestsPerSecond`. The API's own signals (429, `Retry-After`, an exhausted window) pause the
 * bucket until the time they name, and `remaining` near zero slows it to one call per refill.
 * Without `requestsPerSecond` it is adaptive only: calls pass at once unless the API asked for a
 * pause.
 */
export class TokenBucketRateLimiter {
  private tokens: number;
  private refilledAt: number;
  private pausedUntil = 0;
  private readonly burst: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Serialises waiters so they take tokens in arrival order. */
  private queue: Promise<void> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly options: TokenBucketOptions) {
    if (options.requestsPerSecond !== undefined && !(options.requestsPerSecond > 0)) {
      throw new RangeError(`expected requestsPerSecond > 0, got ${options.requestsPerSecond}`);
    }

    this.burst = Math.max(1, options.burst ?? 1);
    this.tokens = this.burst;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.refilledAt = this.now();
  }

  /** Resolves when a call may go; rejects with the signal's reason if aborted while waiting. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (this.tryAcquire(signal)) {
      return granted;
    }

    this.waiting += 1;
    const turn = this.queue
      .then(() => this.takeToken(signal))
      .finally(() => {
        this.waiting -= 1;
      });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Takes a token at once when one is free, no one is queued and the API asked for no pause: the
   * common case, with no promise. False (nothing taken) otherwise; then `acquire` waits.
   */
  tryAcquire(signal?: AbortSignal): boolean {
    if (this.waiting > 0 || signal?.aborted) {
      return false;
    }

    const now = this.now();
    if (now < this.pausedUntil) {
      return false;
    }

    const rate = this.options.requestsPerSecond;
    if (rate === undefined) {
      return true;
    }

    this.refill(now, rate);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }

  /** Applies what the API said in a response. */
  observe(signal: RateLimitSignal): void {
    if (signal.pauseUntil !== undefined && signal.pauseUntil > this.pausedUntil) {
      this.pausedUntil = signal.pauseUntil;
      this.tokens = 0;
    }
    if (signal.remaining !== undefined && signal.remaining <= 1) {
      this.tokens = Math.min(this.tokens, 0);
    }
  }

  private async takeToken(signal?: AbortSignal): Promise<void> {
    // Bounded: each pass either takes a token or sleeps until one is due.
    for (let pass = 0; pass < 10_000; pass++) {
      signal?.throwIfAborted();
      const now = this.now();
      if (now < this.pausedUntil) {
        await this.sleep(this.pausedUntil - now, signal);
        continue;
      }

      const rate = this.options.requestsPerSecond;
      if (rate === undefined) {
        return;
      }

      this.refill(now, rate);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      const waitMs = Math.ceil(((1 - this.tokens) * 1000) / rate);
      await this.sleep(Math.max(1, waitMs), signal);
    }
    throw new Error('rate limiter could not grant a token');
  }

  private refill(now: number, rate: number): void {
    const base = Math.max(this.refilledAt, this.pausedUntil);
    if (now > base) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - base) * rate) / 1000);
    }
    this.refilledAt = now;
  }
}

/** The answer of an uncapped, unpaused limiter: already granted. */
const granted: Promise<void> = Promise.resolve();

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
