import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { OAuthAccessTokenSource } from '../../../src/engine/connectors/oauthAccessTokenSource';
import { OAuthService } from '../../../src/engine/oauth/oauthService';
import { fixedVaultKeySource } from '../../../src/engine/oauth/vaultKeySource';
import { createResilienceCapability } from '../../../src/engine/resilience/resilienceCapability';
import { ResilienceRuntime } from '../../../src/engine/resilience/resilienceRuntime';
import {
  createResilienceTestContext,
  type ResilienceTestContext,
} from '../resilience/resilienceTestContext';

/** A token endpoint (refresh grant) and an API that answers 200 only to the current bearer. */
class BearerApi {
  currentToken = 'access-1';
  refreshGrants = 0;
  readonly seenTokens: string[] = [];
  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  static async start(): Promise<BearerApi> {
    // The server exists before the object that handles its requests.
    const holder: { api?: BearerApi } = {};
    const server = http.createServer((request, response) => holder.api?.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.api = new BearerApi(server, (server.address() as AddressInfo).port);
    return holder.api;
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.url === '/token') {
        const form = new URLSearchParams(body);
        assert.equal(form.get('grant_type'), 'refresh_token');
        this.refreshGrants += 1;
        this.currentToken = `access-${this.refreshGrants + 1}`;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            access_token: this.currentToken,
            token_type: 'Bearer',
            expires_in: 3600,
            refresh_token: `refresh-${this.refreshGrants + 1}`,
          }),
        );
        return;
      }

      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      this.seenTokens.push(token);
      const ok = token === this.currentToken;
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok }));
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('OAuthAccessTokenSource', () => {
  let api: BearerApi;
  let context: ResilienceTestContext;
  const vaultKey = crypto.randomBytes(32);

  function oauthService(userId = 'tester'): OAuthService {
    return new OAuthService({
      store: context.store,
      config: () => context.config(),
      keySource: fixedVaultKeySource(vaultKey),
      now: () => context.now(),
      userId,
    });
  }

  async function seal(userId: string, expiresInMs: number): Promise<void> {
    await oauthService(userId).vault.save(
      {
        userId,
        provider: 'local',
        grantType: 'authorization_code',
        scopes: ['api'],
        tokenType: 'bearer',
        expiresAt: Date.now() + expiresInMs,
        lastRefreshAt: undefined,
        hasRefreshToken: true,
      },
      { accessToken: 'access-1', refreshToken: 'refresh-1' },
    );
  }

  beforeEach(async () => {
    api = await BearerApi.start();
    const base = `http://127.0.0.1:${api.port}`;
    context = createResilienceTestContext({
      oauth: { providers: { local: { tokenEndpoint: `${base}/token`, clientId: 'captain' } } },
      services: {
        crm: {
          baseUrl: base,
          auth: { oauth: 'local' },
          policies: { retry: { maxAttempts: 1 } },
        },
      },
    });
  });

  afterEach(async () => {
    context.cleanup();
    await api.close();
  });

  it('sends the stored access token as the bearer', async () => {
    await seal('tester', 3_600_000);
    const runtime = new ResilienceRuntime(context, {
      accessTokens: new OAuthAccessTokenSource(() => oauthService()),
    });

    const response = await runtime.http.call({ service: 'crm', method: 'GET', path: '/contacts' });
    runtime.dispose();

    assert.equal(response.status, 200);
    assert.deepEqual(api.seenTokens, ['access-1']);
    assert.equal(api.refreshGrants, 0);
  });

  it('refreshes a token due within the skew before the call', async () => {
    await seal('tester', 10_000);
    api.currentToken = 'access-2';
    const runtime = new ResilienceRuntime(context, {
      accessTokens: new OAuthAccessTokenSource(() => oauthService()),
    });

    const response = await runtime.http.call({ service: 'crm', method: 'GET', path: '/contacts' });
    runtime.dispose();

    assert.equal(response.status, 200);
    assert.equal(api.refreshGrants, 1);
    assert.deepEqual(api.seenTokens, ['access-2']);
  });

  it('says how to connect when the provider has no connection', async () => {
    const source = new OAuthAccessTokenSource(() => oauthService());

    await assert.rejects(source.accessToken('local'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'not_connected');
      assert.match(error.message, /captain oauth login local/);
      return true;
    });
  });

  it('builds the OAuth service only on the first token asked for', async () => {
    let built = 0;
    const source = new OAuthAccessTokenSource(() => {
      built += 1;
      return oauthService();
    });
    await seal('tester', 3_600_000);
    assert.equal(built, 0);

    await source.accessToken('local');
    await source.accessToken('local');

    assert.equal(built, 1);
  });

  it('is the capability default and takes the vault key from the extension at register time', async () => {
    await seal(os.userInfo().username, 3_600_000);
    const capability = createResilienceCapability(context);
    await assert.rejects(
      capability.runtime.http.call({ service: 'crm', method: 'GET', path: '/a' }),
      /no vault key source/,
    );
    let keyRequests = 0;
    const connection = {
      onRequest: () => ({ dispose: () => undefined }),
      sendRequest: async (type: { method: string }) => {
        assert.equal(type.method, 'oauth/vaultKey');
        keyRequests += 1;
        return vaultKey.toString('base64');
      },
    } as unknown as MessageConnection;
    capability.register(connection);

    const first = await capability.runtime.http.call({ service: 'crm', method: 'GET', path: '/a' });
    await capability.runtime.http.call({ service: 'crm', method: 'GET', path: '/b' });
    await capability.dispose();

    assert.equal(first.status, 200);
    assert.equal(keyRequests, 1);
    assert.deepEqual(api.seenTokens, ['access-1', 'access-1']);
  });
});
