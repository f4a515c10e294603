import type { RateLimitSignal } from './rateLimitSignals';

/** Options of {@link TokenBucketRateLimiter}. */
export interface TokenBucketOptions {
  readonly requestsPerSecond: number;
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

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.requestsPerSecond > 0)) {
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
    const turn = this.queue.then(() => this.takeToken(signal));
    this.queue = turn.catch(() => undefined);
    return turn;
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

      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      const waitMs = Math.ceil(((1 - this.tokens) * 1000) / this.options.requestsPerSecond);
      await this.sleep(Math.max(1, waitMs), signal);
    }
    throw new Error('rate limiter could not grant a token');
  }

  private refill(now: number): void {
    const base = Math.max(this.refilledAt, this.pausedUntil);
    if (now > base) {
      this.tokens = Math.min(
        this.burst,
        this.tokens + ((now - base) * this.options.requestsPerSecond) / 1000,
      );
    }
    this.refilledAt = now;
  }
}

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
