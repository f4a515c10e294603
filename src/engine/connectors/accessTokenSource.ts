/**
 * Where the connectors get OAuth access tokens for services whose auth is `{ "oauth": "<provider>" }`.
 * The OAuth capability implements it (refreshing as needed); tests pass a stub.
 */
export interface AccessTokenSource {
  /**
   * A current access token for `provider` (a key of `oauth.providers`).
   * @throws when there is no connection for the provider; the message says how to connect.
   */
  accessToken(provider: string): Promise<string>;
}
