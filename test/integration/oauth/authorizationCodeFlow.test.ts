import assert from 'node:assert/strict';
import { beginAuthorizationCodeFlow } from '../../../src/engine/oauth/authorizationCodeFlow';
import { isOAuthError } from '../../../src/engine/oauth/oauthError';
import { createProviderClient } from '../../../src/engine/oauth/providerClient';
import type { OAuthService } from '../../../src/engine/oauth/oauthService';
import { createOAuthTestContext, type OAuthTestContext } from './oauthTestContext';
import {
  publicClientId,
  startTestProvider,
  testAccountId,
  type TestProvider,
} from './oidcTestProvider';

describe('AuthorizationCodeFlow (against oidc-provider)', () => {
  let provider: TestProvider;
  let context: OAuthTestContext;
  let service: OAuthService;

  before(async () => {
    provider = await startTestProvider();
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

  it('signs in with code + PKCE S256 through the loopback and stores the connection', async () => {
    const pending = await service.beginLogin('local');
    const callbackUrl = await provider.browse(pending.authorizationUrl);
    const page = await fetch(callbackUrl);

    const connection = await pending.completion;

    assert.equal(page.status, 200);
    assert.match(await page.text(), /Signed in/);
    assert.equal(connection.subject, testAccountId);
    assert.ok(connection.hasRefreshToken);
    assert.ok(connection.scopes.includes('openid'));
    const sent = provider.authorizationRequests.at(-1)!;
    assert.equal(sent.code_challenge_method, 'S256');
    assert.match(String(sent.code_challenge), /^[A-Za-z0-9_-]{43}$/);
    assert.ok(sent.nonce && sent.state);
    assert.match(pending.redirectUri, /^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    assert.deepEqual(
      context.changes.map((change) => change.reason),
      ['connected'],
    );
  });

  it('signs in, refreshes and revokes with a provider given by its endpoints (no discovery)', async () => {
    // Plain OAuth 2.0, the way GitHub is configured: endpoints instead of an issuer, no openid.
    context.config.oauth!.providers!.plain = {
      authorizationEndpoint: `${provider.issuer}/auth`,
      tokenEndpoint: `${provider.issuer}/token`,
      revocationEndpoint: `${provider.issuer}/token/revocation`,
      clientId: publicClientId,
      scopes: ['profile', 'offline_access'],
    };
    const grantsBefore = { ...provider.grants };

    const pending = await service.beginLogin('plain');
    const sent = new URL(pending.authorizationUrl);
    await fetch(await provider.browse(pending.authorizationUrl));
    const connection = await pending.completion;
    const refreshed = await service.refresh('plain');
    const disconnected = await service.disconnect('plain');

    assert.equal(sent.origin + sent.pathname, `${provider.issuer}/auth`);
    assert.equal(sent.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(sent.searchParams.has('nonce'), false);
    assert.ok(connection.hasRefreshToken);
    assert.ok(refreshed.lastRefreshAt !== undefined);
    assert.equal(provider.grants.authorization_code, (grantsBefore.authorization_code ?? 0) + 1);
    assert.equal(provider.grants.refresh_token, (grantsBefore.refresh_token ?? 0) + 1);
    assert.ok(disconnected.revoked >= 1, `revoked ${disconnected.revoked}`);
    assert.equal(
      service.connections().find((entry) => entry.provider === 'plain'),
      undefined,
    );
  });

  it('listens on 127.0.0.1 only, on an ephemeral port, and closes on cancel', async () => {
    const providerClient = await createProviderClient(
      'local',
      context.config.oauth!.providers!.local,
    );
    const pending = await beginAuthorizationCodeFlow(providerClient);

    assert.equal(pending.server.address.address, '127.0.0.1');
    assert.equal(pending.server.address.family, 'IPv4');
    assert.notEqual(pending.server.address.port, 0);
    pending.cancel();
    await assert.rejects(pending.completion, (error: unknown) => isOAuthError(error, 'cancelled'));
    await assert.rejects(fetch(pending.redirectUri));
  });

  it('returns userinfo and ID token claims for "who is this"', async () => {
    const pending = await service.beginLogin('local');
    await fetch(await provider.browse(pending.authorizationUrl));
    await pending.completion;

    const claims = await service.claims('local');

    assert.equal(claims.idToken?.sub, testAccountId);
    assert.equal(claims.userinfo?.email, 'dev@example.test');
  });

  it('fails closed on a wrong state', async () => {
    const pending = await service.beginLogin('local');
    const callbackUrl = new URL(await provider.browse(pending.authorizationUrl));
    callbackUrl.searchParams.set('state', 'forged-state');

    const page = await fetch(callbackUrl);

    assert.equal(page.status, 400);
    assert.match(await page.text(), /state this sign-in did not send/);
    await assert.rejects(pending.completion, (error: unknown) =>
      isOAuthError(error, 'state_mismatch'),
    );
    assert.equal(service.connections().length, 0);
  });

  it('fails closed on a state replayed from an earlier sign-in', async () => {
    const first = await service.beginLogin('local');
    const firstCallback = new URL(await provider.browse(first.authorizationUrl));
    await fetch(firstCallback);
    await first.completion;
    const second = await service.beginLogin('local');
    const replay = new URL(second.redirectUri);
    replay.search = firstCallback.search;

    await fetch(replay);

    await assert.rejects(second.completion, (error: unknown) =>
      isOAuthError(error, 'state_mismatch'),
    );
  });

  it('fails closed on a replayed authorization code', async () => {
    const first = await service.beginLogin('local');
    const firstCallback = new URL(await provider.browse(first.authorizationUrl));
    await fetch(firstCallback);
    await first.completion;
    const second = await service.beginLogin('local');
    const secondState = new URL(second.authorizationUrl).searchParams.get('state')!;
    const replay = new URL(second.redirectUri);
    replay.search = firstCallback.search;
    replay.searchParams.set('state', secondState);

    const page = await fetch(replay);

    assert.equal(page.status, 400);
    await assert.rejects(second.completion, (error: unknown) => {
      assert.ok(isOAuthError(error, 'invalid_grant'));
      assert.match(error.message, /start the sign-in again/);
      return true;
    });
  });

  it('never omits PKCE, and the provider refuses a request stripped of it', async () => {
    const pending = await service.beginLogin('local');
    const stripped = new URL(pending.authorizationUrl);
    assert.equal(stripped.searchParams.get('code_challenge_method'), 'S256');
    stripped.searchParams.delete('code_challenge');
    stripped.searchParams.delete('code_challenge_method');

    await fetch(await provider.browse(stripped.href));

    await assert.rejects(pending.completion, (error: unknown) => {
      assert.ok(isOAuthError(error, 'authorization_error'));
      assert.match(error.message, /code_challenge|PKCE/i);
      return true;
    });
  });

  it('fails closed on a mismatched iss', async () => {
    const pending = await service.beginLogin('local');
    const callbackUrl = new URL(await provider.browse(pending.authorizationUrl));
    callbackUrl.searchParams.set('iss', 'https://evil.example');

    await fetch(callbackUrl);

    await assert.rejects(pending.completion, (error: unknown) =>
      isOAuthError(error, 'iss_mismatch'),
    );
    assert.equal(service.connections().length, 0);
  });

  it('answers a second callback with 409 and keeps the first result', async () => {
    const pending = await service.beginLogin('local');
    const callbackUrl = await provider.browse(pending.authorizationUrl);

    const [first, second] = await Promise.all([fetch(callbackUrl), fetch(callbackUrl)]);
    const connection = await pending.completion;
    const later = await fetch(callbackUrl).then(
      (response) => response.status,
      () => 'refused',
    );

    assert.deepEqual([first.status, second.status].sort(), [200, 409]);
    assert.equal(connection.subject, testAccountId);
    assert.equal(later, 'refused');
  });

  it('fails with callback_timeout and refuses a callback after the timeout', async () => {
    const pending = await service.beginLogin('local', { timeoutMs: 150 });
    const callbackUrl = await provider.browse(pending.authorizationUrl);

    await assert.rejects(pending.completion, (error: unknown) => {
      assert.ok(isOAuthError(error, 'callback_timeout'));
      // Regression: a sub-second timeout read "within 0 s".
      assert.match(error.message, /within 150 ms;/);
      return true;
    });
    await assert.rejects(fetch(callbackUrl));
    assert.equal(service.connections().length, 0);
  });

  it('reports access_denied from the provider', async () => {
    provider.denyNext = true;
    const pending = await service.beginLogin('local');

    const page = await fetch(await provider.browse(pending.authorizationUrl));

    assert.equal(page.status, 400);
    await assert.rejects(pending.completion, (error: unknown) => {
      assert.ok(isOAuthError(error, 'access_denied'));
      assert.match(error.message, /denied the sign-in/);
      return true;
    });
  });
});
