import type { Migration } from '../migrations';

/**
 * Schema of the oauth capability: one row per connection, keyed by `api:oauth:{user_id}:{provider}`.
 * Metadata is in clear so views can list connections without the vault key; the tokens live only
 * in `sealed` (AES-256-GCM, the natural key as additional data), never in another column.
 */
export const oauthMigration: Migration = {
  version: 3,
  description: 'oauth connections with sealed tokens',
  up(db) {
    db.exec(`
      CREATE TABLE oauth_connections (
        key             TEXT PRIMARY KEY,        -- api:oauth:{user_id}:{provider}
        user_id         TEXT NOT NULL,
        provider        TEXT NOT NULL,
        grant_type      TEXT NOT NULL,           -- authorization_code | device_code | client_credentials
        subject         TEXT,
        scopes          TEXT NOT NULL DEFAULT '', -- space separated, as granted
        token_type      TEXT,
        expires_at      INTEGER,                 -- ms since epoch; NULL when the provider gave no expiry
        last_refresh_at INTEGER,                 -- ms since epoch
        has_refresh     INTEGER NOT NULL DEFAULT 0,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        key_id          TEXT NOT NULL,           -- fingerprint of the vault key that sealed the row
        iv              BLOB NOT NULL,           -- 12 random bytes per write
        sealed          BLOB NOT NULL,           -- AES-256-GCM ciphertext of the token set
        auth_tag        BLOB NOT NULL,           -- 16 bytes
        UNIQUE (user_id, provider)
      );
    `);
  },
};
