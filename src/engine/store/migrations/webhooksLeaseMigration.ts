import type { Migration } from '../migrations';

/**
 * Claims on forwarding deliveries: a forwarder (the editor's engine or a CLI run, both on one
 * file) takes a lease on a delivery before it sends it, so no two processes deliver the same
 * attempt. A lease that outlives its forwarder (a crash) simply expires. Times are ms since the
 * epoch.
 */
export const webhooksLeaseMigration: Migration = {
  version: 6,
  description: 'webhooks: delivery leases so two forwarders never send the same attempt',
  up(db) {
    db.exec(`
      ALTER TABLE webhook_deliveries ADD COLUMN lease_owner TEXT;
      ALTER TABLE webhook_deliveries ADD COLUMN lease_until INTEGER;
    `);
  },
};
