import type { Migration } from '../migrations';

/** Schema of the contracts capability. */
export const contractsMigration: Migration = {
  version: 5,
  description: 'contracts tables',
  up(db) {
    db.exec(`
      CREATE TABLE contracts_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
