import type { Migration } from '../migrations';

/**
 * Schema of the resilience capability: circuits shared by every process using the store, their
 * transitions, idempotency keys of non-idempotent calls, and a bounded log of calls for the
 * health view.
 */
export const resilienceMigration: Migration = {
  version: 4,
  description: 'resilience circuits, transitions, idempotency keys and calls',
  up(db) {
    db.exec(`
      CREATE TABLE resilience_circuits (
        key              TEXT PRIMARY KEY,     -- api:circuit:{service}:{endpoint}
        service          TEXT NOT NULL,
        endpoint         TEXT NOT NULL,
        state            TEXT NOT NULL CHECK (state IN ('closed', 'open', 'half-open', 'isolated')),
        revision         INTEGER NOT NULL,     -- bumped on every transition; readers rebuild on change
        failure_count    INTEGER NOT NULL DEFAULT 0,
        last_failure_at  INTEGER,              -- ms since epoch
        last_failure     TEXT,                 -- reason, never a secret
        opened_at        INTEGER,
        next_trial_at    INTEGER,
        attempt_no       INTEGER NOT NULL DEFAULT 0,
        updated_at       INTEGER NOT NULL
      );
      CREATE TABLE resilience_transitions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        circuit_key TEXT NOT NULL,
        at          INTEGER NOT NULL,
        from_state  TEXT NOT NULL,
        to_state    TEXT NOT NULL,
        reason      TEXT NOT NULL,
        pid         INTEGER NOT NULL
      );
      CREATE INDEX resilience_transitions_by_circuit ON resilience_transitions (circuit_key, at);
      CREATE INDEX resilience_transitions_by_time ON resilience_transitions (at);
      CREATE TABLE resilience_idempotency_keys (
        call_id      TEXT PRIMARY KEY,
        service      TEXT NOT NULL,
        method       TEXT NOT NULL,
        path         TEXT NOT NULL,
        body_sha256  TEXT NOT NULL,
        key          TEXT NOT NULL,
        created_at   INTEGER NOT NULL,
        completed_at INTEGER,
        last_status  INTEGER
      );
      CREATE TABLE resilience_calls (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        service     TEXT NOT NULL,
        endpoint    TEXT NOT NULL,
        at          INTEGER NOT NULL,          -- start, ms since epoch
        latency_ms  REAL NOT NULL,
        status      INTEGER,                   -- HTTP status; NULL when no response
        outcome     TEXT NOT NULL,             -- success, http_error, graphql_error, timeout, ...
        attempts    INTEGER NOT NULL
      );
      CREATE INDEX resilience_calls_by_service ON resilience_calls (service, at);
      CREATE INDEX resilience_calls_by_time ON resilience_calls (at);
    `);
  },
};
