import { ConsecutiveBreaker, SamplingBreaker, type CircuitState, type IBreaker } from 'cockatiel';

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

/**
 * Opens when either cockatiel breaker would: N consecutive failures, or a failure rate over a
 * sliding window once enough calls were made. Its state is both inner states, so it survives
 * `toJSON()` and a rebuild.
 */
export class CompositeBreaker implements IBreaker {
  private readonly consecutive: ConsecutiveBreaker;
  private readonly sampling?: SamplingBreaker;

  constructor(options: CompositeBreakerOptions) {
    this.consecutive = new ConsecutiveBreaker(options.consecutiveFailures);
    if (options.failureRateThreshold !== undefined) {
      const windowSeconds = options.samplingWindowMs / 1000;
      this.sampling = new SamplingBreaker({
        threshold: Math.min(options.failureRateThreshold, 0.999),
        duration: options.samplingWindowMs,
        // cockatiel counts a minimum rate; spread the minimum call count over the window.
        minimumRps: options.minimumCalls / windowSeconds,
      });
    }
  }

  /** Failures in a row as the consecutive rule counts them. */
  get consecutiveFailures(): number {
    return this.consecutive.state;
  }

  get state(): unknown {
    return { consecutive: this.consecutive.state, sampling: this.sampling?.state };
  }

  set state(value: unknown) {
    const saved = value as { consecutive?: number; sampling?: unknown } | undefined;
    if (typeof saved?.consecutive === 'number') {
      this.consecutive.state = saved.consecutive;
    }
    if (this.sampling && saved?.sampling !== undefined) {
      this.sampling.state = saved.sampling;
    }
  }

  success(state: CircuitState): void {
    this.consecutive.success();
    this.sampling?.success(state);
  }

  failure(state: CircuitState): boolean {
    const byCount = this.consecutive.failure();
    const byRate = this.sampling?.failure(state) ?? false;
    return byCount || byRate;
  }
}
