/** Anything that reads response headers by name, case-insensitively (fetch `Headers` does). */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What an API said about its own limits in one response. Times are ms since the epoch. */
export interface RateLimitSignal {
  /** Do not send before this time (from `Retry-After` or an exhausted `X-RateLimit-*` window). */
  readonly pauseUntil?: number;
  /** Requests left in the API's window, when it says. */
  readonly remaining?: number;
}

/** Above this many seconds an `X-RateLimit-Reset` is an epoch timestamp rather than a delta. */
const epochThresholdSeconds = 1_000_000_000;

/**
 * The wait a `Retry-After` value asks for, in ms: delta seconds (`120`) or an HTTP date. Undefined
 * when absent or unreadable; 0 for a date in the past.
 */
export function parseRetryAfterMs(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') {
    return undefined;
  }

  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Math.round(Number(trimmed) * 1000);
  }

  // Date.parse takes nearly anything ("-5" is a year); an HTTP date has a day name and a clock time.
  if (!/^[A-Za-z]{3,9},? .*\d{1,2}:\d{2}:\d{2}/.test(trimmed)) {
    return undefined;
  }

  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * Reads the limit headers of a response: `Retry-After`, `X-RateLimit-Remaining` with
 * `X-RateLimit-Reset` (delta or epoch seconds), and Shopify's `X-Shopify-Shop-Api-Call-Limit`
 * (`used/size`, a bucket leaking 2 calls per second: when full we wait for one to leak).
 */
export function readRateLimitSignal(
  headers: HeaderReader,
  status: number | undefined,
  nowMs: number,
): RateLimitSignal {
  let pauseUntil: number | undefined;
  let remaining: number | undefined;
  const retryAfterMs = parseRetryAfterMs(headers.get('retry-after'), nowMs);
  if (retryAfterMs !== undefined && (status === 429 || status === 503)) {
    pauseUntil = nowMs + retryAfterMs;
  }

  const remainingHeader = headers.get('x-ratelimit-remaining');
  if (remainingHeader !== null && /^\d+$/.test(remainingHeader.trim())) {
    remaining = Number(remainingHeader);
    const reset = Number(headers.get('x-ratelimit-reset') ?? NaN);
    if (remaining === 0 && Number.isFinite(reset)) {
      const resetAt = reset > epochThresholdSeconds ? reset * 1000 : nowMs + reset * 1000;
      pauseUntil = Math.max(pauseUntil ?? 0, resetAt);
    }
  }

  const shopify = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(
    headers.get('x-shopify-shop-api-call-limit') ?? '',
  );
  if (shopify) {
    const used = Number(shopify[1]);
    const size = Number(shopify[2]);
    remaining = Math.min(remaining ?? Infinity, size - used);
    if (used >= size - 1) {
      // Shopify's bucket leaks two calls a second; wait for one slot to drain.
      pauseUntil = Math.max(pauseUntil ?? 0, nowMs + 500);
    }
  }
  if (status === 429 && pauseUntil === undefined) {
    // A bare 429: back off for a second rather than hammering.
    pauseUntil = nowMs + 1000;
  }
  return { pauseUntil, remaining };
}
