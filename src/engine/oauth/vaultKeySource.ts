import crypto from 'node:crypto';
import { OAuthError } from './oauthError';

/** Length of a vault key in bytes (AES-256). */
export const vaultKeyBytes = 32;

/**
 * Where the token vault gets its 32-byte AES key. The key never sits in the store beside the
 * tokens: the CLI reads a 0600 key file (or `CAPTAIN_VAULT_KEY`), the editor's engine asks the
 * extension, which keeps it in SecretStorage.
 */
export interface VaultKeySource {
  /** A short label for messages, like `key file ~/.config/captain/vault.key`. Never the key. */
  readonly description: string;
  /** @returns the 32-byte key. @throws {OAuthError} `vault_key` when it cannot be had safely. */
  key(): Promise<Buffer>;
}

/**
 * Parses a base64 vault key.
 * @throws {OAuthError} `vault_key` when it does not decode to exactly 32 bytes; `origin` says where
 * it came from (never the value).
 */
export function parseVaultKey(encoded: string, origin: string): Buffer {
  const trimmed = encoded.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== vaultKeyBytes || !/^[A-Za-z0-9+/=_-]+$/.test(trimmed)) {
    throw new OAuthError(
      'vault_key',
      `${origin} is not a vault key: expected ${vaultKeyBytes} bytes in base64, got ${key.length} bytes; generate one with \`openssl rand -base64 32\``,
    );
  }

  return key;
}

/** A new random vault key, base64 encoded. */
export function generateVaultKey(): string {
  return crypto.randomBytes(vaultKeyBytes).toString('base64');
}

/** A fingerprint that tells keys apart in the store and in messages without revealing them. */
export function vaultKeyId(key: Buffer): string {
  return crypto
    .createHash('sha256')
    .update('captain-vault-key-id')
    .update(key)
    .digest('hex')
    .slice(0, 12);
}

/** A key source over a fixed key (tests, or a key already fetched from SecretStorage). */
export function fixedVaultKeySource(key: Buffer, description = 'fixed vault key'): VaultKeySource {
  if (key.length !== vaultKeyBytes) {
    throw new RangeError(`expected a ${vaultKeyBytes}-byte vault key, got ${key.length} bytes`);
  }

  return { description, key: async () => key };
}
