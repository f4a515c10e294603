import fs from 'node:fs';
import * as vscode from 'vscode';
import {
  defaultVaultKeyFile,
  readOrCreateKeyFile,
  writeKeyFile,
} from '../../engine/oauth/keyFileVaultKeySource';
import { generateVaultKey, parseVaultKey } from '../../engine/oauth/vaultKeySource';

/** The SecretStorage entry holding the vault key (base64, 32 bytes). */
export const vaultKeySecretName = 'captain.oauth.vaultKey';

/**
 * Answers the engine's `oauth/vaultKey` request from SecretStorage. On first use: adopts the
 * CLI's key file when one exists (connections made with `captain oauth login` then open in the
 * editor); otherwise generates a key and, only when `captain.oauth.shareVaultKeyWithCli` is on,
 * also writes it to the CLI's key file (0600) so the CLI can open the editor's connections.
 * The key is never logged.
 */
export function createVaultKeyBroker(
  secrets: vscode.SecretStorage,
  log: vscode.LogOutputChannel,
): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => {
    pending ??= resolveKey(secrets, log).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

async function resolveKey(
  secrets: vscode.SecretStorage,
  log: vscode.LogOutputChannel,
): Promise<string> {
  const share = vscode.workspace
    .getConfiguration('captain.oauth')
    .get<boolean>('shareVaultKeyWithCli', false);
  const keyFile = defaultVaultKeyFile(process.env);
  const stored = await secrets.get(vaultKeySecretName);
  if (stored !== undefined) {
    parseVaultKey(stored, 'the vault key in SecretStorage');
    if (share && !fs.existsSync(keyFile)) {
      writeKeyFile(keyFile, stored);
      log.info(`[OAuth] shared the vault key with the CLI at ${keyFile}`);
    }
    return stored;
  }

  let encoded: string;
  if (fs.existsSync(keyFile)) {
    encoded = readOrCreateKeyFile(keyFile, false).toString('base64');
    log.info(`[OAuth] adopted the CLI's vault key from ${keyFile}`);
  } else {
    encoded = generateVaultKey();
    if (share) {
      writeKeyFile(keyFile, encoded);
      log.info(`[OAuth] created a vault key, shared with the CLI at ${keyFile}`);
    } else {
      log.info('[OAuth] created a vault key in SecretStorage (not shared with the CLI)');
    }
  }
  await secrets.store(vaultKeySecretName, encoded);
  return encoded;
}
