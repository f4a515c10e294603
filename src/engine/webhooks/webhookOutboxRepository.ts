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

const eventStatusAfter = {
  delivered: 'forwarded',
  pending: 'failed',
  dead_lettered: 'dead_lettered',
} as const;

/** The forwarding outbox: deliveries (one per target and replay) and their attempts. */
export class WebhookOutboxRepository {
  private readonly selectDue: Statement;
  private readonly insertAttempt: Statement;
  private readonly updateDelivery: Statement;
  private readonly updateEventStatus: Statement;
  private readonly insertDelivery: Statement;

  constructor(private readonly db: Database) {
    this.selectDue = db.prepare(`
      SELECT d.id, d.event_seq, e.endpoint, e.provider, e.event_id, e.event_type, e.headers_json,
             e.payload, d.target_url, d.attempts, d.max_attempts
      FROM webhook_deliveries d JOIN webhook_events e ON e.seq = d.event_seq
      WHERE d.state = 'pending' AND d.next_attempt_at <= ?
      ORDER BY d.next_attempt_at, d.id LIMIT ?`);
    this.insertAttempt = db.prepare(`
      INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, latency_ms, response_excerpt, error)
      VALUES (?, ?, ?, ?, ?, ?)`);
    this.updateDelivery = db.prepare(`
      UPDATE webhook_deliveries SET state = ?, attempts = attempts + 1, next_attempt_at = ?,
             updated_at = ?, last_error = ? WHERE id = ?`);
    this.updateEventStatus = db.prepare(`
      UPDATE webhook_events SET status = ? WHERE seq = (SELECT event_seq FROM webhook_deliveries WHERE id = ?)`);
    this.insertDelivery = db.prepare(`
      INSERT INTO webhook_deliveries (event_seq, target_url, state, max_attempts, next_attempt_at, created_at, updated_at)
      VALUES (?, ?, 'pending', ?, ?, ?, ?)`);
  }

  /** Pending deliveries whose time has come, oldest first, leaving out `busy` ids. */
  due(nowMs: number, limit: number, busy: ReadonlySet<number>): DueDelivery[] {
    const rows = this.selectDue.all(nowMs, limit + busy.size) as Array<Record<string, unknown>>;
    return rows
      .filter((row) => !busy.has(row.id as number))
      .slice(0, limit)
      .map((row) => ({
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
      }));
  }

  /** The time of the next pending attempt in ms, or undefined when nothing is pending. */
  nextDueAt(): number | undefined {
    const row = this.db
      .prepare(
        "SELECT MIN(next_attempt_at) AS next FROM webhook_deliveries WHERE state = 'pending'",
      )
      .get() as { next: number | null };
    return row.next ?? undefined;
  }

  /** Records an attempt and moves the delivery (and its event's status) on, in one transaction. */
  record(attempt: DeliveryAttempt, outcome: DeliveryOutcome): void {
    this.db.transaction(() => {
      this.insertAttempt.run(
        attempt.deliveryId,
        attempt.attemptedAt,
        attempt.statusCode ?? null,
        attempt.latencyMs,
        attempt.responseExcerpt ?? null,
        attempt.error ?? null,
      );
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
    })();
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

  /** Pending deliveries that have failed at least once: forwarding is failing. */
  failingCount(): number {
    const row = this.db
      .prepare(
        "SELECT COUNT(*) AS count FROM webhook_deliveries WHERE state = 'pending' AND attempts > 0",
      )
      .get() as { count: number };
    return row.count;
  }
}
