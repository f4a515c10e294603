import type { Migration } from '../migrations';

/** Schema of the resilience capability. */
export const resilienceMigration: Migration = {
  version: 4,
  description: 'resilience tables',
  up(db) {
    db.exec(`
      CREATE TABLE resilience_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
