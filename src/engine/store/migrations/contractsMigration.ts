import type { Migration } from '../migrations';

/**
 * Schema of the contracts capability: captured webhook events that drift from the spec that
 * describes them (only drifting events have a row), and small key/value state such as how far
 * the drift check has read the webhook events and which specs it read them against.
 * Times are ms since the epoch.
 */
export const contractsMigration: Migration = {
  version: 5,
  description: 'contracts: webhook event drift and check state',
  up(db) {
    db.exec(`
      CREATE TABLE contract_event_drift (
        event_key     TEXT PRIMARY KEY,         -- api:webhook:{event_type}:{id}
        event_seq     INTEGER NOT NULL,         -- webhook_events.seq when checked
        event_type    TEXT NOT NULL,
        spec          TEXT NOT NULL,            -- absolute path of the spec checked against
        matched       TEXT NOT NULL,            -- webhooks entry name or configured schema ref
        file          TEXT NOT NULL,            -- where the entry or schema is written
        line          INTEGER NOT NULL,         -- 1-based
        problems_json TEXT NOT NULL,            -- JSON array of sentences
        checked_at    INTEGER NOT NULL
      );
      CREATE INDEX contract_event_drift_seq ON contract_event_drift (event_seq DESC);

      CREATE TABLE contracts_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
