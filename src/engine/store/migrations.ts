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

/** Every migration, oldest first. Versions are consecutive from 1. */
export const migrations: readonly Migration[] = [
  foundationMigration,
  webhooksMigration,
  oauthMigration,
  resilienceMigration,
  contractsMigration,
  webhooksLeaseMigration,
];
