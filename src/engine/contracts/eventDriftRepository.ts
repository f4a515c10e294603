import type { Database, Statement } from 'better-sqlite3';

/** A captured webhook event as the drift check reads it (read-only, from the webhooks tables). */
export interface CapturedEvent {
  readonly seq: number;
  readonly key: string;
  readonly eventType: string;
  readonly payload: Buffer;
}

/** A drifting event as stored: the entry it was checked against and why it does not match. */
export interface EventDriftRecord {
  readonly key: string;
  readonly seq: number;
  readonly eventType: string;
  readonly eventId: string;
  readonly endpoint: string;
  /** ms since the epoch. */
  readonly receivedAt: number;
  readonly spec: string;
  readonly matched: string;
  readonly file: string;
  readonly line: number;
  readonly problems: string[];
  /** ms since the epoch. */
  readonly checkedAt: number;
}

/** A drift row about to be written. */
export type NewEventDrift = Omit<EventDriftRecord, 'eventId' | 'endpoint' | 'receivedAt'>;

interface DriftRow {
  event_key: string;
  event_seq: number;
  event_type: string;
  event_id: string;
  endpoint: string;
  received_at: number;
  spec: string;
  matched: string;
  file: string;
  line: number;
  problems_json: string;
  checked_at: number;
}

/** Most keys bound in one `IN (…)` list; SQLite allows more, but this keeps statements small. */
const keysPerQuery = 200;

/**
 * Typed access to `contract_event_drift` and `contracts_meta`, plus read-only SELECTs over the
 * webhooks capability's `webhook_events` (never written here). A drift row whose event was
 * deleted from the webhooks store is not listed (rows join on the event's seq).
 */
export class EventDriftRepository {
  private readonly selectEventsAfter: Statement;
  private readonly selectMaxSeq: Statement;
  private readonly selectEventsByKey: Statement;
  private readonly selectDriftByKey: Statement;
  private readonly selectDriftList: Statement;
  private readonly upsertDrift: Statement;
  private readonly deleteDrift: Statement;
  private readonly deleteAllDrift: Statement;
  private readonly selectMeta: Statement;
  private readonly upsertMeta: Statement;

  constructor(private readonly db: Database) {
    this.selectEventsAfter = db.prepare(
      `SELECT seq, key, event_type AS eventType, payload FROM webhook_events
       WHERE seq > ? ORDER BY seq LIMIT ?`,
    );
    this.selectMaxSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM webhook_events');
    const marks = Array.from({ length: keysPerQuery }, () => '?').join(', ');
    this.selectEventsByKey = db.prepare(
      `SELECT seq, key, event_type AS eventType, payload FROM webhook_events
       WHERE key IN (${marks}) ORDER BY seq`,
    );
    this.selectDriftByKey = db.prepare(`${driftSelect} WHERE d.event_key IN (${marks})`);
    this.selectDriftList = db.prepare(`${driftSelect} ORDER BY d.event_seq DESC LIMIT ?`);
    this.upsertDrift = db.prepare(
      `INSERT OR REPLACE INTO contract_event_drift
       (event_key, event_seq, event_type, spec, matched, file, line, problems_json, checked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.deleteDrift = db.prepare('DELETE FROM contract_event_drift WHERE event_key = ?');
    this.deleteAllDrift = db.prepare('DELETE FROM contract_event_drift');
    this.selectMeta = db.prepare('SELECT value FROM contracts_meta WHERE key = ?');
    this.upsertMeta = db.prepare(
      'INSERT OR REPLACE INTO contracts_meta (key, value) VALUES (?, ?)',
    );
  }

  /** Captured events with a seq above `afterSeq`, oldest first, at most `limit`. */
  eventsAfter(afterSeq: number, limit: number): CapturedEvent[] {
    return this.selectEventsAfter.all(afterSeq, limit) as CapturedEvent[];
  }

  /** The newest captured event's seq, 0 when there is none. */
  lastEventSeq(): number {
    return (this.selectMaxSeq.get() as { seq: number }).seq;
  }

  /** Captured events by natural key (several endpoints may share a key: the newest wins). */
  eventsByKey(keys: readonly string[]): CapturedEvent[] {
    return chunked(keys, this.selectEventsByKey) as CapturedEvent[];
  }

  /** Stored drift of the given events (those without drift are absent). */
  driftOf(keys: readonly string[]): EventDriftRecord[] {
    return (chunked(keys, this.selectDriftByKey) as DriftRow[]).map(toRecord);
  }

  /** Every drifting event still in the webhooks store, newest first, at most `limit`. */
  listDrift(limit: number): EventDriftRecord[] {
    return (this.selectDriftList.all(limit) as DriftRow[]).map(toRecord);
  }

  /** Records the outcome of one check: a row when it drifts, none when it matches. */
  record(key: string, drift: NewEventDrift | undefined): void {
    if (drift === undefined) {
      this.deleteDrift.run(key);
      return;
    }

    this.upsertDrift.run(
      drift.key,
      drift.seq,
      drift.eventType,
      drift.spec,
      drift.matched,
      drift.file,
      drift.line,
      JSON.stringify(drift.problems),
      drift.checkedAt,
    );
  }

  /** Forgets every result (the specs or the configured schemas changed). */
  clear(): void {
    this.deleteAllDrift.run();
  }

  meta(key: string): string | undefined {
    return (this.selectMeta.get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.upsertMeta.run(key, value);
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}

const driftSelect = `SELECT d.event_key, d.event_seq, d.event_type, e.event_id, e.endpoint,
    e.received_at, d.spec, d.matched, d.file, d.line, d.problems_json, d.checked_at
  FROM contract_event_drift d JOIN webhook_events e ON e.seq = d.event_seq`;

/** Runs an `IN (…)` statement per chunk of keys, the last chunk padded with its first key. */
function chunked(keys: readonly string[], statement: Statement): unknown[] {
  const rows: unknown[] = [];
  for (let start = 0; start < keys.length; start += keysPerQuery) {
    const chunk = keys.slice(start, start + keysPerQuery);
    const padded = [...chunk, ...Array<string>(keysPerQuery - chunk.length).fill(chunk[0]!)];
    rows.push(...statement.all(...padded));
  }
  return rows;
}

function toRecord(row: DriftRow): EventDriftRecord {
  return {
    key: row.event_key,
    seq: row.event_seq,
    eventType: row.event_type,
    eventId: row.event_id,
    endpoint: row.endpoint,
    receivedAt: row.received_at,
    spec: row.spec,
    matched: row.matched,
    file: row.file,
    line: row.line,
    problems: JSON.parse(row.problems_json) as string[],
    checkedAt: row.checked_at,
  };
}
