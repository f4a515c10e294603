import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OAuthError } from './oauthError';
import { generateVaultKey, parseVaultKey, type VaultKeySource } from './vaultKeySource';

/** The environment variable that overrides the key file: a base64 32-byte key. */
export const vaultKeyVariable = 'CAPTAIN_VAULT_KEY';

/**
 * The CLI's key file: `$XDG_CONFIG_HOME/captain/vault.key`, else `~/.config/captain/vault.key`.
 * The editor reads the same path when it adopts or shares the key (see `tokenVault.ts`).
 */
export function defaultVaultKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  const configHome =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : path.join(env.HOME ?? os.homedir(), '.config');
  return path.join(configHome, 'captain', 'vault.key');
}

/** Options for {@link keyFileVaultKeySource}. */
export interface KeyFileOptions {
  /** Defaults to {@link defaultVaultKeyFile}. */
  readonly file?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Create the file (0600, folder 0700) with a new key when it is missing. Default true. */
  readonly create?: boolean;
}

/**
 * The CLI's vault key: `CAPTAIN_VAULT_KEY` when set, else the key file, created on first use.
 * A key file that group or others can read is refused, not repaired, so the user notices.
 * @throws {OAuthError} `vault_key` (from `key()`) for a malformed, exposed or missing key.
 */
export function keyFileVaultKeySource(options: KeyFileOptions = {}): VaultKeySource {
  const env = options.env ?? process.env;
  const file = options.file ?? defaultVaultKeyFile(env);
  const fromEnv = env[vaultKeyVariable];
  if (fromEnv !== undefined && fromEnv !== '') {
    return {
      description: `$${vaultKeyVariable}`,
      key: async () => parseVaultKey(fromEnv, `$${vaultKeyVariable}`),
    };
  }

  let cached: Buffer | undefined;
  return {
    description: `key file ${file}`,
    async key() {
      cached ??= readOrCreateKeyFile(file, options.create ?? true);
      return cached;
    },
  };
}

/**
 * Reads the key file, creating it when missing and `create` is set.
 * @throws {OAuthError} `vault_key` when the file is readable by others, malformed or missing.
 */
export function readOrCreateKeyFile(file: string, create: boolean): Buffer {
  if (!fs.existsSync(file)) {
    if (!create) {
      throw new OAuthError(
        'vault_key',
        `no vault key at ${file}; run \`captain oauth login\` once or set $${vaultKeyVariable}`,
      );
    }

    writeKeyFile(file, generateVaultKey());
  }

  assertPrivate(file);
  return parseVaultKey(fs.readFileSync(file, 'utf8'), file);
}

/**
 * Writes `encodedKey` to `file` with mode 0600 in a 0700 folder; refuses to overwrite.
 * @throws {OAuthError} `vault_key` when the file already exists.
 */
export function writeKeyFile(file: string, encodedKey: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails when another process created it first; that file then wins.
    fs.writeFileSync(file, `${encodedKey}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new OAuthError(
        'vault_key',
        `could not create the vault key file ${file}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
}

function assertPrivate(file: string): void {
  if (process.platform === 'win32') {
    // TODO(#5): check the ACL on Windows; POSIX mode bits mean little there.
    return;
  }

  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new OAuthError(
      'vault_key',
      `the vault key file ${file} is readable by others (mode ${mode.toString(8).padStart(4, '0')}); run \`chmod 600 ${file}\` and check nobody copied it`,
    );
  }
}
