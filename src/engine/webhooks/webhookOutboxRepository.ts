import type { Database, Statement } from 'better-sqlite3';

/** A delivery due for an attempt, with what is needed to send it. */
export interface DueDelivery {
  readonly id: number;
  readonly eventSeq: number;
  readonly endpoint: string;
  readonly provider: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly headers: Record<string, string>;
  readonly payload: Buffer;
  readonly targetUrl: string;
  readonly attempts: number;
  readonly maxAttempts: number;
}

/** One recorded attempt. Plain JSON. */
export interface DeliveryAttempt {
  readonly deliveryId: number;
  /** ms since the epoch. */
  readonly attemptedAt: number;
  readonly statusCode?: number;
  readonly latencyMs: number;
  /** At most 2 KB of the response body. */
  readonly responseExcerpt?: string;
  readonly error?: string;
  readonly targetUrl?: string;
}

/** What happens to a delivery after an attempt. */
export type DeliveryOutcome =
  | { readonly state: 'delivered' }
  | { readonly state: 'pending'; readonly nextAttemptAt: number }
  | { readonly state: 'dead_lettered' };

/** Delivery counts by state: the forwarding ledger. */
export interface OutboxLedger {
  readonly enqueued: number;
  readonly delivered: number;
  readonly deadLettered: number;
  readonly pending: number;
}

/** What became of a recorded attempt. */
export type RecordResult =
  /** Stored, and the delivery moved on. */
  | 'recorded'
  /** The delivery no longer exists (its event was deleted): nothing to record. */
  | 'gone'
  /** Another forwarder holds the delivery now (this one's lease expired): the attempt is kept, the state is not moved. */
  | 'lost';

const eventStatusAfter = {
  delivered: 'forwarded',
  pending: 'failed',
  dead_lettered: 'dead_lettered',
} as const;

/**
 * The forwarding outbox: deliveries (one per target and replay) and their attempts. A forwarder
 * claims a delivery with a lease before sending it, so two processes on one file (the editor's
 * engine and a CLI run) never send the same attempt; an expired lease is free again.
 */
export class WebhookOutboxRepository {
  private readonly selectDueIds: Statement;
  private readonly takeLease: Statement;
  private readonly selectDelivery: Statement;
  private readonly selectLease: Statement;
  private readonly insertAttempt: Statement;
  private readonly updateDelivery: Statement;
  private readonly updateEventStatus: Statement;
  private readonly insertDelivery: Statement;

  constructor(private readonly db: Database) {
    this.selectDueIds = db.prepare(`
      SELECT id FROM webhook_deliveries
      WHERE state = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
      ORDER BY next_attempt_at, id LIMIT ?`);
    this.takeLease = db.prepare(
      'UPDATE webhook_deliveries SET lease_owner = ?, lease_until = ? WHERE id = ?',
    );
    this.selectDelivery = db.prepare(`
      SELECT d.id, d.event_seq, e.endpoint, e.provider, e.event_id, e.event_type, e.headers_json,
             e.payload, d.target_url, d.attempts, d.max_attempts
      FROM webhook_deliveries d JOIN webhook_events e ON e.seq = d.event_seq
      WHERE d.id = ?`);
    this.selectLease = db.prepare(
      'SELECT lease_owner, lease_until FROM webhook_deliveries WHERE id = ?',
    );
    this.insertAttempt = db.prepare(`
      INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, latency_ms, response_excerpt, error)
      VALUES (?, ?, ?, ?, ?, ?)`);
    this.updateDelivery = db.prepare(`
      UPDATE webhook_deliveries SET state = ?, attempts = attempts + 1, next_attempt_at = ?,
             updated_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?`);
    this.updateEventStatus = db.prepare(`
      UPDATE webhook_events SET status = ? WHERE seq = (SELECT event_seq FROM webhook_deliveries WHERE id = ?)`);
    this.insertDelivery = db.prepare(`
      INSERT INTO webhook_deliveries (event_seq, target_url, state, max_attempts, next_attempt_at, created_at, updated_at)
      VALUES (?, ?, 'pending', ?, ?, ?, ?)`);
  }

  /** Whether the connection is still open (a forwarder stops quietly once the store closes). */
  get isOpen(): boolean {
    return this.db.open;
  }

  /**
   * Claims up to `limit` pending deliveries whose time has come and that no forwarder holds,
   * oldest first, leasing each to `owner` until `nowMs + leaseMs`.
   * @throws the SQLite error (SQLITE_BUSY when another process holds the write lock too long).
   */
  claimDue(nowMs: number, limit: number, owner: string, leaseMs: number): DueDelivery[] {
    if (limit <= 0) {
      return [];
    }

    return this.db
      .transaction(() => {
        const ids = (this.selectDueIds.all(nowMs, nowMs, limit) as Array<{ id: number }>).map(
          (row) => row.id,
        );
        const claimed: DueDelivery[] = [];
        for (const id of ids) {
          this.takeLease.run(owner, nowMs + leaseMs, id);
          const row = this.selectDelivery.get(id) as Record<string, unknown> | undefined;
          if (row !== undefined) {
            claimed.push(toDueDelivery(row));
          }
        }
        return claimed;
      })
      .immediate();
  }

  /** The time of the next attempt any forwarder may claim, in ms, or undefined when none is pending. */
  nextDueAt(): number | undefined {
    const row = this.db
      .prepare(
        `SELECT MIN(MAX(next_attempt_at, COALESCE(lease_until, 0))) AS next
         FROM webhook_deliveries WHERE state = 'pending'`,
      )
      .get() as { next: number | null };
    return row.next ?? undefined;
  }

  /**
   * Records an attempt and moves the delivery (and its event's status) on, in one transaction,
   * when `owner` still holds the delivery's lease (or no owner is given).
   * @returns `gone` when the delivery was deleted meanwhile, `lost` when another forwarder holds it.
   * @throws the SQLite error (SQLITE_BUSY): nothing was written, the caller may try again.
   */
  record(attempt: DeliveryAttempt, outcome: DeliveryOutcome, owner?: string): RecordResult {
    return this.db
      .transaction((): RecordResult => {
        const lease = this.selectLease.get(attempt.deliveryId) as
          { lease_owner: string | null; lease_until: number | null } | undefined;
        if (lease === undefined) {
          return 'gone';
        }

        this.insertAttempt.run(
          attempt.deliveryId,
          attempt.attemptedAt,
          attempt.statusCode ?? null,
          attempt.latencyMs,
          attempt.responseExcerpt ?? null,
          attempt.error ?? null,
        );
        // The attempt happened and stays on record, but the delivery is another forwarder's now.
        if (owner !== undefined && lease.lease_owner !== owner) {
          return 'lost';
        }

        this.updateDelivery.run(
          outcome.state,
          outcome.state === 'pending' ? outcome.nextAttemptAt : attempt.attemptedAt,
          attempt.attemptedAt,
          attempt.error ??
            (attempt.statusCode !== undefined && attempt.statusCode >= 300
              ? `HTTP ${attempt.statusCode}`
              : null),
          attempt.deliveryId,
        );
        this.updateEventStatus.run(eventStatusAfter[outcome.state], attempt.deliveryId);
        return 'recorded';
      })
      .immediate();
  }

  /** Gives up `owner`'s lease on a delivery without recording an attempt (a forwarder stopping). */
  release(deliveryId: number, owner: string): void {
    this.db
      .prepare(
        `UPDATE webhook_deliveries SET lease_owner = NULL, lease_until = NULL
         WHERE id = ? AND lease_owner = ?`,
      )
      .run(deliveryId, owner);
  }

  /** Enqueues a new delivery of a stored event (a replay), due now. @returns the delivery id. */
  enqueue(eventSeq: number, targetUrl: string, maxAttempts: number, nowMs: number): number {
    return this.db.transaction(() => {
      const id = Number(
        this.insertDelivery.run(eventSeq, targetUrl, maxAttempts, nowMs, nowMs, nowMs)
          .lastInsertRowid,
      );
      this.db
        .prepare("UPDATE webhook_events SET status = 'forwarding' WHERE seq = ?")
        .run(eventSeq);
      return id;
    })();
  }

  /** Attempts of an event's deliveries, newest first. */
  attempts(eventSeq: number, limit = 20): DeliveryAttempt[] {
    const rows = this.db
      .prepare(
        `SELECT a.delivery_id, a.attempted_at, a.status_code, a.latency_ms, a.response_excerpt, a.error, d.target_url
                FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
                WHERE d.event_seq = ? ORDER BY a.id DESC LIMIT ?`,
      )
      .all(eventSeq, limit) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      deliveryId: row.delivery_id as number,
      attemptedAt: row.attempted_at as number,
      statusCode: (row.status_code as number | null) ?? undefined,
      latencyMs: row.latency_ms as number,
      responseExcerpt: (row.response_excerpt as string | null) ?? undefined,
      error: (row.error as string | null) ?? undefined,
      targetUrl: row.target_url as string,
    }));
  }

  /** Counts of deliveries by state. */
  ledger(): OutboxLedger {
    const rows = this.db
      .prepare('SELECT state, COUNT(*) AS count FROM webhook_deliveries GROUP BY state')
      .all() as Array<{ state: string; count: number }>;
    const byState = Object.fromEntries(rows.map((row) => [row.state, row.count]));
    const delivered = byState.delivered ?? 0;
    const deadLettered = byState.dead_lettered ?? 0;
    const pending = byState.pending ?? 0;
    const enqueued = rows.reduce((sum, row) => sum + row.count, 0);
    return { enqueued, delivered, deadLettered, pending };
  }

  /**
   * Deliveries showing that forwarding is failing: pending ones that failed at least once, and
   * ones dead-lettered at or after `deadLetteredSinceMs` (ms since the epoch; default: none).
   */
  failingCount(deadLetteredSinceMs = Number.POSITIVE_INFINITY): number {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS count FROM webhook_deliveries
         WHERE (state = 'pending' AND attempts > 0)
            OR (state = 'dead_lettered' AND updated_at >= ?)`,
      )
      .get(
        Number.isFinite(deadLetteredSinceMs) ? deadLetteredSinceMs : Number.MAX_SAFE_INTEGER,
      ) as {
      count: number;
    };
    return row.count;
  }
}

function toDueDelivery(row: Record<string, unknown>): DueDelivery {
  return {
    id: row.id as number,
    eventSeq: row.event_seq as number,
    endpoint: row.endpoint as string,
    provider: row.provider as string,
    eventId: row.event_id as string,
    eventType: row.event_type as string,
    headers: JSON.parse(row.headers_json as string) as Record<string, string>,
    payload: row.payload as Buffer,
    targetUrl: row.target_url as string,
    attempts: row.attempts as number,
    maxAttempts: row.max_attempts as number,
  };
}
