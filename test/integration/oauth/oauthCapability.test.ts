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
  oauthClaimsRequest,
  oauthDisconnectRequest,
  oauthListRequest,
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
