import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { EngineContext } from '../engineContext';
import { OAuthError } from '../oauth/oauthError';
import { oauthVaultKeyRequest } from '../oauth/oauthProtocol';
import { OAuthService } from '../oauth/oauthService';
import { parseVaultKey, type VaultKeySource } from '../oauth/vaultKeySource';
import { ResilienceError } from '../resilience/resilienceError';
import type { AccessTokenSource } from './accessTokenSource';

/**
 * Access tokens for services whose auth is `{ "oauth": "<provider>" }`, taken from the OAuth vault
 * through {@link OAuthService.accessToken} (which refreshes a token due within the provider's skew).
 * The service is built on the first token asked for, so a call to a service without OAuth never
 * reads the vault key (no key file created, no round trip to the editor).
 */
export class OAuthAccessTokenSource implements AccessTokenSource {
  private service: OAuthService | undefined;

  /**
   * @param createService builds the OAuth service on first use; returns undefined while the vault
   * key has no source yet (the engine process before its connection is registered).
   */
  constructor(private readonly createService: () => OAuthService | undefined) {}

  /**
   * A source over `context` with the vault key from `keySource()`, looked up lazily so the engine
   * process can supply it at `register(connection)` time.
   */
  static forContext(
    context: EngineContext,
    keySource: () => VaultKeySource | undefined,
  ): OAuthAccessTokenSource {
    return new OAuthAccessTokenSource(() => {
      const source = keySource();
      return source && OAuthService.fromContext(context, source);
    });
  }

  /**
   * @throws {OAuthError} `not_connected` (the message names `captain oauth login`), `invalid_grant`,
   * `vault_key`, `provider_error`; {@link ResilienceError} `service_misconfigured` when no vault
   * key source exists yet.
   */
  accessToken(provider: string): Promise<string> {
    this.service ??= this.createService();
    if (!this.service) {
      return Promise.reject(
        new ResilienceError(
          'service_misconfigured',
          `OAuth provider "${provider}" cannot be used yet: the engine has no vault key source (is the editor connected?)`,
        ),
      );
    }

    return this.service.accessToken(provider);
  }
}

/**
 * The engine process's vault key: asked from the extension (SecretStorage) with `oauth/vaultKey`
 * on first use and kept for the life of the process; a failed request is asked again next time.
 */
export function extensionVaultKeySource(connection: MessageConnection): VaultKeySource {
  let pending: Promise<Buffer> | undefined;
  const ask = async (): Promise<Buffer> => {
    try {
      const encoded = await connection.sendRequest(oauthVaultKeyRequest);
      return parseVaultKey(encoded, 'the vault key from SecretStorage');
    } catch (error) {
      pending = undefined;
      if (error instanceof OAuthError) {
        throw error;
      }
      throw new OAuthError(
        'vault_key',
        `the editor did not hand over the vault key (${(error as Error).message}); reload the window and try again`,
        { cause: error },
      );
    }
  };
  return {
    description: "the editor's SecretStorage",
    key: () => (pending ??= ask()),
  };
}
