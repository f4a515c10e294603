import type { Migration } from '../migrations';

/** Schema of the oauth capability. */
export const oauthMigration: Migration = {
  version: 3,
  description: 'oauth tables',
  up(db) {
    db.exec(`
      CREATE TABLE oauth_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
