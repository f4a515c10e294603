import * as client from 'openid-client';
import type { ProviderClient } from './providerClient';
import { toGrantError, toTokenGrant, type TokenGrant } from './tokenGrant';

/**
 * The client credentials grant (machine to machine): the client authenticates with its own
 * secret, no user is involved and no refresh token is expected; a new token is simply requested.
 * @throws {OAuthError} `provider_error` when the provider refuses (wrong secret, grant not allowed).
 */
export async function runClientCredentialsFlow(
  provider: ProviderClient,
  now: () => number = Date.now,
): Promise<TokenGrant> {
  try {
    const parameters: Record<string, string> = { ...provider.authorizationParams };
    if (provider.scopes.length > 0) {
      parameters.scope = provider.scopes.join(' ');
    }

    const response = await client.clientCredentialsGrant(provider.configuration, parameters);
    return toTokenGrant(response, now(), provider.scopes);
  } catch (error) {
    throw toGrantError(
      error,
      provider.name,
      'client credentials request',
      'check the client secret',
    );
  }
}
