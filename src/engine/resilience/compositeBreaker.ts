import type { CircuitState, IBreaker } from 'cockatiel';

/** Thresholds of {@link CompositeBreaker}. */
export interface CompositeBreakerOptions {
  /** Consecutive failures that open the circuit. */
  readonly consecutiveFailures: number;
}

/** Where the consecutive failures are counted: the shared store, so every process adds to it. */
export interface FailureCounter {
  /** Adds one failure and returns the count after it. */
  increment(): number;
  /** Sets the count back to zero (after a success). */
  reset(): void;
}

/** The failure-rate rule: outcomes counted over a window, in the shared store. */
export interface FailureRateRule {
  recordSuccess(): void;
  /** Counts a failure; true when the rate over the window now opens the circuit. */
  recordFailure(): boolean;
}

/**
 * Opens when either rule says so: N consecutive failures, counted by a {@link FailureCounter},
 * or a failure rate over a sliding window once enough calls were made, judged by a
 * {@link FailureRateRule} (undefined disables it). Both keep their counts in the store, so the
 * failures of every process sharing it add up and this breaker holds no state of its own: a
 * rebuild loses nothing.
 */
export class CompositeBreaker implements IBreaker {
  constructor(
    private readonly options: CompositeBreakerOptions,
    private readonly counter: FailureCounter,
    private readonly rate?: FailureRateRule,
  ) {}

  /** Nothing to save: the counts live in the store. */
  get state(): unknown {
    return undefined;
  }

  set state(_value: unknown) {
    // The counts live in the store; there is no in-memory state to restore.
  }

  success(_state: CircuitState): void {
    this.counter.reset();
    this.rate?.recordSuccess();
  }

  failure(_state: CircuitState): boolean {
    const byCount = this.counter.increment() >= this.options.consecutiveFailures;
    const byRate = this.rate?.recordFailure() ?? false;
    return byCount || byRate;
  }
}
