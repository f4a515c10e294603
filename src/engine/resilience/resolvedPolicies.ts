import type { PoliciesConfig, ServiceConfig } from '../config/captainConfig';

/** Every policy of one service endpoint with its defaults filled in. Times in ms. */
export interface ResolvedPolicies {
  /** Per attempt; 0 disables. Default 10 000 ms. */
  readonly timeoutMs: number;
  readonly retry: {
    /** Total attempts including the first. Default 3. */
    readonly maxAttempts: number;
    /** Cap of the first backoff window. Default 200 ms. */
    readonly initialDelayMs: number;
    /** Cap of any backoff window, and of an honoured Retry-After. Default 30 000 ms. */
    readonly maxDelayMs: number;
    /** Statuses retried. Default 408, 429, 500, 502, 503, 504. */
    readonly retryOn: readonly number[];
  };
  readonly circuitBreaker: {
    /** Consecutive failures that open the circuit. Default 5. */
    readonly consecutiveFailures: number;
    /** Failure share (0–1) over the sampling window that opens it; undefined disables. */
    readonly failureRateThreshold?: number;
    /** Calls per sampling window before the rate counts. Default 10. */
    readonly minimumCalls: number;
    /** Default 60 000 ms. */
    readonly samplingWindowMs: number;
    /** Open time before one trial call. Default 30 000 ms. */
    readonly halfOpenAfterMs: number;
  };
  /** Token bucket; `burst` defaults to 1 so no one-second window sees more than the rate. */
  readonly rateLimit?: { readonly requestsPerSecond: number; readonly burst: number };
  readonly bulkhead?: { readonly maxConcurrent: number; readonly maxQueued: number };
  /** Header carrying the idempotency key. Default `Idempotency-Key`. */
  readonly idempotencyHeader: string;
  /**
   * Methods, upper case, whose calls get an idempotency key and are retried only with one. An
   * endpoint's list replaces the service's. Default {@link defaultNonIdempotentMethods}.
   */
  readonly nonIdempotentMethods: readonly string[];
}

export const defaultRetryOn: readonly number[] = [408, 429, 500, 502, 503, 504];

/** Methods that change state on every call unless the API deduplicates them by key. */
export const defaultNonIdempotentMethods: readonly string[] = ['POST', 'PATCH'];

/**
 * The endpoint name a request is filed under: the matching key of `endpoints` (`'METHOD /path'`
 * first, then `'/path'`), else `'METHOD /first-segment'` so that circuits stay few.
 */
export function endpointNameFor(service: ServiceConfig, method: string, path: string): string {
  const upper = method.toUpperCase();
  const bare = path.split('?')[0];
  const endpoints = service.endpoints ?? {};
  if (endpoints[`${upper} ${bare}`]) {
    return `${upper} ${bare}`;
  }
  if (endpoints[bare]) {
    return bare;
  }

  const firstSegment = bare.split('/').filter((part) => part.length > 0)[0];
  return `${upper} /${firstSegment ?? ''}`;
}

/**
 * Merges the service's policies with the endpoint's overrides (endpoint wins field by field) and
 * fills defaults.
 * @throws {RangeError} when a number is out of range (e.g. `maxAttempts` below 1).
 * @throws {TypeError} when `nonIdempotentMethods` holds something that is not a method name.
 */
export function resolvePolicies(service: ServiceConfig, endpoint: string): ResolvedPolicies {
  const base = service.policies ?? {};
  const override: PoliciesConfig = service.endpoints?.[endpoint]?.policies ?? {};
  const retry = { ...base.retry, ...override.retry };
  const breaker = { ...base.circuitBreaker, ...override.circuitBreaker };
  const rateLimit = override.rateLimit ?? base.rateLimit;
  const bulkhead = override.bulkhead ?? base.bulkhead;

  const resolved: ResolvedPolicies = {
    timeoutMs: override.timeoutMs ?? base.timeoutMs ?? 10_000,
    retry: {
      maxAttempts: retry.maxAttempts ?? 3,
      initialDelayMs: retry.initialDelayMs ?? 200,
      maxDelayMs: retry.maxDelayMs ?? 30_000,
      retryOn: retry.retryOn ?? defaultRetryOn,
    },
    circuitBreaker: {
      consecutiveFailures: breaker.consecutiveFailures ?? 5,
      failureRateThreshold: breaker.failureRateThreshold,
      minimumCalls: breaker.minimumCalls ?? 10,
      samplingWindowMs: breaker.samplingWindowMs ?? 60_000,
      halfOpenAfterMs: breaker.halfOpenAfterMs ?? 30_000,
    },
    rateLimit: rateLimit && {
      requestsPerSecond: rateLimit.requestsPerSecond,
      burst: rateLimit.burst ?? 1,
    },
    bulkhead: bulkhead && {
      maxConcurrent: bulkhead.maxConcurrent,
      maxQueued: bulkhead.maxQueued ?? 0,
    },
    idempotencyHeader: override.idempotencyHeader ?? base.idempotencyHeader ?? 'Idempotency-Key',
    nonIdempotentMethods: methodNames(
      override.nonIdempotentMethods ?? base.nonIdempotentMethods ?? defaultNonIdempotentMethods,
    ),
  };
  checkRanges(resolved);
  return resolved;
}

/** Method names in upper case, as requests are matched. */
function methodNames(methods: readonly string[]): string[] {
  return methods.map((method) => {
    if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) {
      throw new TypeError(
        `expected nonIdempotentMethods to hold HTTP method names, got ${JSON.stringify(method)}`,
      );
    }

    return method.toUpperCase();
  });
}

function checkRanges(policies: ResolvedPolicies): void {
  expectAtLeast('timeoutMs', policies.timeoutMs, 0);
  expectAtLeast('retry.maxAttempts', policies.retry.maxAttempts, 1);
  expectAtLeast('retry.initialDelayMs', policies.retry.initialDelayMs, 0);
  expectAtLeast(
    'circuitBreaker.consecutiveFailures',
    policies.circuitBreaker.consecutiveFailures,
    1,
  );
  expectAtLeast('circuitBreaker.halfOpenAfterMs', policies.circuitBreaker.halfOpenAfterMs, 0);
  const rate = policies.circuitBreaker.failureRateThreshold;
  if (rate !== undefined && !(rate > 0 && rate <= 1)) {
    throw new RangeError(`expected circuitBreaker.failureRateThreshold in (0, 1], got ${rate}`);
  }
  if (policies.rateLimit) {
    expectAtLeast(
      'rateLimit.requestsPerSecond',
      policies.rateLimit.requestsPerSecond,
      Number.MIN_VALUE,
    );
  }
  if (policies.bulkhead) {
    expectAtLeast('bulkhead.maxConcurrent', policies.bulkhead.maxConcurrent, 1);
  }
}

function expectAtLeast(field: string, value: number, minimum: number): void {
  if (!Number.isFinite(value) || value < minimum) {
    throw new RangeError(`expected ${field} >= ${minimum}, got ${value}`);
  }
}
