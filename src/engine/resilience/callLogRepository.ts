import type { Database, Statement } from 'better-sqlite3';

/** How a call ended, as the health view groups it. */
export type CallOutcome =
  | 'success'
  | 'http_error'
  | 'graphql_error'
  | 'timeout'
  | 'connection_error'
  | 'circuit_open'
  | 'rate_limited'
  | 'bulkhead_full'
  | 'error';

/** One finished logical call. Times ms. */
export interface CallRecord {
  readonly service: string;
  readonly endpoint: string;
  /** Start, ms since the epoch. */
  readonly at: number;
  readonly latencyMs: number;
  readonly status?: number;
  readonly outcome: CallOutcome;
  readonly attempts: number;
}

/** How long calls are kept: the health view shows the last hour, a day is plenty. */
export const callRetentionMs = 24 * 60 * 60 * 1000;

/** Records per multi-row INSERT on flush: one statement step per chunk instead of per record. */
const rowsPerInsert = 32;
const columnsPerRow = 7;

/**
 * A bounded log of calls for the health view. Records are buffered and written in one
 * transaction per flush (every `flushIntervalMs` or `maxBuffered` records), which keeps the
 * per-call cost to an array push; rows older than {@link callRetentionMs} are pruned on flush.
 */
export class CallLogRepository {
  private buffer: CallRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastPruneAt = 0;
  private readonly insert: Statement<
    [string, string, number, number, number | null, string, number]
  >;
  private readonly insertChunk: Statement<unknown[]>;
  private readonly prune: Statement<[number]>;
  private readonly selectSince: Statement<[number], CallRow>;
  private readonly writeAll: (records: CallRecord[]) => void;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
    private readonly flushIntervalMs = 250,
    private readonly maxBuffered = 500,
  ) {
    this.insert = db.prepare(`INSERT INTO resilience_calls
      (service, endpoint, at, latency_ms, status, outcome, attempts) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const row = `(${Array.from({ length: columnsPerRow }, () => '?').join(', ')})`;
    this.insertChunk = db.prepare<unknown[]>(`INSERT INTO resilience_calls
      (service, endpoint, at, latency_ms, status, outcome, attempts)
      VALUES ${Array.from({ length: rowsPerInsert }, () => row).join(', ')}`);
    this.prune = db.prepare('DELETE FROM resilience_calls WHERE at < ?');
    this.selectSince = db.prepare('SELECT * FROM resilience_calls WHERE at >= ? ORDER BY at');
    this.writeAll = db.transaction((records: CallRecord[]) => {
      const chunked = records.length - (records.length % rowsPerInsert);
      const values: Array<string | number | null> = new Array(rowsPerInsert * columnsPerRow);
      for (let start = 0; start < chunked; start += rowsPerInsert) {
        for (let i = 0; i < rowsPerInsert; i++) {
          const r = records[start + i];
          const at = i * columnsPerRow;
          values[at] = r.service;
          values[at + 1] = r.endpoint;
          values[at + 2] = r.at;
          values[at + 3] = r.latencyMs;
          values[at + 4] = r.status ?? null;
          values[at + 5] = r.outcome;
          values[at + 6] = r.attempts;
        }
        this.insertChunk.run(values);
      }
      for (let i = chunked; i < records.length; i++) {
        const r = records[i];
        this.insert.run(
          r.service,
          r.endpoint,
          r.at,
          r.latencyMs,
          r.status ?? null,
          r.outcome,
          r.attempts,
        );
      }
    });
  }

  /** Queues a record; it reaches the store within `flushIntervalMs`. */
  record(call: CallRecord): void {
    this.buffer.push(call);
    if (this.buffer.length >= this.maxBuffered) {
      this.flush();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.flushIntervalMs);
      this.timer.unref();
    }
  }

  /** Writes buffered records now (call before reading, and on dispose). */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.buffer.length === 0 || !this.db.open) {
      return;
    }

    const records = this.buffer;
    this.buffer = [];
    this.writeAll(records);
    const now = this.now();
    if (now - this.lastPruneAt > 60_000) {
      this.lastPruneAt = now;
      this.prune.run(now - callRetentionMs);
    }
  }

  /** Calls that started at or after `sinceMs`, oldest first. */
  since(sinceMs: number): CallRecord[] {
    this.flush();
    return this.selectSince.all(sinceMs).map((row) => ({
      service: row.service,
      endpoint: row.endpoint,
      at: row.at,
      latencyMs: row.latency_ms,
      status: row.status ?? undefined,
      outcome: row.outcome as CallOutcome,
      attempts: row.attempts,
    }));
  }
}

interface CallRow {
  service: string;
  endpoint: string;
  at: number;
  latency_ms: number;
  status: number | null;
  outcome: string;
  attempts: number;
}
