import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createOAuthCapability } from '../../../src/engine/oauth/oauthCapability';
import {
  oauthAwaitLoginRequest,
  oauthBeginLoginRequest,
  oauthCancelLoginRequest,
  oauthClaimsRequest,
  oauthDisconnectRequest,
  oauthListRequest,
  oauthLoginClientCredentialsRequest,
  oauthLoginDeviceRequest,
  oauthLoginOptionsRequest,
  oauthTokenRequest,
  oauthVaultKeyRequest,
} from '../../../src/engine/oauth/oauthProtocol';
import type { EngineCapability } from '../../../src/engine/engineCapability';
import { createOAuthTestContext, type OAuthTestContext } from './oauthTestContext';
import { startTestProvider, testAccountId, type TestProvider } from './oidcTestProvider';

describe('OAuth capability (JSON-RPC)', () => {
  let provider: TestProvider;
  let context: OAuthTestContext;
  let capability: EngineCapability;
  let engineSide: MessageConnection;
  let editorSide: MessageConnection;
  let keyRequests: number;

  before(async () => {
    provider = await startTestProvider();
  });

  after(async () => {
    await provider.close();
  });

  beforeEach(() => {
    context = createOAuthTestContext(provider.issuer);
    const toEngine = new PassThrough();
    const toEditor = new PassThrough();
    engineSide = createMessageConnection(
      new StreamMessageReader(toEngine),
      new StreamMessageWriter(toEditor),
    );
    editorSide = createMessageConnection(
      new StreamMessageReader(toEditor),
      new StreamMessageWriter(toEngine),
    );
    keyRequests = 0;
    editorSide.onRequest(oauthVaultKeyRequest, () => {
      keyRequests += 1;
      return context.vaultKey.toString('base64');
    });
    capability = createOAuthCapability(context.engine());
    capability.register(engineSide);
    engineSide.listen();
    editorSide.listen();
  });

  afterEach(async () => {
    await capability.dispose();
    engineSide.dispose();
    editorSide.dispose();
    context.dispose();
  });

  it('connects, lists, hands out the token and claims, and disconnects', async () => {
    const begun = await editorSide.sendRequest(oauthBeginLoginRequest, { provider: 'local' });
    const listedWhilePending = await editorSide.sendRequest(oauthListRequest, {});
    const outcomePromise = editorSide.sendRequest(oauthAwaitLoginRequest, {
      loginId: begun.loginId,
    });
    await fetch(await provider.browse(begun.authorizationUrl));
    const outcome = await outcomePromise;
    const listed = await editorSide.sendRequest(oauthListRequest, {});
    const token = await editorSide.sendRequest(oauthTokenRequest, { provider: 'local' });
    const claims = await editorSide.sendRequest(oauthClaimsRequest, { provider: 'local' });
    const disconnected = await editorSide.sendRequest(oauthDisconnectRequest, {
      provider: 'local',
    });

    assert.equal(
      listedWhilePending.providers.find((item) => item.name === 'local')?.loginPending,
      true,
    );
    assert.ok(outcome.ok);
    const local = listed.providers.find((item) => item.name === 'local')!;
    assert.equal(local.connection?.subject, testAccountId);
    assert.equal(JSON.stringify(listed).includes(token), false);
    assert.equal(claims.userinfo?.sub, testAccountId);
    assert.equal(disconnected.revoked, 2);
    assert.equal(keyRequests, 1);
    assert.deepEqual(
      [...new Set(context.changes.map((change) => change.reason))],
      ['login_started', 'connected', 'disconnected'],
    );
  });

  it('offers browser and device for a provider with both endpoints, only client credentials for a machine one', async () => {
    context.config.oauth!.providers!.machine.grant = 'client_credentials';
    context.config.oauth!.providers!.local.registeredRedirectUris = ['http://[::1]/callback'];

    const local = await editorSide.sendRequest(oauthLoginOptionsRequest, { provider: 'local' });
    const machine = await editorSide.sendRequest(oauthLoginOptionsRequest, {
      provider: 'machine',
    });

    assert.deepEqual(local.flows, ['browser', 'device']);
    assert.deepEqual(
      local.redirectErrors.map((finding) => finding.code),
      ['localhost_vs_ip'],
    );
    assert.deepEqual(machine.flows, ['client_credentials']);
  });

  it('reports the listening loopback port with beginLogin, before anything is opened', async () => {
    const begun = await editorSide.sendRequest(oauthBeginLoginRequest, { provider: 'local' });

    assert.equal(begun.redirectUri, `http://127.0.0.1:${begun.port}/callback`);
    const sent = new URL(begun.authorizationUrl).searchParams.get('redirect_uri');
    assert.equal(sent, begun.redirectUri);
    const page = await fetch(`http://127.0.0.1:${begun.port}/other`);
    assert.equal(page.status, 404);
    await editorSide.sendRequest(oauthCancelLoginRequest, { loginId: begun.loginId });
  });

  it('cancels a pending browser sign-in with oauth/cancelLogin and closes its loopback server', async () => {
    const begun = await editorSide.sendRequest(oauthBeginLoginRequest, { provider: 'local' });
    const outcomePromise = editorSide.sendRequest(oauthAwaitLoginRequest, {
      loginId: begun.loginId,
    });

    await editorSide.sendRequest(oauthCancelLoginRequest, { loginId: begun.loginId });
    const outcome = await outcomePromise;

    assert.deepEqual(outcome.ok ? 'connected' : outcome.code, 'cancelled');
    await assert.rejects(fetch(begun.redirectUri), 'the loopback server still answers');
    const listed = await editorSide.sendRequest(oauthListRequest, {});
    const local = listed.providers.find((item) => item.name === 'local')!;
    assert.equal(local.loginPending, false);
    assert.equal(local.connection, null);
  });

  it('connects with oauth/loginDevice: the user code at once, the outcome once approved', async () => {
    const device = await editorSide.sendRequest(oauthLoginDeviceRequest, { provider: 'local' });
    const outcomePromise = editorSide.sendRequest(oauthAwaitLoginRequest, {
      loginId: device.loginId,
    });

    await provider.completeDevice(device.userCode);
    const outcome = await outcomePromise;

    assert.match(device.verificationUri, /^http:\/\/127\.0\.0\.1:\d+\//);
    assert.ok(device.userCode.length > 0);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    assert.equal(outcome.connection.grantType, 'device_code');
    assert.equal(outcome.connection.subject, testAccountId);
  });

  it('stops polling when a device sign-in is cancelled', async () => {
    const deviceGrant = 'urn:ietf:params:oauth:grant-type:device_code';
    const grantsBefore = provider.grants[deviceGrant] ?? 0;
    const device = await editorSide.sendRequest(oauthLoginDeviceRequest, { provider: 'local' });
    const outcomePromise = editorSide.sendRequest(oauthAwaitLoginRequest, {
      loginId: device.loginId,
    });

    await editorSide.sendRequest(oauthCancelLoginRequest, { loginId: device.loginId });

    const outcome = await outcomePromise;
    assert.equal(outcome.ok ? 'connected' : outcome.code, 'cancelled');
    await provider.completeDevice(device.userCode);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(provider.grants[deviceGrant] ?? 0, grantsBefore, 'a cancelled sign-in polled on');
    const rows = context.store.db.prepare('SELECT count(*) AS n FROM oauth_connections').get();
    assert.deepEqual(rows, { n: 0 });
  });

  it('connects a machine provider with oauth/loginClientCredentials', async () => {
    const summary = await editorSide.sendRequest(oauthLoginClientCredentialsRequest, {
      provider: 'machine',
    });

    assert.equal(summary.grantType, 'client_credentials');
    assert.equal(summary.hasRefreshToken, false);
    assert.ok((summary.expiresInSeconds ?? 0) > 0);
  });

  it('answers oauth/loginDevice with the error when the provider has no device endpoint', async () => {
    context.config.oauth!.providers!.local = {
      tokenEndpoint: `${provider.issuer}/token`,
      authorizationEndpoint: `${provider.issuer}/auth`,
      clientId: 'captain-public',
    };

    await assert.rejects(
      editorSide.sendRequest(oauthLoginDeviceRequest, { provider: 'local' }),
      (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.deepEqual(error.data, { code: 'provider_config' });
        assert.match(error.message, /no device authorization endpoint/);
        return true;
      },
    );
  });

  it('answers OAuth failures with a ResponseError carrying the code', async () => {
    await assert.rejects(
      editorSide.sendRequest(oauthTokenRequest, { provider: 'local' }),
      (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.deepEqual(error.data, { code: 'not_connected' });
        return true;
      },
    );
  });
});
