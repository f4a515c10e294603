import type { Migration } from '../migrations';

/** Schema of the webhooks capability. */
export const webhooksMigration: Migration = {
  version: 2,
  description: 'webhooks tables',
  up(db) {
    db.exec(`
      CREATE TABLE webhooks_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
