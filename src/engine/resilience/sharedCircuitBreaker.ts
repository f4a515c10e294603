import {
  circuitBreaker,
  CircuitState,
  type CircuitBreakerPolicy,
  type FailureReason,
  type Policy,
} from 'cockatiel';
import { CompositeBreaker } from './compositeBreaker';
import {
  CircuitRepository,
  type CircuitRecord,
  type CircuitStateName,
  type CircuitTransition,
} from './circuitRepository';
import type { ResolvedPolicies } from './resolvedPolicies';
import { SharedFailureRateWindow } from './sharedFailureRateWindow';

/**
 * How stale another process's change may be when seen by a call here, in ms. One indexed read
 * per call cost about 3% of a loopback call; a burst of calls now shares one read. The same read
 * brings the stored consecutive-failure count, so a success clears other processes' failures
 * at most this much later than they were counted.
 */
export const revisionCheckIntervalMs = 20;

/** Options of {@link SharedCircuitBreaker}. */
export interface SharedCircuitBreakerOptions {
  readonly repository: CircuitRepository;
  readonly service: string;
  readonly endpoint: string;
  readonly settings: ResolvedPolicies['circuitBreaker'];
  /** Which errors and results count as failures (cockatiel's handle policy). */
  readonly handle: Policy;
  /** A short reason for a failure, for the store and the view. Must not contain secrets. */
  readonly describeFailure: (failure: FailureReason<unknown>) => string;
  /** Clock for recorded times, ms. cockatiel itself reads `Date.now`. */
  readonly now: () => number;
  /** Called after a transition is written (to notify views). */
  readonly onTransition?: (
    record: CircuitRecord,
    transition: Omit<CircuitTransition, 'pid'>,
  ) => void;
}

const stateNames: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/**
 * A cockatiel circuit breaker whose state lives in the shared store. Before each call it compares
 * the stored revision with the one it last saw (one indexed read) and, when another process
 * changed the circuit, rebuilds itself from the stored state; every transition it makes is
 * written with its reason. The consecutive-failure count lives in the store too: each failure
 * adds one in a single UPDATE and a success clears it, so failures of separate processes (five
 * CLI runs) add up to the threshold. So does the failure-rate window (see
 * {@link SharedFailureRateWindow}): the calls of every process make one rate.
 *
 * A success writes the count only when this process knows of one to clear (its own failures, or
 * the count seen at the last revision check), so the calls of a healthy circuit read the store
 * once per {@link revisionCheckIntervalMs} at most and never write it.
 */
export class SharedCircuitBreaker {
  readonly key: string;
  private policy!: CircuitBreakerPolicy;
  private breaker!: CompositeBreaker;
  private readonly rateWindow?: SharedFailureRateWindow;
  private seenRevision = 0;
  /** The stored consecutive-failure count as last written or read here. */
  private knownFailureCount = 0;
  private lastReason = '';
  private checkedAtMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: SharedCircuitBreakerOptions) {
    this.key = CircuitRepository.keyOf(options.service, options.endpoint);
    const settings = options.settings;
    if (settings.failureRateThreshold !== undefined) {
      this.rateWindow = new SharedFailureRateWindow({
        outcomes: options.repository.outcomes,
        key: this.key,
        failureRateThreshold: settings.failureRateThreshold,
        minimumCalls: settings.minimumCalls,
        samplingWindowMs: settings.samplingWindowMs,
        now: options.now,
      });
    }
    const stored = options.repository.get(this.key) ?? this.write('closed', 'circuit created', {});
    this.rebuild(stored);
  }

  /** The state as this process sees it now. */
  get state(): CircuitStateName {
    return stateNames[this.policy.state];
  }

  /**
   * Runs `fn` through the breaker.
   * @throws cockatiel's `BrokenCircuitError` / `IsolatedCircuitError` when the circuit is open.
   */
  execute<T>(fn: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.syncFromStore();
    return this.policy.execute(({ signal: inner }) => fn(inner), signal);
  }

  /**
   * Re-reads the stored state if another process changed it. Under load the revision is read at
   * most once per {@link revisionCheckIntervalMs}; `force` reads it now (after a write here).
   */
  syncFromStore(force = false): void {
    const nowMs = performance.now();
    if (!force && nowMs - this.checkedAtMs < revisionCheckIntervalMs) {
      return;
    }

    this.checkedAtMs = nowMs;
    const { revision, failureCount } = this.options.repository.revisionAndFailureCountOf(this.key);
    this.knownFailureCount = failureCount;
    if (revision === this.seenRevision) {
      return;
    }

    const stored = this.options.repository.get(this.key);
    if (stored) {
      this.rebuild(stored);
    }
  }

  /** Closes the circuit by hand; recorded as a transition. */
  reset(reason = 'reset by user'): CircuitRecord {
    const record = this.write('closed', reason, { failureCount: 0 });
    this.rebuild(record);
    return record;
  }

  /** Holds the circuit open until reset; recorded as a transition. */
  isolate(reason = 'isolated by user'): CircuitRecord {
    const record = this.write('isolated', reason, {});
    this.rebuild(record);
    return record;
  }

  private rebuild(record: CircuitRecord): void {
    this.breaker = new CompositeBreaker(
      this.options.settings,
      {
        increment: () => {
          // cockatiel keeps the failure before its breaker counts it: the reason for the store.
          const failure = this.policy.lastFailure;
          if (failure) {
            this.lastReason = this.options.describeFailure(failure);
          }
          this.knownFailureCount = this.options.repository.recordFailure(
            this.key,
            this.options.now(),
            this.lastReason,
          );
          return this.knownFailureCount;
        },
        reset: () => {
          if (this.knownFailureCount > 0) {
            this.knownFailureCount = 0;
            this.options.repository.clearFailures(this.key, this.options.now());
          }
        },
      },
      this.rateWindow,
    );
    this.policy = circuitBreaker(this.options.handle, {
      halfOpenAfter: this.options.settings.halfOpenAfterMs,
      breaker: this.breaker,
      initialState: { ownState: ownStateOf(record, this.options.now()) },
    });
    this.seenRevision = record.revision;
    this.knownFailureCount = record.failureCount;
    // No onFailure listener: with one, cockatiel times every call and builds an event per call.
    this.policy.onStateChange((state) => this.persist(stateNames[state]));
  }

  private persist(state: CircuitStateName): void {
    const own = (this.policy.toJSON() as { ownState: { openedAt?: number; attemptNo?: number } })
      .ownState;
    const halfOpenAfterMs = this.options.settings.halfOpenAfterMs;
    const reasons: Record<CircuitStateName, string> = {
      open: this.lastReason || 'failure threshold reached',
      'half-open': `trial call after ${halfOpenAfterMs} ms open`,
      closed: 'trial call succeeded',
      isolated: 'isolated',
    };
    const openedAt = state === 'open' ? own.openedAt : undefined;
    this.write(state, reasons[state], {
      failureCount: state === 'closed' ? 0 : undefined,
      openedAt,
      nextTrialAt: openedAt === undefined ? undefined : openedAt + halfOpenAfterMs,
      attemptNo: own.attemptNo,
    });
  }

  private write(
    state: CircuitStateName,
    reason: string,
    fields: { failureCount?: number; openedAt?: number; nextTrialAt?: number; attemptNo?: number },
  ): CircuitRecord {
    const at = this.options.now();
    const stored = this.options.repository.get(this.key);
    const record = this.options.repository.write(this.options.service, this.options.endpoint, {
      state,
      failureCount: fields.failureCount ?? stored?.failureCount ?? 0,
      openedAt: fields.openedAt ?? (state === 'isolated' ? at : undefined),
      nextTrialAt: fields.nextTrialAt,
      attemptNo: fields.attemptNo ?? 0,
      at,
      reason,
    });
    this.seenRevision = record.revision;
    this.knownFailureCount = record.failureCount;
    this.options.onTransition?.(record, {
      circuitKey: this.key,
      at,
      from: stored?.state ?? 'closed',
      to: state,
      reason,
    });
    return record;
  }
}

/** cockatiel's saved state for a stored circuit. */
function ownStateOf(record: CircuitRecord, nowMs: number): unknown {
  switch (record.state) {
    case 'closed':
      return { value: CircuitState.Closed };
    case 'isolated':
      return { value: CircuitState.Isolated, counters: 1 };
    case 'open':
      return {
        value: CircuitState.Open,
        openedAt: record.openedAt ?? nowMs,
        attemptNo: Math.max(1, record.attemptNo),
      };
    case 'half-open':
      // Another process is making the trial call: wait for its verdict as if newly opened.
      return {
        value: CircuitState.Open,
        openedAt: record.updatedAt,
        attemptNo: Math.max(1, record.attemptNo),
      };
  }
}
