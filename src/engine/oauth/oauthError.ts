import { CaptainError } from '../errors';

/**
 * Stable codes of {@link OAuthError}. Branch on these, never on the message.
 * - `state_mismatch`: the callback's `state` is missing or is not the one this flow sent.
 * - `iss_mismatch`: the callback's `iss` (RFC 9207) names another issuer.
 * - `callback_timeout`: no callback reached the loopback server in time.
 * - `access_denied`: the user or the provider declined the request.
 * - `authorization_error`: another error response on the redirect (`error=` in the callback).
 * - `invalid_grant`: the provider rejected a code or refresh token; the connection is gone.
 * - `not_connected`: no stored connection for that provider.
 * - `unknown_provider`: the provider is not in `captain.config.json`.
 * - `provider_config`: the provider's config cannot drive the requested flow.
 * - `provider_error`: the provider answered with another OAuth error or could not be reached.
 * - `vault_key`: the vault key is missing, malformed or exposed.
 * - `vault_decrypt`: a stored connection does not decrypt with this key.
 * - `cancelled`: the caller cancelled the flow.
 * - `refresh_busy`: another process held the connection's refresh lease longer than the wait.
 */
export type OAuthErrorCode =
  | 'state_mismatch'
  | 'iss_mismatch'
  | 'callback_timeout'
  | 'access_denied'
  | 'authorization_error'
  | 'invalid_grant'
  | 'not_connected'
  | 'unknown_provider'
  | 'provider_config'
  | 'provider_error'
  | 'vault_key'
  | 'vault_decrypt'
  | 'cancelled'
  | 'refresh_busy';

/**
 * An OAuth failure the user can act on. Messages name the provider and what to check next and
 * never contain a token, code, verifier or secret.
 */
export class OAuthError extends CaptainError {
  declare readonly code: OAuthErrorCode;

  constructor(code: OAuthErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'OAuthError';
  }
}

/** True for an {@link OAuthError}, optionally of one code. */
export function isOAuthError(error: unknown, code?: OAuthErrorCode): error is OAuthError {
  return (
    error instanceof Error &&
    error.name === 'OAuthError' &&
    (code === undefined || (error as OAuthError).code === code)
  );
}
