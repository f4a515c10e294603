import type { Migration } from '../migrations';

/**
 * Schema of the webhooks capability: accepted events (raw bytes, idempotent per endpoint and
 * provider event id), capped rejected deliveries, and the forwarding outbox with its attempts.
 * Times are ms since the epoch.
 */
export const webhooksMigration: Migration = {
  version: 2,
  description: 'webhook events, rejections, deliveries and attempts',
  up(db) {
    db.exec(`
      CREATE TABLE webhook_events (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        key          TEXT NOT NULL,             -- api:webhook:{event_type}:{id}
        endpoint     TEXT NOT NULL,
        provider     TEXT NOT NULL,
        event_id     TEXT NOT NULL,
        event_type   TEXT NOT NULL,
        status       TEXT NOT NULL,             -- received | forwarding | forwarded | failed | dead_lettered
        received_at  INTEGER NOT NULL,
        headers_json TEXT NOT NULL,             -- signature headers masked, never the endpoint secret
        payload      BLOB NOT NULL,             -- the bytes as received
        UNIQUE (endpoint, event_id)
      );
      CREATE INDEX webhook_events_key ON webhook_events (key);
      CREATE INDEX webhook_events_endpoint ON webhook_events (endpoint, seq DESC);

      CREATE TABLE webhook_rejections (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        endpoint       TEXT NOT NULL,
        received_at    INTEGER NOT NULL,
        code           TEXT NOT NULL,
        status_code    INTEGER NOT NULL,
        diagnosis_json TEXT NOT NULL,
        headers_json   TEXT NOT NULL,
        body_bytes     INTEGER NOT NULL
      );
      CREATE INDEX webhook_rejections_endpoint ON webhook_rejections (endpoint, id DESC);

      CREATE TABLE webhook_deliveries (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        event_seq       INTEGER NOT NULL REFERENCES webhook_events (seq) ON DELETE CASCADE,
        target_url      TEXT NOT NULL,
        state           TEXT NOT NULL,          -- pending | delivered | dead_lettered
        attempts        INTEGER NOT NULL DEFAULT 0,
        max_attempts    INTEGER NOT NULL,
        next_attempt_at INTEGER NOT NULL,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        last_error      TEXT
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
      CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_seq);

      CREATE TABLE webhook_attempts (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        delivery_id      INTEGER NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempted_at     INTEGER NOT NULL,
        status_code      INTEGER,
        latency_ms       REAL NOT NULL,
        response_excerpt TEXT,                  -- at most 2 KB
        error            TEXT
      );
      CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id);
    `);
  },
};
