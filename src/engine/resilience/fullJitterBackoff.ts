import type { IBackoff, IBackoffFactory, IRetryBackoffContext } from 'cockatiel';
import { parseRetryAfterMs, type HeaderReader } from './rateLimitSignals';

/** A failed attempt's result that may carry the API's own wait (`Retry-After`). */
export interface RetryAfterCarrier {
  readonly headers?: HeaderReader;
  readonly retryAfterMs?: number;
}

/** Options of {@link FullJitterBackoff}. Times in ms. */
export interface FullJitterOptions {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** A number in [0, 1); injectable for tests. Default `Math.random`. */
  readonly random?: () => number;
  readonly now?: () => number;
}

/**
 * Exponential backoff with full jitter for cockatiel's retry: attempt n waits a uniform random
 * time in [0, min(max, initial·2^(n-1))]. When the failed attempt carries a `Retry-After`, that
 * wait wins (capped at `maxDelayMs`) because the API knows better than a formula.
 */
export class FullJitterBackoff implements IBackoffFactory<IRetryBackoffContext<unknown>> {
  constructor(private readonly options: FullJitterOptions) {}

  next(context: IRetryBackoffContext<unknown>): IBackoff<IRetryBackoffContext<unknown>> {
    const attempt = context.attempt;
    const ceilingMs = Math.min(
      this.options.maxDelayMs,
      this.options.initialDelayMs * 2 ** Math.max(0, attempt - 1),
    );
    const random = this.options.random ?? Math.random;
    let durationMs = Math.floor(random() * (ceilingMs + 1));
    const asked = retryAfterOf(context.result, (this.options.now ?? Date.now)());
    if (asked !== undefined) {
      durationMs = Math.min(this.options.maxDelayMs, asked);
    }
    return { duration: durationMs, next: (nextContext) => this.next(nextContext) };
  }
}

function retryAfterOf(result: unknown, nowMs: number): number | undefined {
  const failure = result as { value?: RetryAfterCarrier; error?: RetryAfterCarrier };
  const carrier = failure.value ?? failure.error;
  if (!carrier) {
    return undefined;
  }
  if (typeof carrier.retryAfterMs === 'number') {
    return carrier.retryAfterMs;
  }
  return carrier.headers ? parseRetryAfterMs(carrier.headers.get('retry-after'), nowMs) : undefined;
}
