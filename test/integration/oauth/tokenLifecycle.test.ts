import assert from 'node:assert/strict';
import fs from 'node:fs';
import { isOAuthError } from '../../../src/engine/oauth/oauthError';
import type { OAuthService } from '../../../src/engine/oauth/oauthService';
import { createOAuthTestContext, type OAuthTestContext } from './oauthTestContext';
import { startTestProvider, testAccountId, type TestProvider } from './oidcTestProvider';

const refreshGrant = 'refresh_token';

async function connect(provider: TestProvider, service: OAuthService): Promise<void> {
  const pending = await service.beginLogin('local');
  await fetch(await provider.browse(pending.authorizationUrl));
  await pending.completion;
}

describe('Token lifecycle (against oidc-provider)', () => {
  let provider: TestProvider;
  let context: OAuthTestContext;
  let service: OAuthService;

  before(async () => {
    provider = await startTestProvider({ accessTokenTtlSeconds: 600 });
  });

  after(async () => {
    await provider.close();
  });

  beforeEach(() => {
    context = createOAuthTestContext(provider.issuer);
    service = context.service();
  });

  afterEach(() => {
    context.dispose();
  });

  it('hands out the stored token without refreshing while it is fresh', async () => {
    await connect(provider, service);
    const before = provider.grants[refreshGrant] ?? 0;

    const token = await service.accessToken('local');

    assert.ok(token.length > 10);
    assert.equal(provider.grants[refreshGrant] ?? 0, before);
  });

  it('refreshes once for 20 concurrent token calls near expiry and stores the rotated refresh token', async () => {
    await connect(provider, service);
    const before = provider.grants[refreshGrant] ?? 0;
    const oldToken = await service.accessToken('local');
    const oldRefresh = (await service.vault.open('tester', 'local'))!.tokens.refreshToken;
    context.clockOffsetMs = (600 - 299) * 1000;

    const tokens = await Promise.all(
      Array.from({ length: 20 }, () => service.accessToken('local')),
    );

    assert.equal((provider.grants[refreshGrant] ?? 0) - before, 1);
    assert.equal(new Set(tokens).size, 1);
    assert.notEqual(tokens[0], oldToken);
    const stored = (await service.vault.open('tester', 'local'))!;
    assert.ok(stored.tokens.refreshToken);
    assert.notEqual(stored.tokens.refreshToken, oldRefresh);
    assert.ok(stored.metadata.lastRefreshAt !== undefined);
    assert.ok(context.changes.some((change) => change.reason === 'refreshed'));
  });

  it('keeps working across several rotations', async () => {
    await connect(provider, service);

    for (let round = 0; round < 3; round += 1) {
      await service.refresh('local');
    }
    const token = await service.accessToken('local');

    assert.ok(token.length > 10);
  });

  it('deletes the connection on invalid_grant and says to connect again', async () => {
    await connect(provider, service);
    const stale = (await service.vault.open('tester', 'local'))!;
    await service.refresh('local');
    // Put the retired refresh token back, as a copy of an old database would.
    await service.vault.save({ ...stale.metadata, lastRefreshAt: undefined }, stale.tokens);

    await assert.rejects(service.refresh('local'), (error: unknown) => {
      assert.ok(isOAuthError(error, 'invalid_grant'));
      assert.match(error.message, /connect again/);
      return true;
    });
    assert.equal(service.connections().length, 0);
    assert.ok(context.changes.some((change) => change.reason === 'deleted'));
  });

  it('revokes on disconnect, then deletes; the revoked token no longer works', async () => {
    await connect(provider, service);
    const token = await service.accessToken('local');

    const result = await service.disconnect('local');
    const userinfo = await fetch(`${provider.issuer}/me`, {
      headers: { authorization: `Bearer ${token}` },
    });

    assert.equal(result.revoked, 2);
    assert.equal(service.connections().length, 0);
    assert.equal(userinfo.status, 401);
    await assert.rejects(service.accessToken('local'), (error: unknown) =>
      isOAuthError(error, 'not_connected'),
    );
  });

  it('signs in with the device grant', async () => {
    const connection = await service.loginWithDevice('local', {
      pollIntervalSeconds: 0.05,
      onPrompt: async (prompt) => {
        assert.match(prompt.verificationUri, /^http:\/\/127\.0\.0\.1:\d+\/device$/);
        await provider.completeDevice(prompt.userCode);
      },
    });

    assert.equal(connection.grantType, 'device_code');
    assert.equal(connection.subject, testAccountId);
    assert.ok(connection.hasRefreshToken);
  });

  it('reports a denied device sign-in as access_denied', async () => {
    await assert.rejects(
      service.loginWithDevice('local', {
        pollIntervalSeconds: 0.05,
        onPrompt: (prompt) => provider.completeDevice(prompt.userCode, 'deny'),
      }),
      (error: unknown) => isOAuthError(error, 'access_denied'),
    );
  });

  it('gets a machine token with client credentials and renews it when due', async () => {
    const connection = await service.loginWithClientCredentials('machine');
    const first = await service.accessToken('machine');
    context.clockOffsetMs = 3600 * 1000;

    const second = await service.accessToken('machine');

    assert.equal(connection.grantType, 'client_credentials');
    assert.equal(connection.hasRefreshToken, false);
    assert.notEqual(first, second);
  });

  it('keeps no token in the database file or its WAL', async () => {
    await connect(provider, service);
    await service.refresh('local');
    const opened = (await service.vault.open('tester', 'local'))!;
    await service.loginWithClientCredentials('machine');
    const machine = (await service.vault.open('tester', 'machine'))!;
    const secrets = [
      opened.tokens.accessToken,
      opened.tokens.refreshToken!,
      opened.tokens.idToken!,
      machine.tokens.accessToken,
    ];
    const walBefore = fs.existsSync(`${context.store.file}-wal`)
      ? fs.readFileSync(`${context.store.file}-wal`)
      : Buffer.alloc(0);

    context.store.db.pragma('wal_checkpoint(TRUNCATE)');
    const database = fs.readFileSync(context.store.file);

    assert.ok(walBefore.length > 0, 'the WAL held pages before the checkpoint');
    for (const secret of secrets) {
      for (const bytes of [database, walBefore]) {
        assert.equal(bytes.indexOf(Buffer.from(secret, 'utf8')), -1);
        // A token split across the JSON encoding would still show its first 16 characters.
        assert.equal(bytes.indexOf(Buffer.from(secret.slice(0, 16), 'utf8')), -1);
      }
    }
    assert.notEqual(database.indexOf(Buffer.from('api:oauth:tester:local')), -1);
  });
});
