import crypto from 'node:crypto';
import { naturalKeys } from '../store/naturalKeys';
import type { ConnectionMetadata, ConnectionRepository } from './connectionRepository';
import { OAuthError } from './oauthError';
import { vaultKeyId, type VaultKeySource } from './vaultKeySource';

/** The secret half of a connection: only ever stored sealed. */
export interface TokenSet {
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly idToken?: string;
  /** ID token claims as verified by openid-client at sign-in; sealed because they identify a person. */
  readonly claims?: Record<string, unknown>;
}

/** Metadata the caller supplies when saving; the vault adds key, times and key id. */
export type ConnectionFields = Omit<ConnectionMetadata, 'key' | 'createdAt' | 'updatedAt'>;

/** A decrypted connection. */
export interface OpenedConnection {
  readonly metadata: ConnectionMetadata;
  readonly tokens: TokenSet;
}

const ivBytes = 12;
const authTagBytes = 16;

/**
 * Stores OAuth connections with their tokens sealed by AES-256-GCM: a fresh random 96-bit IV per
 * write, the 128-bit tag checked on every read, and the row's natural key
 * `api:oauth:{user_id}:{provider}` as additional authenticated data, so a sealed blob copied to
 * another row does not open. Provider, subject, scopes, token type, expiry and last refresh stay
 * in clear for views; the access, refresh and ID tokens never leave the sealed blob.
 *
 * The key comes from a {@link VaultKeySource} and never sits in the store:
 * - CLI: `CAPTAIN_VAULT_KEY` or the 0600 file `$XDG_CONFIG_HOME/captain/vault.key`
 *   (`~/.config/captain/vault.key`), created on first use.
 * - Editor: the engine process sends `oauth/vaultKey` to the extension, which answers from
 *   SecretStorage. When SecretStorage has no key yet, the extension adopts the CLI's key file if
 *   one exists (so connections made with `captain oauth login` work in the editor); otherwise it
 *   generates a key and, only when `captain.oauth.shareVaultKeyWithCli` is on, also writes it to
 *   the key file (0600) so the CLI can use connections made in the editor.
 * - When the faces hold different keys, each still lists the other's connections (metadata is
 *   clear) but opening one fails with `vault_decrypt`, naming both key ids and how to share the key.
 */
export class TokenVault {
  private keyPromise: Promise<Buffer> | undefined;

  constructor(
    private readonly repository: ConnectionRepository,
    private readonly keySource: VaultKeySource,
    private readonly now: () => number,
  ) {}

  /**
   * Seals and stores a connection, replacing any previous one for the same user and provider.
   * `options.alongside` runs in the same SQLite transaction as the write (a refresher releases
   * its lease there).
   * @throws {OAuthError} `vault_key` when the key cannot be had.
   */
  async save(
    fields: ConnectionFields,
    tokens: TokenSet,
    options: { alongside?: () => void } = {},
  ): Promise<ConnectionMetadata> {
    const key = naturalKeys.oauth(fields.userId, fields.provider);
    const vaultKey = await this.key();
    const iv = crypto.randomBytes(ivBytes);
    const cipher = crypto.createCipheriv('aes-256-gcm', vaultKey, iv, {
      authTagLength: authTagBytes,
    });
    cipher.setAAD(Buffer.from(key, 'utf8'));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(tokens), 'utf8'), cipher.final()]);
    const at = this.now();
    const createdAt = this.repository.get(key)?.createdAt ?? at;
    const record = {
      ...fields,
      key,
      createdAt,
      updatedAt: at,
      keyId: vaultKeyId(vaultKey),
      iv,
      sealed,
      authTag: cipher.getAuthTag(),
    };

    this.repository.put(record, options.alongside);
    return metadataOf(record);
  }

  /**
   * Opens the connection of `userId` at `provider`, or undefined when there is none.
   * @throws {OAuthError} `vault_decrypt` when the row was sealed by another key or was altered.
   */
  async open(userId: string, provider: string): Promise<OpenedConnection | undefined> {
    const record = this.repository.get(naturalKeys.oauth(userId, provider));
    if (!record) {
      return undefined;
    }

    const vaultKey = await this.key();
    const keyId = vaultKeyId(vaultKey);
    if (record.keyId !== keyId) {
      throw new OAuthError(
        'vault_decrypt',
        `the ${provider} connection was sealed with vault key ${record.keyId} but ${this.keySource.description} holds key ${keyId}; it was probably made from the other face (editor or CLI): share one key (setting captain.oauth.shareVaultKeyWithCli, or CAPTAIN_VAULT_KEY) or connect again`,
      );
    }

    try {
      const decipher = crypto.createDecipheriv('aes-256-gcm', vaultKey, record.iv, {
        authTagLength: authTagBytes,
      });
      decipher.setAAD(Buffer.from(record.key, 'utf8'));
      decipher.setAuthTag(record.authTag);
      const plain = Buffer.concat([decipher.update(record.sealed), decipher.final()]).toString(
        'utf8',
      );
      return { metadata: metadataOf(record), tokens: JSON.parse(plain) as TokenSet };
    } catch (error) {
      throw new OAuthError(
        'vault_decrypt',
        `the stored ${provider} connection failed its integrity check (altered, or moved from another row); disconnect and connect again`,
        { cause: error instanceof Error ? new Error(error.message) : undefined },
      );
    }
  }

  /** Metadata of every stored connection; needs no key. */
  list(): ConnectionMetadata[] {
    return this.repository.list().map(metadataOf);
  }

  /** Metadata of one connection, without opening it. */
  metadata(userId: string, provider: string): ConnectionMetadata | undefined {
    const record = this.repository.get(naturalKeys.oauth(userId, provider));
    return record && metadataOf(record);
  }

  /** @returns true when a connection was deleted. */
  delete(userId: string, provider: string): boolean {
    return this.repository.delete(naturalKeys.oauth(userId, provider));
  }

  private key(): Promise<Buffer> {
    this.keyPromise ??= this.keySource.key().catch((error: unknown) => {
      this.keyPromise = undefined;
      throw error;
    });
    return this.keyPromise;
  }
}

function metadataOf(record: ConnectionMetadata): ConnectionMetadata {
  return {
    key: record.key,
    userId: record.userId,
    provider: record.provider,
    grantType: record.grantType,
    subject: record.subject,
    scopes: record.scopes,
    tokenType: record.tokenType,
    expiresAt: record.expiresAt,
    lastRefreshAt: record.lastRefreshAt,
    hasRefreshToken: record.hasRefreshToken,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
