import type { Database, Statement } from 'better-sqlite3';
import { naturalKeys } from '../store/naturalKeys';
import type { SignatureDiagnosis } from './signatureDiagnosis';

/** Processing status of an accepted event, as shown by the view and the CLI. */
export type WebhookEventStatus =
  'received' | 'forwarding' | 'forwarded' | 'failed' | 'dead_lettered';

/** An accepted event, without its payload. Plain JSON. */
export interface WebhookEventRecord {
  /** Store sequence number: the handle for get, replay and delete. */
  readonly seq: number;
  /** Natural key `api:webhook:{event_type}:{id}`. */
  readonly key: string;
  readonly endpoint: string;
  readonly provider: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly status: WebhookEventStatus;
  /** ms since the epoch. */
  readonly receivedAt: number;
  /** Received headers, with signature values masked. */
  readonly headers: Record<string, string>;
}

/** A rejected delivery. Plain JSON. */
export interface WebhookRejectionRecord {
  readonly id: number;
  readonly endpoint: string;
  readonly receivedAt: number;
  readonly code: string;
  readonly statusCode: number;
  readonly diagnosis: SignatureDiagnosis;
  readonly headers: Record<string, string>;
  readonly bodyBytes: number;
}

/** An event about to be stored; `forwardTo` set means a delivery is enqueued with it. */
export interface NewWebhookEvent {
  readonly endpoint: string;
  readonly provider: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly receivedAt: number;
  readonly headers: Record<string, string>;
  readonly payload: Buffer;
  readonly forwardTo?: string;
  readonly maxAttempts: number;
}

export type NewWebhookRejection = Omit<WebhookRejectionRecord, 'id'>;

/** Filter and page of {@link WebhookEventRepository.list}; newest first. */
export interface EventQuery {
  readonly endpoint?: string;
  readonly statuses?: readonly WebhookEventStatus[];
  readonly eventType?: string;
  /** Only events with a smaller seq (the cursor of the next page). */
  readonly beforeSeq?: number;
  /** Default 50, at most 1000. */
  readonly limit?: number;
}

/** Newest rejections kept per endpoint; older ones are pruned on write. */
export const rejectionsKeptPerEndpoint = 1000;

/**
 * The statements of a batch write, shared with the commit worker (which runs them on its own
 * connection). Parameters are positional; see {@link WebhookEventRepository.writeBatch}.
 */
export const eventWriteSql = {
  insertEvent: `INSERT OR IGNORE INTO webhook_events
      (key, endpoint, provider, event_id, event_type, status, received_at, headers_json, payload)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  selectExisting: 'SELECT seq FROM webhook_events WHERE endpoint = ? AND event_id = ?',
  insertDelivery: `INSERT INTO webhook_deliveries
      (event_seq, target_url, state, max_attempts, next_attempt_at, created_at, updated_at)
      VALUES (?, ?, 'pending', ?, ?, ?, ?)`,
  insertRejection: `INSERT INTO webhook_rejections
      (endpoint, received_at, code, status_code, diagnosis_json, headers_json, body_bytes)
      VALUES (?, ?, ?, ?, ?, ?, ?)`,
  pruneRejections: `DELETE FROM webhook_rejections WHERE endpoint = ? AND id <= (
      SELECT id FROM webhook_rejections WHERE endpoint = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
} as const;

/** An event as the commit worker takes it: the row values in insert order, then delivery values. */
export interface EventWriteRow {
  readonly values: readonly [
    string,
    string,
    string,
    string,
    string,
    string,
    number,
    string,
    Uint8Array,
  ];
  readonly endpoint: string;
  readonly eventId: string;
  /** `[target_url, max_attempts, now, now, now]` when a delivery is enqueued with it. */
  readonly delivery?: readonly [string, number, number, number, number];
}

/** The values of an event write, in the order of {@link eventWriteSql}. */
export function eventWriteRow(event: NewWebhookEvent): EventWriteRow {
  return {
    values: [
      naturalKeys.webhook(event.eventType, event.eventId),
      event.endpoint,
      event.provider,
      event.eventId,
      event.eventType,
      event.forwardTo === undefined ? 'received' : 'forwarding',
      event.receivedAt,
      JSON.stringify(event.headers),
      event.payload,
    ],
    endpoint: event.endpoint,
    eventId: event.eventId,
    delivery:
      event.forwardTo === undefined
        ? undefined
        : [
            event.forwardTo,
            event.maxAttempts,
            event.receivedAt,
            event.receivedAt,
            event.receivedAt,
          ],
  };
}

/** The values of a rejection write, in the order of {@link eventWriteSql}. */
export function rejectionWriteRow(
  rejection: NewWebhookRejection,
): readonly [string, number, string, number, string, string, number] {
  return [
    rejection.endpoint,
    rejection.receivedAt,
    rejection.code,
    rejection.statusCode,
    JSON.stringify(rejection.diagnosis),
    JSON.stringify(rejection.headers),
    rejection.bodyBytes,
  ];
}

interface EventRow {
  seq: number;
  key: string;
  endpoint: string;
  provider: string;
  event_id: string;
  event_type: string;
  status: WebhookEventStatus;
  received_at: number;
  headers_json: string;
}

/**
 * Typed access to accepted events and rejections. Statements are prepared once per connection;
 * the receiver uses its own connection (synchronous=FULL), the rest of the engine the store's.
 */
export class WebhookEventRepository {
  private readonly insertEvent: Statement;
  private readonly insertDelivery: Statement;
  private readonly insertRejection: Statement;
  private readonly pruneRejections: Statement;
  private readonly selectPayload: Statement;
  private readonly selectExisting: Statement;

  constructor(private readonly db: Database) {
    this.insertEvent = db.prepare(eventWriteSql.insertEvent);
    this.insertDelivery = db.prepare(eventWriteSql.insertDelivery);
    this.insertRejection = db.prepare(eventWriteSql.insertRejection);
    this.pruneRejections = db.prepare(eventWriteSql.pruneRejections);
    this.selectPayload = db.prepare('SELECT payload FROM webhook_events WHERE seq = ?');
    this.selectExisting = db.prepare(eventWriteSql.selectExisting);
  }

  /**
   * Writes events (and their first delivery) and rejections in one transaction. A duplicate
   * (same endpoint and event id) changes nothing and comes back with `duplicate: true`.
   */
  writeBatch(
    events: readonly NewWebhookEvent[],
    rejections: readonly NewWebhookRejection[],
  ): { seq: number; duplicate: boolean }[] {
    return this.db
      .transaction(() => {
        const results = events.map((event) => this.writeEvent(eventWriteRow(event)));
        for (const rejection of rejections) {
          this.insertRejection.run(...rejectionWriteRow(rejection));
        }
        for (const endpoint of new Set(rejections.map((rejection) => rejection.endpoint))) {
          this.pruneRejections.run(endpoint, endpoint, rejectionsKeptPerEndpoint);
        }
        return results;
      })
      .immediate();
  }

  /** Accepted events, newest first. */
  list(query: EventQuery = {}): WebhookEventRecord[] {
    const conditions: string[] = [];
    const values: unknown[] = [];
    if (query.endpoint !== undefined) {
      conditions.push('endpoint = ?');
      values.push(query.endpoint);
    }
    if (query.statuses !== undefined && query.statuses.length > 0) {
      conditions.push(`status IN (${query.statuses.map(() => '?').join(', ')})`);
      values.push(...query.statuses);
    }
    if (query.eventType !== undefined) {
      conditions.push('event_type = ?');
      values.push(query.eventType);
    }
    if (query.beforeSeq !== undefined) {
      conditions.push('seq < ?');
      values.push(query.beforeSeq);
    }

    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 1000);
    const rows = this.db
      .prepare(
        `SELECT seq, key, endpoint, provider, event_id, event_type, status, received_at, headers_json
                FROM webhook_events ${where} ORDER BY seq DESC LIMIT ${limit}`,
      )
      .all(...values) as EventRow[];
    return rows.map(toRecord);
  }

  /** One event by seq, or undefined. */
  get(seq: number): WebhookEventRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT seq, key, endpoint, provider, event_id, event_type, status, received_at, headers_json
                FROM webhook_events WHERE seq = ?`,
      )
      .get(seq) as EventRow | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  /** One event by endpoint and provider event id (or natural key), or undefined. */
  findByEventId(eventId: string, endpoint?: string): WebhookEventRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT seq, key, endpoint, provider, event_id, event_type, status, received_at, headers_json
                FROM webhook_events WHERE (event_id = ? OR key = ?) AND (? IS NULL OR endpoint = ?)
                ORDER BY seq DESC LIMIT 1`,
      )
      .get(eventId, eventId, endpoint ?? null, endpoint ?? null) as EventRow | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  /** The raw bytes of an event as received. */
  payload(seq: number): Buffer | undefined {
    const row = this.selectPayload.get(seq) as { payload: Buffer } | undefined;
    return row?.payload;
  }

  /** Deletes an event with its deliveries and attempts. @returns whether it existed. */
  delete(seq: number): boolean {
    return this.db.prepare('DELETE FROM webhook_events WHERE seq = ?').run(seq).changes > 0;
  }

  /** Rejected deliveries, newest first. */
  listRejections(endpoint?: string, limit = 50): WebhookRejectionRecord[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM webhook_rejections WHERE (? IS NULL OR endpoint = ?)
                ORDER BY id DESC LIMIT ?`,
      )
      .all(endpoint ?? null, endpoint ?? null, Math.min(Math.max(limit, 1), 1000)) as Array<
      Record<string, unknown>
    >;
    return rows.map((row) => ({
      id: row.id as number,
      endpoint: row.endpoint as string,
      receivedAt: row.received_at as number,
      code: row.code as string,
      statusCode: row.status_code as number,
      diagnosis: JSON.parse(row.diagnosis_json as string) as SignatureDiagnosis,
      headers: JSON.parse(row.headers_json as string) as Record<string, string>,
      bodyBytes: row.body_bytes as number,
    }));
  }

  /** Event counts per status, for the status bar and `list`. */
  countByStatus(): Record<string, number> {
    const rows = this.db
      .prepare('SELECT status, COUNT(*) AS count FROM webhook_events GROUP BY status')
      .all() as Array<{ status: string; count: number }>;
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  }

  /** Event counts per type, most frequent first (grouping by type in the view). */
  countByType(endpoint?: string): { eventType: string; count: number }[] {
    return this.db
      .prepare(
        `SELECT event_type AS eventType, COUNT(*) AS count FROM webhook_events
                WHERE (? IS NULL OR endpoint = ?) GROUP BY event_type ORDER BY count DESC, event_type`,
      )
      .all(endpoint ?? null, endpoint ?? null) as { eventType: string; count: number }[];
  }

  /** Per endpoint: stored events, failed or dead-lettered events, and kept rejections. */
  countByEndpoint(): Record<string, { events: number; failed: number; rejected: number }> {
    const counts: Record<string, { events: number; failed: number; rejected: number }> = {};
    const entry = (name: string) => (counts[name] ??= { events: 0, failed: 0, rejected: 0 });
    const events = this.db
      .prepare(
        `SELECT endpoint, COUNT(*) AS events,
                       SUM(status IN ('failed', 'dead_lettered')) AS failed
                FROM webhook_events GROUP BY endpoint`,
      )
      .all() as Array<{ endpoint: string; events: number; failed: number }>;
    for (const row of events) {
      Object.assign(entry(row.endpoint), { events: row.events, failed: row.failed });
    }
    const rejections = this.db
      .prepare('SELECT endpoint, COUNT(*) AS rejected FROM webhook_rejections GROUP BY endpoint')
      .all() as Array<{ endpoint: string; rejected: number }>;
    for (const row of rejections) {
      entry(row.endpoint).rejected = row.rejected;
    }
    return counts;
  }

  private writeEvent(row: EventWriteRow): { seq: number; duplicate: boolean } {
    const inserted = this.insertEvent.run(...row.values);
    if (inserted.changes === 0) {
      const existing = this.selectExisting.get(row.endpoint, row.eventId) as { seq: number };
      return { seq: existing.seq, duplicate: true };
    }

    const seq = Number(inserted.lastInsertRowid);
    if (row.delivery !== undefined) {
      // Enqueued in the same transaction as the insert, so an acknowledged event is never unforwarded.
      this.insertDelivery.run(seq, ...row.delivery);
    }
    return { seq, duplicate: false };
  }
}

function toRecord(row: EventRow): WebhookEventRecord {
  return {
    seq: row.seq,
    key: row.key,
    endpoint: row.endpoint,
    provider: row.provider,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    receivedAt: row.received_at,
    headers: JSON.parse(row.headers_json) as Record<string, string>,
  };
}
