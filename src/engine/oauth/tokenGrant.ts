import type * as client from 'openid-client';
import { describeOpenIdError, oauthErrorCodeOf } from './providerClient';
import { OAuthError } from './oauthError';

/** Tokens and facts from one successful token endpoint response, in our own shape. */
export interface TokenGrant {
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly idToken?: string;
  /** Verified ID token claims (signature, issuer, audience, nonce checked by openid-client). */
  readonly claims?: Record<string, unknown>;
  readonly tokenType?: string;
  /** Absolute expiry of the access token, ms since epoch; undefined without `expires_in`. */
  readonly expiresAt?: number;
  /** Granted scopes; the requested ones when the provider echoes none. */
  readonly scopes: readonly string[];
  /** `sub` of the ID token, when there is one. */
  readonly subject?: string;
}

/** Converts an openid-client token response, timing the expiry with `nowMs`. */
export function toTokenGrant(
  response: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  nowMs: number,
  requestedScopes: readonly string[],
): TokenGrant {
  const claims = response.claims();
  const expiresIn = response.expiresIn();
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    idToken: response.id_token,
    claims: claims === undefined ? undefined : { ...claims },
    tokenType: response.token_type,
    expiresAt: expiresIn === undefined ? undefined : nowMs + expiresIn * 1000,
    scopes:
      typeof response.scope === 'string' && response.scope !== ''
        ? response.scope.split(' ')
        : requestedScopes,
    subject: typeof claims?.sub === 'string' ? claims.sub : undefined,
  };
}

/**
 * Turns an error from a token endpoint call into an {@link OAuthError}: `invalid_grant` keeps
 * its code (callers delete the connection), other provider errors become `provider_error`.
 */
export function toGrantError(
  error: unknown,
  provider: string,
  what: string,
  invalidGrantHint: string,
): OAuthError {
  if (error instanceof Error && error.name === 'OAuthError') {
    return error as OAuthError;
  }

  const code = oauthErrorCodeOf(error);
  if (code === 'invalid_grant') {
    return new OAuthError(
      'invalid_grant',
      `${provider} rejected the ${what} (invalid_grant); ${invalidGrantHint}`,
      { cause: error },
    );
  }

  return new OAuthError(
    'provider_error',
    `${what} at ${provider} failed: ${describeOpenIdError(error)}; check the provider's client settings (client id, secret, allowed grant types)`,
    { cause: error },
  );
}
