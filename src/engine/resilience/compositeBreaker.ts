import { SamplingBreaker, type CircuitState, type IBreaker } from 'cockatiel';

/** Thresholds of {@link CompositeBreaker}. */
export interface CompositeBreakerOptions {
  /** Consecutive failures that open the circuit. */
  readonly consecutiveFailures: number;
  /** Failure share (0–1) over `samplingWindowMs` that opens it; undefined disables the rate rule. */
  readonly failureRateThreshold?: number;
  /** Calls in the window before the rate rule applies. */
  readonly minimumCalls: number;
  readonly samplingWindowMs: number;
}

/** Where the consecutive failures are counted: the shared store, so every process adds to it. */
export interface FailureCounter {
  /** Adds one failure and returns the count after it. */
  increment(): number;
  /** Sets the count back to zero (after a success). */
  reset(): void;
}

/**
 * Opens when either rule says so: N consecutive failures, counted by a {@link FailureCounter}
 * (the store), or a failure rate over a sliding window (cockatiel's `SamplingBreaker`) once
 * enough calls were made. Its state is the sampling state, so it survives `toJSON()` and a
 * rebuild.
 */
export class CompositeBreaker implements IBreaker {
  private readonly sampling?: SamplingBreaker;

  constructor(
    private readonly options: CompositeBreakerOptions,
    private readonly counter: FailureCounter,
  ) {
    if (options.failureRateThreshold !== undefined) {
      const windowSeconds = options.samplingWindowMs / 1000;
      // TODO(#7): the rate rule's window is per process; only the consecutive count is shared.
      this.sampling = new SamplingBreaker({
        threshold: Math.min(options.failureRateThreshold, 0.999),
        duration: options.samplingWindowMs,
        // cockatiel counts a minimum rate; spread the minimum call count over the window.
        minimumRps: options.minimumCalls / windowSeconds,
      });
    }
  }

  get state(): unknown {
    return { sampling: this.sampling?.state };
  }

  set state(value: unknown) {
    const saved = value as { sampling?: unknown } | undefined;
    if (this.sampling && saved?.sampling !== undefined) {
      this.sampling.state = saved.sampling;
    }
  }

  success(state: CircuitState): void {
    this.counter.reset();
    this.sampling?.success(state);
  }

  failure(state: CircuitState): boolean {
    const byCount = this.counter.increment() >= this.options.consecutiveFailures;
    const byRate = this.sampling?.failure(state) ?? false;
    return byCount || byRate;
  }
}
