/** One benchmark's outcome: absolute figures, the ratio against its same-run baseline, a goal. */
export interface BenchResult {
  readonly name: string;
  /** Named figures with their unit in the name (`readyMs`, `requestsPerSecond`, `ratio`). */
  readonly figures: Record<string, number>;
  /** The goal in words, like `ratio ≥ 0.5`. */
  readonly goal?: string;
  readonly met?: boolean;
  readonly notes?: string;
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
