import type { Database, Statement } from 'better-sqlite3';

/** What is stored in clear about a connection: enough for views, never a token. */
export interface ConnectionMetadata {
  /** Natural key `api:oauth:{user_id}:{provider}`. */
  readonly key: string;
  readonly userId: string;
  readonly provider: string;
  readonly grantType: 'authorization_code' | 'device_code' | 'client_credentials';
  readonly subject?: string;
  readonly scopes: readonly string[];
  readonly tokenType?: string;
  /** When the access token expires, ms since epoch; undefined when the provider said nothing. */
  readonly expiresAt?: number;
  /** When the tokens were last refreshed, ms since epoch. */
  readonly lastRefreshAt?: number;
  readonly hasRefreshToken: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** One stored row: metadata plus the sealed token set. */
export interface ConnectionRecord extends ConnectionMetadata {
  readonly keyId: string;
  readonly iv: Buffer;
  readonly sealed: Buffer;
  readonly authTag: Buffer;
}

interface ConnectionRow {
  key: string;
  user_id: string;
  provider: string;
  grant_type: ConnectionMetadata['grantType'];
  subject: string | null;
  scopes: string;
  token_type: string | null;
  expires_at: number | null;
  last_refresh_at: number | null;
  has_refresh: number;
  created_at: number;
  updated_at: number;
  key_id: string;
  iv: Buffer;
  sealed: Buffer;
  auth_tag: Buffer;
}

/** Typed access to `oauth_connections`; statements are prepared once per store. */
export class ConnectionRepository {
  private readonly upsertStatement: Statement;
  private readonly getStatement: Statement<[string], ConnectionRow>;
  private readonly listStatement: Statement<[], ConnectionRow>;
  private readonly deleteStatement: Statement<[string]>;
  private readonly putTransaction: (record: ConnectionRecord, alongside?: () => void) => void;

  constructor(db: Database) {
    this.upsertStatement = db.prepare(`
      INSERT INTO oauth_connections (key, user_id, provider, grant_type, subject, scopes, token_type,
        expires_at, last_refresh_at, has_refresh, created_at, updated_at, key_id, iv, sealed, auth_tag)
      VALUES (@key, @user_id, @provider, @grant_type, @subject, @scopes, @token_type, @expires_at,
        @last_refresh_at, @has_refresh, @created_at, @updated_at, @key_id, @iv, @sealed, @auth_tag)
      ON CONFLICT (key) DO UPDATE SET grant_type = excluded.grant_type, subject = excluded.subject,
        scopes = excluded.scopes, token_type = excluded.token_type, expires_at = excluded.expires_at,
        last_refresh_at = excluded.last_refresh_at, has_refresh = excluded.has_refresh,
        updated_at = excluded.updated_at, key_id = excluded.key_id, iv = excluded.iv,
        sealed = excluded.sealed, auth_tag = excluded.auth_tag`);
    this.getStatement = db.prepare('SELECT * FROM oauth_connections WHERE key = ?');
    this.listStatement = db.prepare('SELECT * FROM oauth_connections ORDER BY provider, user_id');
    this.deleteStatement = db.prepare('DELETE FROM oauth_connections WHERE key = ?');
    const put = db.transaction((record: ConnectionRecord, alongside?: () => void) => {
      this.upsert(record);
      alongside?.();
    });
    this.putTransaction = (record, alongside) => put.immediate(record, alongside);
  }

  /**
   * Inserts or replaces the row with the record's key; `createdAt` of an existing row is kept.
   * `alongside` (such as releasing a refresh lease) runs in the same transaction, so other
   * processes see both writes or neither.
   */
  put(record: ConnectionRecord, alongside?: () => void): void {
    this.putTransaction(record, alongside);
  }

  get(key: string): ConnectionRecord | undefined {
    const row = this.getStatement.get(key);
    return row && toRecord(row);
  }

  list(): ConnectionRecord[] {
    return this.listStatement.all().map(toRecord);
  }

  /** @returns true when a row was deleted. */
  delete(key: string): boolean {
    return this.deleteStatement.run(key).changes > 0;
  }

  private upsert(record: ConnectionRecord): void {
    this.upsertStatement.run({
      key: record.key,
      user_id: record.userId,
      provider: record.provider,
      grant_type: record.grantType,
      subject: record.subject ?? null,
      scopes: record.scopes.join(' '),
      token_type: record.tokenType ?? null,
      expires_at: record.expiresAt ?? null,
      last_refresh_at: record.lastRefreshAt ?? null,
      has_refresh: record.hasRefreshToken ? 1 : 0,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
      key_id: record.keyId,
      iv: record.iv,
      sealed: record.sealed,
      auth_tag: record.authTag,
    });
  }
}

function toRecord(row: ConnectionRow): ConnectionRecord {
  return {
    key: row.key,
    userId: row.user_id,
    provider: row.provider,
    grantType: row.grant_type,
    subject: row.subject ?? undefined,
    scopes: row.scopes === '' ? [] : row.scopes.split(' '),
    tokenType: row.token_type ?? undefined,
    expiresAt: row.expires_at ?? undefined,
    lastRefreshAt: row.last_refresh_at ?? undefined,
    hasRefreshToken: row.has_refresh === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    keyId: row.key_id,
    iv: row.iv,
    sealed: row.sealed,
    authTag: row.auth_tag,
  };
}
