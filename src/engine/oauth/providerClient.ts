import * as client from 'openid-client';
import type { OAuthProviderConfig } from '../config/captainConfig';
import { resolveSecretValue, type SecretSource } from '../config/secretReferences';
import { OAuthError } from './oauthError';

/** What {@link createProviderClient} needs besides the provider's config. */
export interface ProviderClientOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly secrets?: SecretSource;
  /** Fetch used for every request to the provider; injectable for tests. Default global fetch. */
  readonly fetch?: typeof fetch;
  /** Per-request timeout, in seconds. Default 30 (openid-client's default). */
  readonly requestTimeoutSeconds?: number;
}

/** A provider ready for openid-client calls. */
export interface ProviderClient {
  readonly name: string;
  readonly configuration: client.Configuration;
  /** The issuer identifier the `iss` callback parameter must equal. */
  readonly issuer: string;
  /** True when the provider speaks OpenID Connect (an issuer with discovery, `openid` scope). */
  readonly openId: boolean;
  readonly scopes: readonly string[];
  readonly authorizationParams: Readonly<Record<string, string>>;
}

/** True for `http://127.0.0.1`, `http://[::1]` and `http://localhost` URLs. */
export function isLoopbackHttpUrl(value: string): boolean {
  const url = new URL(value);
  return url.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
}

/**
 * Builds an openid-client configuration for one provider: discovery when it has an `issuer`,
 * else the endpoints it lists (plain OAuth 2.0 providers such as GitHub). A client secret, when
 * configured, is resolved now (`${env:…}`/`${secret:…}`) and sent with client_secret_post;
 * without one the client is public and authenticates with PKCE only.
 * @throws {OAuthError} `provider_config` for an unusable config, `provider_error` when discovery fails.
 */
export async function createProviderClient(
  name: string,
  config: OAuthProviderConfig,
  options: ProviderClientOptions = {},
): Promise<ProviderClient> {
  const sources = { env: options.env, secrets: options.secrets };
  const clientId = await resolveSecretValue(config.clientId, sources);
  const clientSecret =
    config.clientSecret === undefined
      ? undefined
      : await resolveSecretValue(config.clientSecret, sources);
  const auth = clientSecret === undefined ? client.None() : client.ClientSecretPost(clientSecret);
  const metadata: Partial<client.ClientMetadata> =
    clientSecret === undefined ? {} : { client_secret: clientSecret };
  const execute: Array<(configuration: client.Configuration) => void> = [];
  const base = config.issuer ?? config.tokenEndpoint ?? config.authorizationEndpoint;
  if (base === undefined) {
    throw new OAuthError(
      'provider_config',
      `oauth provider "${name}" needs an issuer or a tokenEndpoint in captain.config.json`,
    );
  }

  if (isLoopbackHttpUrl(base)) {
    // DANGEROUS SWITCH: plain-HTTP requests are allowed only for loopback providers (local test
    // servers); any other http:// provider is refused by openid-client.
    execute.push(client.allowInsecureRequests);
  }

  let configuration: client.Configuration;
  if (config.issuer !== undefined) {
    try {
      configuration = await client.discovery(new URL(config.issuer), clientId, metadata, auth, {
        execute,
        ...(options.fetch ? { [client.customFetch]: options.fetch as client.CustomFetch } : {}),
        timeout: options.requestTimeoutSeconds,
      });
    } catch (error) {
      throw new OAuthError(
        'provider_error',
        `discovery failed for oauth provider "${name}" at ${config.issuer}: ${describeOpenIdError(error)}; check the issuer URL (its /.well-known/openid-configuration must be reachable)`,
        { cause: error },
      );
    }
  } else {
    const server: client.ServerMetadata = {
      issuer: new URL(base).origin,
      authorization_endpoint: config.authorizationEndpoint,
      token_endpoint: config.tokenEndpoint,
      device_authorization_endpoint: config.deviceAuthorizationEndpoint,
      revocation_endpoint: config.revocationEndpoint,
      userinfo_endpoint: config.userinfoEndpoint,
    };
    configuration = new client.Configuration(server, clientId, metadata, auth);
    for (const step of execute) {
      step(configuration);
    }
    if (options.fetch) {
      configuration[client.customFetch] = options.fetch as client.CustomFetch;
    }
    if (options.requestTimeoutSeconds !== undefined) {
      configuration.timeout = options.requestTimeoutSeconds;
    }
  }

  const scopes = config.scopes ?? [];
  return {
    name,
    configuration,
    issuer: configuration.serverMetadata().issuer,
    openId: config.issuer !== undefined && scopes.includes('openid'),
    scopes,
    authorizationParams: config.authorizationParams ?? {},
  };
}

/**
 * A short, token-free description of an openid-client / oauth4webapi error: the OAuth `error`
 * code and description when the provider sent one, else the message.
 */
export function describeOpenIdError(error: unknown): string {
  const oauthError = error as { error?: unknown; error_description?: unknown; message?: unknown };
  if (typeof oauthError.error === 'string') {
    const description =
      typeof oauthError.error_description === 'string' ? ` (${oauthError.error_description})` : '';
    return `${oauthError.error}${description}`;
  }

  return typeof oauthError.message === 'string' ? oauthError.message : String(error);
}

/** The OAuth `error` code carried by an openid-client error, if any. */
export function oauthErrorCodeOf(error: unknown): string | undefined {
  const code = (error as { error?: unknown }).error;
  return typeof code === 'string' ? code : undefined;
}
