import type { Database } from 'better-sqlite3';
import { webhooksMigration } from './migrations/webhooksMigration';
import { oauthMigration } from './migrations/oauthMigration';
import { resilienceMigration } from './migrations/resilienceMigration';
import { contractsMigration } from './migrations/contractsMigration';
import { webhooksLeaseMigration } from './migrations/webhooksLeaseMigration';

/**
 * One step of the schema. Steps run in order inside one transaction each; `PRAGMA user_version`
 * records the last one applied. A step is never edited once released: fix forward with a new one.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  up(db: Database): void;
}

const foundationMigration: Migration = {
  version: 1,
  description: 'integration records keyed by natural key',
  up(db) {
    db.exec(`
      CREATE TABLE integrations (
        key         TEXT PRIMARY KEY,          -- api:integration:{service}:{endpoint}
        service     TEXT NOT NULL,
        endpoint    TEXT NOT NULL,
        config_json TEXT NOT NULL,
        updated_at  INTEGER NOT NULL           -- ms since epoch
      );
    `);
  },
};

/**
 * Refresh leases of OAuth connections: before refreshing, a process (the editor's engine or a CLI
 * run, both on one file) claims the connection's row here, so a rotated refresh token is never
 * sent twice (a provider treats that as replay and revokes the grant). A lease that outlives its
 * process (a crash) expires and may be taken over. Times are ms since the epoch.
 */
const oauthRefreshLeaseMigration: Migration = {
  version: 7,
  description: 'oauth: refresh leases so two processes never refresh one connection at once',
  up(db) {
    db.exec(`
      CREATE TABLE oauth_refresh_leases (
        key         TEXT PRIMARY KEY,          -- api:oauth:{user_id}:{provider}
        owner       TEXT NOT NULL,             -- process id and a random part
        lease_until INTEGER NOT NULL           -- ms since epoch
      );
    `);
  },
};

/**
 * Outcomes of each circuit's calls in time buckets (one row per circuit per bucket, counts added
 * by upsert), so that the failure-rate rule of a circuit counts the calls of every process on the
 * store. Buckets that leave the window are deleted by the processes recording outcomes.
 */
const resilienceOutcomesMigration: Migration = {
  version: 8,
  description: 'resilience: call outcomes per circuit in time buckets for a shared failure rate',
  up(db) {
    db.exec(`
      CREATE TABLE resilience_circuit_outcomes (
        circuit_key     TEXT NOT NULL,         -- api:circuit:{service}:{endpoint}
        bucket_start_ms INTEGER NOT NULL,      -- ms since epoch
        successes       INTEGER NOT NULL DEFAULT 0,
        failures        INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (circuit_key, bucket_start_ms)
      ) WITHOUT ROWID;
    `);
  },
};

/** Every migration, oldest first. Versions are consecutive from 1. */
export const migrations: readonly Migration[] = [
  foundationMigration,
  webhooksMigration,
  oauthMigration,
  resilienceMigration,
  contractsMigration,
  webhooksLeaseMigration,
  oauthRefreshLeaseMigration,
  resilienceOutcomesMigration,
];
