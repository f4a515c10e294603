import {
  bulkhead,
  handleWhen,
  retry,
  TaskCancelledError,
  type BulkheadPolicy,
  type FailureReason,
  type RetryPolicy,
} from 'cockatiel';
import {
  isBrokenCircuit,
  isBulkheadRejected,
  isIsolatedCircuit,
  isTaskCancelled,
} from './cockatielErrorGuards';
import { AttemptDeadlines } from './attemptDeadlines';
import { FullJitterBackoff } from './fullJitterBackoff';
import type { HeaderReader } from './rateLimitSignals';
import { readRateLimitSignal } from './rateLimitSignals';
import type { ResolvedPolicies } from './resolvedPolicies';
import { ResilienceError } from './resilienceError';
import { SharedCircuitBreaker } from './sharedCircuitBreaker';
import type { CircuitRepository, CircuitRecord, CircuitTransition } from './circuitRepository';
import { TokenBucketRateLimiter } from './tokenBucketRateLimiter';

/** What an attempt returns: the pipeline reads its status and headers to judge it. */
export interface AttemptResult {
  readonly status?: number;
  readonly headers?: HeaderReader;
}

/** One logical call through the pipeline. */
export interface PipelineCall<T extends AttemptResult> {
  /** Makes one attempt; must honour `signal` (the timeout aborts it). `attempt` counts from 1. */
  readonly attempt: (signal: AbortSignal, attempt: number) => Promise<T>;
  /** False for a non-idempotent request without an idempotency key: one attempt only. */
  readonly retryable: boolean;
  /** The caller's cancellation. */
  readonly signal?: AbortSignal;
}

/** The result of a call and how many attempts it took. */
export interface PipelineOutcome<T> {
  readonly result: T;
  readonly attempts: number;
}

/** Options of {@link ResiliencePipeline}. */
export interface ResiliencePipelineOptions {
  readonly service: string;
  readonly endpoint: string;
  readonly policies: ResolvedPolicies;
  readonly circuits: CircuitRepository;
  /** True for errors worth retrying and counting against the circuit (connection failures). */
  readonly isTransientError: (error: Error) => boolean;
  readonly now?: () => number;
  readonly random?: () => number;
  /** Waits for the rate limiter; injectable for tests. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * The rate limiter to wait on, shared by the endpoints of a service (see `ServicePipelines`).
   * Default: one of this pipeline's own, built from `policies.rateLimit` (adaptive only without).
   */
  readonly limiter?: TokenBucketRateLimiter;
  /** The bulkhead to run in, shared like `limiter`. Default: own one from `policies.bulkhead`. */
  readonly bulkhead?: BulkheadPolicy;
  readonly onTransition?: (
    record: CircuitRecord,
    transition: Omit<CircuitTransition, 'pid'>,
  ) => void;
}

/**
 * The policy stack of one service endpoint, outermost first: bulkhead → retry (full jitter,
 * `Retry-After`) → shared circuit breaker → rate limiter → timeout → the attempt. The bulkhead
 * and the rate limiter may be shared with the service's other endpoints. Built from
 * cockatiel's policies; the rate limiter, the backoff and the timeout are our own small pieces.
 *
 * The timeout is a signal of {@link AttemptDeadlines} handed to the attempt (joined with the
 * caller's signal when there is one): an attempt that overruns (by at most the deadlines' slack,
 * 20 ms) is aborted and counts as a failure, as with cockatiel's cooperative timeout, but a call
 * that finishes in time shares its controller and timer with the attempts started around it and
 * aborts nothing (cockatiel aborted its controller on every return, building a DOMException).
 */
export class ResiliencePipeline {
  readonly breaker: SharedCircuitBreaker;
  readonly policies: ResolvedPolicies;
  private readonly retryPolicy: RetryPolicy;
  private readonly bulkheadPolicy?: BulkheadPolicy;
  private readonly limiter: TokenBucketRateLimiter;
  private readonly deadlines?: AttemptDeadlines;
  private readonly now: () => number;

  constructor(private readonly options: ResiliencePipelineOptions) {
    const { policies } = options;
    this.policies = policies;
    this.now = options.now ?? Date.now;
    const retryOn = new Set(policies.retry.retryOn);
    const transient = (error: Error): boolean =>
      !isBrokenCircuit(error) &&
      !isIsolatedCircuit(error) &&
      (isTaskCancelled(error) || options.isTransientError(error));
    // 429 is retried but does not count against the circuit: the API is up, just busy.
    const breakerHandle = handleWhen(transient).orWhenResult(
      (result) => isFailureStatus(result, retryOn) && (result as AttemptResult).status !== 429,
    );
    const retryHandle = handleWhen(transient).orWhenResult((result) =>
      isFailureStatus(result, retryOn),
    );

    this.breaker = new SharedCircuitBreaker({
      repository: options.circuits,
      service: options.service,
      endpoint: options.endpoint,
      settings: policies.circuitBreaker,
      handle: breakerHandle,
      describeFailure: (failure) => describeFailure(failure, policies.timeoutMs),
      now: this.now,
      onTransition: options.onTransition,
    });
    this.retryPolicy = retry(retryHandle, {
      maxAttempts: policies.retry.maxAttempts - 1,
      backoff: new FullJitterBackoff({
        initialDelayMs: policies.retry.initialDelayMs,
        maxDelayMs: policies.retry.maxDelayMs,
        random: options.random,
        now: this.now,
      }),
    });
    this.bulkheadPolicy = options.bulkhead ?? bulkheadOf(policies);
    this.limiter = options.limiter ?? rateLimiterOf(policies, this.now, options.sleep);
    this.deadlines = policies.timeoutMs > 0 ? new AttemptDeadlines(policies.timeoutMs) : undefined;
  }

  /**
   * Runs a logical call through every policy.
   * @returns the last attempt's result (which may be a failing status once retries ran out).
   * @throws {ResilienceError} `circuit_open`, `circuit_isolated`, `call_timeout`, `bulkhead_full`,
   * `connection_failed`; other errors of the attempt pass through unchanged.
   */
  async execute<T extends AttemptResult>(call: PipelineCall<T>): Promise<PipelineOutcome<T>> {
    let attempts = 0;
    const timeoutMs = this.options.policies.timeoutMs;
    const attempt = (breakerSignal: AbortSignal): Promise<T> => {
      attempts += 1;
      const deadline = this.deadlines?.start();
      const attemptSignal = attemptSignalOf(breakerSignal, deadline?.signal);
      return call.attempt(attemptSignal, attempts).then(
        (result) => {
          deadline?.release();
          return this.observe(result);
        },
        (error: unknown) => {
          deadline?.release();
          // Our timeout fired (not the caller's cancellation): report it as the timeout it was.
          if (deadline?.signal.aborted && !breakerSignal.aborted) {
            throw new TaskCancelledError(`timed out after ${timeoutMs} ms`);
          }
          throw error;
        },
      );
    };
    const once = (signal: AbortSignal): Promise<T> =>
      this.breaker.execute(
        (breakerSignal) =>
          this.limiter.tryAcquire(breakerSignal)
            ? attempt(breakerSignal)
            : this.limiter.acquire(breakerSignal).then(() => attempt(breakerSignal)),
        signal,
      );
    const retried = (signal: AbortSignal): Promise<T> =>
      call.retryable
        ? this.retryPolicy.execute(({ signal: inner }) => once(inner), signal)
        : once(signal);

    try {
      const result = this.bulkheadPolicy
        ? await this.bulkheadPolicy.execute(
            ({ signal }) => retried(signal),
            call.signal ?? neverAborted,
          )
        : await retried(call.signal ?? neverAborted);
      return { result, attempts };
    } catch (error) {
      throw this.translate(error, attempts);
    }
  }

  private observe<T extends AttemptResult>(result: T): T {
    if (result.headers) {
      this.limiter.observe(readRateLimitSignal(result.headers, result.status, this.now()));
    }
    return result;
  }

  private translate(error: unknown, attempts: number): unknown {
    const where = `${this.options.service} ${this.options.endpoint}`;
    if (isIsolatedCircuit(error)) {
      return new ResilienceError(
        'circuit_isolated',
        `circuit of ${where} is isolated; reset it to send calls again`,
        { cause: error },
      );
    }
    if (isBrokenCircuit(error)) {
      return new ResilienceError(
        'circuit_open',
        `circuit of ${where} is open after repeated failures; it tries again after its half-open delay, or reset it`,
        { cause: error },
      );
    }
    if (isTaskCancelled(error)) {
      return new ResilienceError(
        'call_timeout',
        `${where} did not answer within ${this.options.policies.timeoutMs} ms (${attempts} attempt(s)); check the service or raise policies.timeoutMs`,
        { cause: error },
      );
    }
    if (isBulkheadRejected(error)) {
      return new ResilienceError(
        'bulkhead_full',
        `too many concurrent calls to ${where}; raise policies.bulkhead or slow down`,
        { cause: error },
      );
    }
    if (error instanceof Error && this.options.isTransientError(error)) {
      return new ResilienceError(
        'connection_failed',
        `could not reach ${where} (${describeCause(error)}) after ${attempts} attempt(s); check that the service is up and baseUrl is right`,
        { cause: error },
      );
    }
    return error;
  }
}

/** The bulkhead `policies` ask for; undefined when they set none. */
export function bulkheadOf(policies: ResolvedPolicies): BulkheadPolicy | undefined {
  return policies.bulkhead
    ? bulkhead(policies.bulkhead.maxConcurrent, policies.bulkhead.maxQueued)
    : undefined;
}

/**
 * The rate limiter `policies` ask for. Without `rateLimit` it has no cap of its own but still
 * honours the API's signals (429, `Retry-After`, `X-RateLimit-*`, Shopify's call limit).
 */
export function rateLimiterOf(
  policies: ResolvedPolicies,
  now: () => number,
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>,
): TokenBucketRateLimiter {
  return new TokenBucketRateLimiter({
    requestsPerSecond: policies.rateLimit?.requestsPerSecond,
    burst: policies.rateLimit?.burst,
    now,
    sleep,
  });
}

/** A signal that never aborts, shared by calls without a caller signal. */
const neverAborted = new AbortController().signal;

/**
 * The signal an attempt gets: the caller's joined with its timeout (undefined: none). The shared
 * sentinel is never handed out, since fetch leaves a listener on the signal it is given.
 */
function attemptSignalOf(signal: AbortSignal, timeout: AbortSignal | undefined): AbortSignal {
  // cockatiel hands our signal through unchanged, so the sentinel survives to here.
  if (signal === neverAborted) {
    return timeout ?? new AbortController().signal;
  }

  return timeout ? AbortSignal.any([signal, timeout]) : signal;
}

function isFailureStatus(result: unknown, retryOn: Set<number>): boolean {
  const status = (result as AttemptResult | undefined)?.status;
  return typeof status === 'number' && retryOn.has(status);
}

function describeFailure(failure: FailureReason<unknown>, timeoutMs: number): string {
  if ('error' in failure) {
    return isTaskCancelled(failure.error)
      ? `timeout after ${timeoutMs} ms`
      : describeCause(failure.error);
  }
  return `HTTP ${(failure.value as AttemptResult).status}`;
}

/** A failure's reason without request details: the error code, else its message. */
export function describeCause(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? (error as { code?: string }).code ?? cause?.message ?? error.message;
}
