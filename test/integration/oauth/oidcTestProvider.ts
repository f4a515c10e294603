import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Client ids registered at the test provider. */
export const publicClientId = 'captain-public';
export const machineClientId = 'captain-machine';
export const machineClientSecret = 'machine-secret-for-tests-only-0123456789';
export const testAccountId = 'user-1';

/** A real oidc-provider on 127.0.0.1 with interactions completed by code, not a person. */
export interface TestProvider {
  readonly issuer: string;
  /** Successful grants at the token endpoint, by grant_type. */
  readonly grants: Record<string, number>;
  /** Failed grants at the token endpoint (a replayed refresh token among them), by grant_type. */
  readonly grantErrors: Record<string, number>;
  /** Holds every token endpoint request this long before the provider sees it, in ms. Default 0. */
  tokenEndpointDelayMs: number;
  /** Parameters of every authorization request the provider accepted. */
  readonly authorizationRequests: Array<Record<string, unknown>>;
  /** Makes the next interaction answer `access_denied`. */
  denyNext: boolean;
  /** Follows redirects like a browser (cookies kept in a Map) until a 127.0.0.1 /callback URL. */
  browse(url: string): Promise<string>;
  /** Approves (or denies) a device code as the user would at the verification page. */
  completeDevice(userCode: string, outcome?: 'approve' | 'deny'): Promise<void>;
  close(): Promise<void>;
}

/** Options for {@link startTestProvider}. */
export interface TestProviderOptions {
  /** Access token lifetime, in seconds. Default 3600. */
  readonly accessTokenTtlSeconds?: number;
}

/**
 * Starts oidc-provider v9 (ESM-only, so loaded with a dynamic import) on an ephemeral
 * 127.0.0.1 port: PKCE required, refresh tokens always issued and rotated on every use, device
 * flow, client credentials and revocation enabled, and its own minimal interaction routes that
 * log in `user-1` and grant whatever was asked.
 */
export async function startTestProvider(options: TestProviderOptions = {}): Promise<TestProvider> {
  const { default: Provider } = await import('oidc-provider');
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const grants: Record<string, number> = {};
  const grantErrors: Record<string, number> = {};
  const authorizationRequests: Array<Record<string, unknown>> = [];

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: publicClientId,
        token_endpoint_auth_method: 'none',
        application_type: 'native',
        redirect_uris: ['http://127.0.0.1/callback'],
        grant_types: [
          'authorization_code',
          'refresh_token',
          'urn:ietf:params:oauth:grant-type:device_code',
        ],
        response_types: ['code'],
      },
      {
        client_id: machineClientId,
        client_secret: machineClientSecret,
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
    ],
    async findAccount(_ctx: unknown, id: string) {
      return {
        accountId: id,
        claims: async () => ({ sub: id, name: 'Dev Eloper', email: 'dev@example.test' }),
      };
    },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    features: {
      devInteractions: { enabled: false },
      deviceFlow: { enabled: true },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    pkce: { required: () => true },
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 3600,
      ClientCredentials: options.accessTokenTtlSeconds ?? 3600,
      IdToken: 3600,
      RefreshToken: 86400,
      DeviceCode: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 86400,
      AuthorizationCode: 60,
    },
    cookies: { keys: ['captain-test-cookie-key'] },
  } as never);
  provider.on('grant.success', (ctx: { oidc: { params: { grant_type: string } } }) => {
    const type = ctx.oidc.params.grant_type;
    grants[type] = (grants[type] ?? 0) + 1;
  });
  provider.on('grant.error', (ctx: { oidc?: { params?: { grant_type?: string } } }) => {
    const type = ctx.oidc?.params?.grant_type ?? 'unknown';
    grantErrors[type] = (grantErrors[type] ?? 0) + 1;
  });
  provider.on('authorization.accepted', (ctx: { oidc: { params: Record<string, unknown> } }) => {
    authorizationRequests.push({ ...ctx.oidc.params });
  });

  const callback = provider.callback();
  const state: TestProvider = {
    issuer,
    grants,
    grantErrors,
    tokenEndpointDelayMs: 0,
    authorizationRequests,
    denyNext: false,
    browse: (url) => browse(url),
    completeDevice: (userCode, outcome = 'approve') => completeDevice(provider, userCode, outcome),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  server.on('request', (request, response) => {
    if (request.url?.startsWith('/interaction/')) {
      interact(provider, state, request, response).catch((error: Error) => {
        response.writeHead(500).end(error.message);
      });
      return;
    }
    if (request.method === 'POST' && request.url === '/token' && state.tokenEndpointDelayMs > 0) {
      setTimeout(() => callback(request, response), state.tokenEndpointDelayMs);
      return;
    }
    callback(request, response);
  });

  return state;
}

type ProviderInstance = InstanceType<(typeof import('oidc-provider'))['default']>;

async function interact(
  provider: ProviderInstance,
  state: TestProvider,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(request, response);
  if (state.denyNext) {
    state.denyNext = false;
    await provider.interactionFinished(
      request,
      response,
      { error: 'access_denied', error_description: 'End-User aborted interaction' },
      { mergeWithLastSubmission: false },
    );
    return;
  }

  if (details.prompt.name === 'login') {
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: testAccountId } },
      { mergeWithLastSubmission: false },
    );
    return;
  }

  const grant = details.grantId
    ? (await provider.Grant.find(details.grantId))!
    : new provider.Grant({
        accountId: details.session!.accountId,
        clientId: details.params.client_id as string,
      });
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
  };
  if (missing.missingOIDCScope) {
    grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  }
  if (missing.missingOIDCClaims) {
    grant.addOIDCClaims(missing.missingOIDCClaims);
  }
  const grantId = await grant.save();
  await provider.interactionFinished(
    request,
    response,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

async function completeDevice(
  provider: ProviderInstance,
  userCode: string,
  outcome: 'approve' | 'deny',
): Promise<void> {
  const normalized = userCode.toUpperCase().replace(/\W/g, '');
  const code = await provider.DeviceCode.findByUserCode(normalized, { ignoreExpiration: true });
  if (!code) {
    throw new Error(`no device code for user code ${userCode}`);
  }

  if (outcome === 'deny') {
    Object.assign(code, {
      error: 'access_denied',
      errorDescription: 'End-User aborted interaction',
    });
  } else {
    const scope = String((code.params as Record<string, unknown>).scope ?? 'openid');
    const grant = new provider.Grant({ accountId: testAccountId, clientId: code.clientId });
    grant.addOIDCScope(scope);
    const grantId = await grant.save();
    Object.assign(code, {
      accountId: testAccountId,
      grantId,
      scope,
      authTime: Math.floor(Date.now() / 1000),
    });
  }
  await code.save();
}

/** A browser without a cookie library: follows redirects by hand, carrying cookies in a Map. */
async function browse(start: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 20; hop += 1) {
    const parsed = new URL(url);
    if (parsed.pathname === '/callback') {
      return url;
    }

    const response = await fetch(url, {
      redirect: 'manual',
      headers:
        jar.size === 0
          ? {}
          : { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) {
        jar.delete(name);
      } else {
        jar.set(name, value);
      }
    }
    const location = response.headers.get('location');
    const body = await response.text();
    if (location === null) {
      throw new Error(
        `browser stuck at ${parsed.pathname} with status ${response.status}: ${body.slice(0, 200)}`,
      );
    }
    url = new URL(location, url).href;
  }

  throw new Error('browser followed 20 redirects without reaching /callback');
}
