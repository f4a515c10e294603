import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConnectionRepository } from '../../../src/engine/oauth/connectionRepository';
import { isOAuthError } from '../../../src/engine/oauth/oauthError';
import { TokenVault, type ConnectionFields } from '../../../src/engine/oauth/tokenVault';
import { fixedVaultKeySource } from '../../../src/engine/oauth/vaultKeySource';
import { CaptainStore } from '../../../src/engine/store/captainStore';

function fields(provider: string): ConnectionFields {
  return {
    userId: 'ada',
    provider,
    grantType: 'authorization_code',
    subject: 'sub-1',
    scopes: ['openid'],
    tokenType: 'bearer',
    expiresAt: 5_000,
    lastRefreshAt: undefined,
    hasRefreshToken: true,
  };
}

describe('TokenVault', () => {
  let folder: string;
  let store: CaptainStore;
  let vault: TokenVault;
  const key = crypto.randomBytes(32);

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-vault-'));
    store = CaptainStore.open(path.join(folder, 'captain.db'));
    vault = new TokenVault(
      new ConnectionRepository(store.db),
      fixedVaultKeySource(key),
      () => 1_000,
    );
  });

  afterEach(() => {
    store.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('round-trips tokens and keeps only metadata in clear', async () => {
    await vault.save(fields('github'), { accessToken: 'at-secret', refreshToken: 'rt-secret' });

    const opened = await vault.open('ada', 'github');
    const row = store.db.prepare('SELECT * FROM oauth_connections').get() as Record<
      string,
      unknown
    >;

    assert.equal(opened?.tokens.accessToken, 'at-secret');
    assert.equal(opened?.metadata.key, 'api:oauth:ada:github');
    assert.equal(opened?.metadata.subject, 'sub-1');
    assert.equal(JSON.stringify(row).includes('secret'), false);
    assert.equal((row.iv as Buffer).length, 12);
    assert.equal((row.auth_tag as Buffer).length, 16);
  });

  it('uses a fresh IV for every write', async () => {
    await vault.save(fields('github'), { accessToken: 'same' });
    const first = store.db.prepare('SELECT iv, sealed FROM oauth_connections').get() as {
      iv: Buffer;
      sealed: Buffer;
    };
    await vault.save(fields('github'), { accessToken: 'same' });
    const second = store.db.prepare('SELECT iv, sealed FROM oauth_connections').get() as {
      iv: Buffer;
      sealed: Buffer;
    };

    assert.notDeepEqual(first.iv, second.iv);
    assert.notDeepEqual(first.sealed, second.sealed);
  });

  it('refuses a sealed blob moved to another row (the natural key is the AAD)', async () => {
    await vault.save(fields('github'), { accessToken: 'github-token' });
    await vault.save(fields('gitlab'), { accessToken: 'gitlab-token' });
    store.db.exec(`UPDATE oauth_connections SET
      iv = (SELECT iv FROM oauth_connections WHERE provider = 'github'),
      sealed = (SELECT sealed FROM oauth_connections WHERE provider = 'github'),
      auth_tag = (SELECT auth_tag FROM oauth_connections WHERE provider = 'github')
      WHERE provider = 'gitlab'`);

    await assert.rejects(vault.open('ada', 'gitlab'), (error: unknown) => {
      assert.ok(isOAuthError(error, 'vault_decrypt'));
      assert.equal(error.message.includes('github-token'), false);
      return true;
    });
  });

  it('refuses a tampered ciphertext', async () => {
    await vault.save(fields('github'), { accessToken: 'github-token' });
    const row = store.db.prepare('SELECT sealed FROM oauth_connections').get() as {
      sealed: Buffer;
    };
    row.sealed[0] ^= 0xff;
    store.db.prepare('UPDATE oauth_connections SET sealed = ?').run(row.sealed);

    await assert.rejects(vault.open('ada', 'github'), (error: unknown) =>
      isOAuthError(error, 'vault_decrypt'),
    );
  });

  it('names both key ids when the row was sealed with another key', async () => {
    await vault.save(fields('github'), { accessToken: 'github-token' });
    const other = new TokenVault(
      new ConnectionRepository(store.db),
      fixedVaultKeySource(crypto.randomBytes(32)),
      () => 1_000,
    );

    await assert.rejects(other.open('ada', 'github'), (error: unknown) => {
      assert.ok(isOAuthError(error, 'vault_decrypt'));
      assert.match(error.message, /other face/);
      return true;
    });
    assert.equal(other.list().length, 1);
  });
});
