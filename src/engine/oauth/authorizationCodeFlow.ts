import crypto from 'node:crypto';
import * as client from 'openid-client';
import { LoopbackServer } from './loopbackServer';
import { OAuthError } from './oauthError';
import type { ProviderClient } from './providerClient';
import { toGrantError, toTokenGrant, type TokenGrant } from './tokenGrant';

/** Options for {@link beginAuthorizationCodeFlow}. */
export interface AuthorizationCodeFlowOptions {
  /** Opens the authorization URL in a browser (CLI: print + xdg-open; editor: openExternal). */
  readonly openUrl?: (url: string) => void | Promise<void>;
  /** Fixed loopback port (the provider's registered one); 0 or absent picks a free port. */
  readonly port?: number;
  /** How long to wait for the browser, in ms. Default 5 minutes. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Milliseconds since the epoch, for expiry times. Default `Date.now`. */
  readonly now?: () => number;
}

/** A sign-in waiting for its browser callback. */
export interface PendingAuthorization {
  readonly authorizationUrl: string;
  readonly redirectUri: string;
  /** The loopback server (exposed so tests can assert it listens on 127.0.0.1 only). */
  readonly server: LoopbackServer;
  /** Settles once: the tokens, or an {@link OAuthError}. */
  readonly completion: Promise<TokenGrant>;
  /** Stops waiting; `completion` rejects with `cancelled`. */
  cancel(): void;
}

/**
 * Starts the authorization code flow with PKCE (S256, always; there is no switch to omit it) and
 * a one-shot loopback redirect on 127.0.0.1. `state` is always sent and checked, `nonce` for
 * OpenID Connect providers, and `iss` (RFC 9207) whenever the callback carries it or the
 * provider advertises it. Any failure closes the server and fails the sign-in.
 * @throws {OAuthError} `provider_config` when the provider has no authorization endpoint or the port is taken.
 */
export async function beginAuthorizationCodeFlow(
  provider: ProviderClient,
  options: AuthorizationCodeFlowOptions = {},
): Promise<PendingAuthorization> {
  const metadata = provider.configuration.serverMetadata();
  if (!metadata.authorization_endpoint) {
    throw new OAuthError(
      'provider_config',
      `oauth provider "${provider.name}" has no authorization endpoint; add authorizationEndpoint, or use --device / client credentials`,
    );
  }

  const now = options.now ?? Date.now;
  const server = await LoopbackServer.start({
    port: options.port,
    timeoutMs: options.timeoutMs,
    provider: provider.name,
    signal: options.signal,
  });
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = provider.openId ? client.randomNonce() : undefined;
  const parameters: Record<string, string> = {
    ...provider.authorizationParams,
    redirect_uri: server.redirectUri,
    response_type: 'code',
    scope: provider.scopes.join(' '),
    state,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ...(nonce === undefined ? {} : { nonce }),
  };
  const authorizationUrl = client.buildAuthorizationUrl(provider.configuration, parameters).href;

  const completion = (async () => {
    try {
      const callback = await server.waitForCallback();
      try {
        const grant = await exchange(provider, callback.url, { state, nonce, codeVerifier }, now);
        callback.respond({
          outcome: 'success',
          title: 'Signed in',
          detail: `API Integration Captain is now connected to ${provider.name}.`,
        });
        return grant;
      } catch (error) {
        const failure =
          error instanceof OAuthError
            ? error
            : toGrantError(error, provider.name, 'authorization code', 'start the sign-in again');
        callback.respond({ outcome: 'failure', title: 'Sign-in failed', detail: failure.message });
        throw failure;
      }
    } finally {
      server.close();
    }
  })();
  completion.catch(() => undefined);

  if (options.openUrl) {
    try {
      await options.openUrl(authorizationUrl);
    } catch {
      // The URL is also returned to the caller, who shows it; a browser that fails to open is not fatal.
    }
  }

  return {
    authorizationUrl,
    redirectUri: server.redirectUri,
    server,
    completion,
    cancel: () => server.close(),
  };
}

async function exchange(
  provider: ProviderClient,
  callbackUrl: URL,
  expected: { state: string; nonce?: string; codeVerifier: string },
  now: () => number,
): Promise<TokenGrant> {
  const parameters = callbackUrl.searchParams;
  const state = parameters.get('state');
  if (state === null || !constantTimeEqual(state, expected.state)) {
    throw new OAuthError(
      'state_mismatch',
      `the ${provider.name} callback carried ${state === null ? 'no state' : 'a state this sign-in did not send'}; the callback may be forged or from an older sign-in: start the sign-in again`,
    );
  }

  const issuer = parameters.get('iss');
  const issAdvertised =
    provider.configuration.serverMetadata().authorization_response_iss_parameter_supported === true;
  if ((issuer !== null && issuer !== provider.issuer) || (issuer === null && issAdvertised)) {
    throw new OAuthError(
      'iss_mismatch',
      `the ${provider.name} callback names issuer ${JSON.stringify(issuer)} but this sign-in went to ${provider.issuer} (RFC 9207); another provider answered (mix-up): check the issuer in captain.config.json and start again`,
    );
  }

  const error = parameters.get('error');
  if (error !== null) {
    const description = parameters.get('error_description');
    const detail = description === null ? error : `${error}: ${description}`;
    throw error === 'access_denied'
      ? new OAuthError(
          'access_denied',
          `${provider.name} denied the sign-in (${detail}); approve the consent screen, or check the user may use this client`,
        )
      : new OAuthError(
          'authorization_error',
          `${provider.name} answered the sign-in with an error (${detail}); check the client's redirect URIs, scopes and PKCE settings at the provider`,
        );
  }

  try {
    const response = await client.authorizationCodeGrant(provider.configuration, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: provider.openId,
    });
    return toTokenGrant(response, now(), provider.scopes);
  } catch (cause) {
    throw toGrantError(
      cause,
      provider.name,
      'authorization code',
      "the code was already used, expired, or does not match this sign-in's PKCE verifier: start the sign-in again",
    );
  }
}

function constantTimeEqual(actual: string, expected: string): boolean {
  const left = Buffer.from(actual, 'utf8');
  const right = Buffer.from(expected, 'utf8');
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
