import type { Database, Statement } from 'better-sqlite3';

/** Calls and failures counted over a span of time. */
export interface OutcomeCounts {
  readonly calls: number;
  readonly failures: number;
}

/**
 * Call outcomes of each circuit in the shared store, one row per circuit per time bucket with its
 * success and failure counts, so that every process calling an endpoint adds to one failure rate.
 * Recording is one upsert; the counts are added in the statement itself, so concurrent writers
 * never lose each other's outcomes. Times are ms since the epoch.
 */
export class CircuitOutcomeRepository {
  private readonly upsert: Statement<[string, number, number, number]>;
  private readonly selectSince: Statement<
    [string, number],
    { calls: number | null; failures: number | null }
  >;
  private readonly deleteThrough: Statement<[string, number]>;
  private readonly deleteAll: Statement<[string]>;

  constructor(db: Database) {
    this.upsert = db.prepare(`
      INSERT INTO resilience_circuit_outcomes (circuit_key, bucket_start_ms, successes, failures)
      VALUES (?, ?, ?, ?)
      ON CONFLICT (circuit_key, bucket_start_ms) DO UPDATE SET
        successes = successes + excluded.successes, failures = failures + excluded.failures`);
    this.selectSince = db.prepare(`
      SELECT SUM(successes + failures) AS calls, SUM(failures) AS failures
      FROM resilience_circuit_outcomes WHERE circuit_key = ? AND bucket_start_ms > ?`);
    this.deleteThrough = db.prepare(
      'DELETE FROM resilience_circuit_outcomes WHERE circuit_key = ? AND bucket_start_ms <= ?',
    );
    this.deleteAll = db.prepare('DELETE FROM resilience_circuit_outcomes WHERE circuit_key = ?');
  }

  /** Adds one outcome to the bucket of `key` that starts at `bucketStartMs`. */
  record(key: string, bucketStartMs: number, failed: boolean): void {
    this.upsert.run(key, bucketStartMs, failed ? 0 : 1, failed ? 1 : 0);
  }

  /** The outcomes of the buckets of `key` that start after `sinceMs`. */
  countsSince(key: string, sinceMs: number): OutcomeCounts {
    const row = this.selectSince.get(key, sinceMs);
    return { calls: row?.calls ?? 0, failures: row?.failures ?? 0 };
  }

  /** Drops the buckets of `key` that start at or before `throughMs` (out of every window). */
  prune(key: string, throughMs: number): void {
    this.deleteThrough.run(key, throughMs);
  }

  /** Forgets every outcome of `key` (the circuit closed: its window starts afresh). */
  clear(key: string): void {
    this.deleteAll.run(key);
  }
}
