import * as client from 'openid-client';
import type { ConnectionMetadata } from './connectionRepository';
import { runClientCredentialsFlow } from './clientCredentialsFlow';
import { OAuthError } from './oauthError';
import type { ProviderClient } from './providerClient';
import { toGrantError } from './tokenGrant';
import type { OpenedConnection, TokenVault } from './tokenVault';

/** Default margin before expiry at which a token is refreshed, in seconds. */
export const defaultRefreshSkewSeconds = 300;

/** What {@link TokenRefresher} needs. */
export interface TokenRefresherDependencies {
  readonly vault: TokenVault;
  readonly clientFor: (provider: string) => Promise<ProviderClient>;
  /** Refresh margin for a provider, in seconds. */
  readonly skewSecondsFor: (provider: string) => number;
  readonly now: () => number;
  readonly onChange: (
    reason: 'refreshed' | 'deleted',
    metadata: Pick<ConnectionMetadata, 'key' | 'provider'>,
  ) => void;
  /** Counts refresh grants sent, for tests and status. */
  readonly onRefreshSent?: (provider: string) => void;
}

/**
 * Hands out access tokens, refreshing them shortly before they expire. Concurrent callers for
 * one connection share a single refresh (an in-process promise per natural key). Rotated refresh
 * tokens replace the stored one; `invalid_grant` deletes the connection.
 *
 * Across processes (editor engine and a CLI run) nothing is locked: both may refresh at once. When
 * a refresh fails with `invalid_grant`, the row is re-read first; if another process stored newer
 * tokens meanwhile (rotation made ours stale), those are used and nothing is deleted.
 */
export class TokenRefresher {
  private readonly inFlight = new Map<string, Promise<OpenedConnection>>();

  constructor(private readonly dependencies: TokenRefresherDependencies) {}

  /**
   * The current access token of `userId` at `provider`, refreshed first when it expires within
   * the provider's skew.
   * @throws {OAuthError} `not_connected`, `invalid_grant` (connection deleted), `provider_error`, `vault_decrypt`.
   */
  async accessToken(userId: string, provider: string): Promise<string> {
    const opened = await this.openOrThrow(userId, provider);
    if (!this.isDue(opened.metadata)) {
      return opened.tokens.accessToken;
    }

    return (await this.refresh(userId, provider, { onlyIfDue: true })).tokens.accessToken;
  }

  /**
   * Refreshes now (or joins a refresh already running for this connection); with `onlyIfDue`,
   * returns the stored tokens when they are no longer due.
   * @throws {OAuthError} as {@link accessToken}.
   */
  refresh(
    userId: string,
    provider: string,
    options: { onlyIfDue?: boolean } = {},
  ): Promise<OpenedConnection> {
    const key = `${userId}\u0000${provider}`;
    let running = this.inFlight.get(key);
    if (!running) {
      running = this.refreshOnce(userId, provider, options.onlyIfDue ?? false).finally(() =>
        this.inFlight.delete(key),
      );
      this.inFlight.set(key, running);
    }

    return running;
  }

  /** True when the access token expires within the skew (or has expired). */
  isDue(metadata: ConnectionMetadata): boolean {
    if (metadata.expiresAt === undefined) {
      return false;
    }

    return (
      metadata.expiresAt - this.dependencies.skewSecondsFor(metadata.provider) * 1000 <=
      this.dependencies.now()
    );
  }

  private async refreshOnce(
    userId: string,
    provider: string,
    onlyIfDue: boolean,
  ): Promise<OpenedConnection> {
    const { vault, now } = this.dependencies;
    const opened = await this.openOrThrow(userId, provider);
    if (onlyIfDue && !this.isDue(opened.metadata)) {
      // Another caller (or process) refreshed between our read and now.
      return opened;
    }

    const providerClient = await this.dependencies.clientFor(provider);

    if (opened.metadata.grantType === 'client_credentials') {
      this.dependencies.onRefreshSent?.(provider);
      const grant = await runClientCredentialsFlow(providerClient, now);
      return this.store(
        opened,
        { accessToken: grant.accessToken },
        grant.expiresAt,
        grant.scopes,
        grant.tokenType,
      );
    }

    const refreshToken = opened.tokens.refreshToken;
    if (refreshToken === undefined) {
      throw new OAuthError(
        'not_connected',
        `the ${provider} access token cannot be refreshed: the provider issued no refresh token (ask for offline_access or the provider's equivalent); connect again`,
      );
    }

    try {
      this.dependencies.onRefreshSent?.(provider);
      const response = await client.refreshTokenGrant(providerClient.configuration, refreshToken);
      const expiresIn = response.expiresIn();
      const claims = response.claims();
      return this.store(
        opened,
        {
          accessToken: response.access_token,
          // A rotating provider returns a new refresh token and retires the old one.
          refreshToken: response.refresh_token ?? refreshToken,
          idToken: response.id_token ?? opened.tokens.idToken,
          claims: claims === undefined ? opened.tokens.claims : { ...claims },
        },
        expiresIn === undefined ? undefined : now() + expiresIn * 1000,
        typeof response.scope === 'string' && response.scope !== ''
          ? response.scope.split(' ')
          : opened.metadata.scopes,
        response.token_type,
      );
    } catch (error) {
      const failure = toGrantError(
        error,
        provider,
        'refresh token',
        `the connection was deleted: connect again (captain oauth login ${provider})`,
      );
      if (failure.code !== 'invalid_grant') {
        throw failure;
      }

      const current = await vault.open(userId, provider);
      if (current && current.tokens.refreshToken !== refreshToken) {
        return current;
      }

      vault.delete(userId, provider);
      this.dependencies.onChange('deleted', opened.metadata);
      throw failure;
    }
  }

  private async store(
    opened: OpenedConnection,
    tokens: OpenedConnection['tokens'],
    expiresAt: number | undefined,
    scopes: readonly string[],
    tokenType: string | undefined,
  ): Promise<OpenedConnection> {
    const previous = opened.metadata;
    const metadata = await this.dependencies.vault.save(
      {
        userId: previous.userId,
        provider: previous.provider,
        grantType: previous.grantType,
        subject: previous.subject,
        scopes,
        tokenType: tokenType ?? previous.tokenType,
        expiresAt,
        lastRefreshAt: this.dependencies.now(),
        hasRefreshToken: tokens.refreshToken !== undefined,
      },
      tokens,
    );
    this.dependencies.onChange('refreshed', metadata);
    return { metadata, tokens };
  }

  private async openOrThrow(userId: string, provider: string): Promise<OpenedConnection> {
    const opened = await this.dependencies.vault.open(userId, provider);
    if (!opened) {
      throw new OAuthError(
        'not_connected',
        `no ${provider} connection; connect first (captain oauth login ${provider})`,
      );
    }

    return opened;
  }
}
