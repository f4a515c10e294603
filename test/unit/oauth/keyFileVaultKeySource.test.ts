import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  defaultVaultKeyFile,
  keyFileVaultKeySource,
} from '../../../src/engine/oauth/keyFileVaultKeySource';
import { isOAuthError } from '../../../src/engine/oauth/oauthError';
import { generateVaultKey } from '../../../src/engine/oauth/vaultKeySource';

describe('keyFileVaultKeySource', () => {
  let home: string;

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-key-'));
  });

  afterEach(() => {
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('lives under XDG_CONFIG_HOME, else ~/.config', () => {
    assert.equal(
      defaultVaultKeyFile({ XDG_CONFIG_HOME: '/x' }),
      path.join('/x', 'captain', 'vault.key'),
    );
    assert.equal(
      defaultVaultKeyFile({ HOME: '/h' }),
      path.join('/h', '.config', 'captain', 'vault.key'),
    );
  });

  it('creates a 0600 key in a 0700 folder on first use and reads the same key after', async () => {
    const env = { HOME: home };

    const first = await keyFileVaultKeySource({ env }).key();
    const second = await keyFileVaultKeySource({ env }).key();

    const file = defaultVaultKeyFile(env);
    assert.equal(first.length, 32);
    assert.deepEqual(first, second);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.equal(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
  });

  it('refuses a key file readable by others', async () => {
    const env = { HOME: home };
    await keyFileVaultKeySource({ env }).key();
    fs.chmodSync(defaultVaultKeyFile(env), 0o644);

    await assert.rejects(keyFileVaultKeySource({ env }).key(), (error: unknown) => {
      assert.ok(isOAuthError(error, 'vault_key'));
      assert.match(error.message, /readable by others \(mode 0644\).*chmod 600/);
      return true;
    });
  });

  it('prefers CAPTAIN_VAULT_KEY and rejects a malformed one without echoing it', async () => {
    const encoded = generateVaultKey();

    const key = await keyFileVaultKeySource({
      env: { HOME: home, CAPTAIN_VAULT_KEY: encoded },
    }).key();

    assert.equal(key.toString('base64'), encoded);
    assert.equal(fs.existsSync(defaultVaultKeyFile({ HOME: home })), false);
    await assert.rejects(
      keyFileVaultKeySource({ env: { CAPTAIN_VAULT_KEY: 'c2hvcnQta2V5' } }).key(),
      (error: unknown) => {
        assert.ok(isOAuthError(error, 'vault_key'));
        assert.equal(error.message.includes('c2hvcnQta2V5'), false);
        return true;
      },
    );
  });
});
