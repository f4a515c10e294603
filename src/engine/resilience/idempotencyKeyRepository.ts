import { createHash, randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';

/** One logical non-idempotent call and the key every attempt of it carries. */
export interface IdempotencyRecord {
  readonly callId: string;
  readonly key: string;
  readonly createdAt: number;
  readonly completedAt?: number;
  readonly lastStatus?: number;
}

/** What identifies a logical call when the caller gives no call id. */
export interface LogicalCall {
  readonly service: string;
  readonly method: string;
  readonly path: string;
  readonly body: string | Uint8Array | undefined;
  /** The caller's own name for this operation (an order id, a job id). */
  readonly logicalId: string;
}

interface KeyRow {
  call_id: string;
  key: string;
  created_at: number;
  completed_at: number | null;
  last_status: number | null;
}

/**
 * Idempotency keys, written before the first attempt so that every retry, and a run after a crash
 * and restart, sends the same key for the same logical call.
 */
export class IdempotencyKeyRepository {
  private readonly insert: Statement<[string, string, string, string, string, string, number]>;
  private readonly select: Statement<[string], KeyRow>;
  private readonly complete: Statement<[number, number, string]>;

  constructor(db: Database) {
    this.insert = db.prepare(`
      INSERT OR IGNORE INTO resilience_idempotency_keys
        (call_id, service, method, path, body_sha256, key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.select = db.prepare('SELECT * FROM resilience_idempotency_keys WHERE call_id = ?');
    this.complete = db.prepare(
      'UPDATE resilience_idempotency_keys SET completed_at = ?, last_status = ? WHERE call_id = ?',
    );
  }

  /** A call id derived from method, path, body hash and the caller's logical id. */
  static callIdFor(call: LogicalCall): string {
    const digest = createHash('sha256')
      .update(
        `${call.service}\n${call.method.toUpperCase()}\n${call.path}\n${bodyHash(call.body)}\n${call.logicalId}`,
      )
      .digest('hex');
    return `derived:${digest.slice(0, 40)}`;
  }

  /**
   * The key of `callId`, creating and persisting a fresh one on first use. The insert commits
   * before this returns, so a crash after it still finds the key.
   */
  keyFor(
    callId: string,
    call: Omit<LogicalCall, 'logicalId'>,
    nowMs: number,
    newKey: () => string = randomUUID,
  ): IdempotencyRecord {
    this.insert.run(
      callId,
      call.service,
      call.method.toUpperCase(),
      call.path,
      bodyHash(call.body),
      newKey(),
      nowMs,
    );
    return toRecord(this.select.get(callId) as KeyRow);
  }

  get(callId: string): IdempotencyRecord | undefined {
    const row = this.select.get(callId);
    return row && toRecord(row);
  }

  /** Marks the logical call finished with its last HTTP status (undefined when none came). */
  markCompleted(callId: string, nowMs: number, status: number | undefined): void {
    this.complete.run(nowMs, status ?? 0, callId);
  }
}

function bodyHash(body: string | Uint8Array | undefined): string {
  return createHash('sha256')
    .update(body ?? '')
    .digest('hex');
}

function toRecord(row: KeyRow): IdempotencyRecord {
  return {
    callId: row.call_id,
    key: row.key,
    createdAt: row.created_at,
    completedAt: row.completed_at ?? undefined,
    lastStatus: row.last_status ?? undefined,
  };
}
