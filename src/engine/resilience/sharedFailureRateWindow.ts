import type { CircuitOutcomeRepository, OutcomeCounts } from './circuitOutcomeRepository';

/** Options of {@link SharedFailureRateWindow}. */
export interface SharedFailureRateWindowOptions {
  readonly outcomes: CircuitOutcomeRepository;
  /** The circuit's key, `api:circuit:{service}:{endpoint}`. */
  readonly key: string;
  /** Failure share (0–1] that opens the circuit once exceeded; at 1, when every call failed. */
  readonly failureRateThreshold: number;
  /** Calls in the window, from every process, before the rate counts. */
  readonly minimumCalls: number;
  /** Length of the window, ms. */
  readonly samplingWindowMs: number;
  /** Clock, ms since the epoch. */
  readonly now: () => number;
}

/**
 * The rate rule of a circuit over a sliding window kept in the shared store, so the calls of
 * every process on one endpoint make one failure rate: the window opens the circuit when, over
 * the last `samplingWindowMs`, at least `minimumCalls` calls were made and more than
 * `failureRateThreshold` of them failed (the rule of cockatiel's `SamplingBreaker`, across
 * processes). Outcomes go into time buckets of at most a second, at least five per window
 * (cockatiel's split), so the window is exact to one bucket.
 *
 * Cost: a success is one upsert; a failure is one upsert and one indexed sum over the window's
 * buckets; once per bucket a process deletes the buckets that left the window.
 */
export class SharedFailureRateWindow {
  /** Length of one bucket, ms. */
  readonly bucketMs: number;
  private currentBucketStartMs = Number.NaN;

  constructor(private readonly options: SharedFailureRateWindowOptions) {
    const buckets = Math.max(5, Math.ceil(options.samplingWindowMs / 1000));
    this.bucketMs = Math.max(1, Math.round(options.samplingWindowMs / buckets));
  }

  /** Counts a success. */
  recordSuccess(): void {
    this.record(false);
  }

  /**
   * Counts a failure.
   * @returns true when the failures of every process over the window now open the circuit.
   */
  recordFailure(): boolean {
    const nowMs = this.record(true);
    const { calls, failures } = this.options.outcomes.countsSince(
      this.options.key,
      nowMs - this.options.samplingWindowMs,
    );
    if (calls < this.options.minimumCalls) {
      return false;
    }

    const threshold = this.options.failureRateThreshold;
    return threshold >= 1 ? failures >= calls : failures > threshold * calls;
  }

  /** The outcomes of every process over the window ending now. */
  counts(): OutcomeCounts {
    return this.options.outcomes.countsSince(
      this.options.key,
      this.options.now() - this.options.samplingWindowMs,
    );
  }

  private record(failed: boolean): number {
    const nowMs = this.options.now();
    const bucketStartMs = Math.floor(nowMs / this.bucketMs) * this.bucketMs;
    // A new bucket here means older ones may have left the window: prune them once per bucket.
    if (bucketStartMs !== this.currentBucketStartMs) {
      this.currentBucketStartMs = bucketStartMs;
      this.options.outcomes.prune(this.options.key, nowMs - this.options.samplingWindowMs);
    }

    this.options.outcomes.record(this.options.key, bucketStartMs, failed);
    return nowMs;
  }
}
