import crypto from 'node:crypto';
import * as client from 'openid-client';
import { naturalKeys } from '../store/naturalKeys';
import type { ConnectionMetadata } from './connectionRepository';
import { runClientCredentialsFlow } from './clientCredentialsFlow';
import { OAuthError } from './oauthError';
import type { ProviderClient } from './providerClient';
import type { RefreshLeaseRepository } from './refreshLeaseRepository';
import { toGrantError } from './tokenGrant';
import type { OpenedConnection, TokenVault } from './tokenVault';

/** Default margin before expiry at which a token is refreshed, in seconds. */
export const defaultRefreshSkewSeconds = 300;

/**
 * Default length of a refresh lease, in ms: twice openid-client's 30 s request timeout, so a live
 * refresher never loses its lease mid-request (which would let another process replay the token).
 */
export const defaultRefreshLeaseMs = 60_000;

/** Default pause between looks at a lease held by another process, in ms. */
export const defaultRefreshLeasePollMs = 100;

/** What {@link TokenRefresher} needs. */
export interface TokenRefresherDependencies {
  readonly vault: TokenVault;
  /** Refresh leases in the shared store; they make a refresh single across processes. */
  readonly leases: RefreshLeaseRepository;
  readonly clientFor: (provider: string) => Promise<ProviderClient>;
  /** Refresh margin for a provider, in seconds. */
  readonly skewSecondsFor: (provider: string) => number;
  readonly now: () => number;
  /** How long a claimed refresh lease lasts, in ms. Default {@link defaultRefreshLeaseMs}. */
  readonly leaseMs?: number;
  /** Pause between looks at another process's lease, in ms. Default {@link defaultRefreshLeasePollMs}. */
  readonly leasePollMs?: number;
  readonly onChange: (
    reason: 'refreshed' | 'deleted',
    metadata: Pick<ConnectionMetadata, 'key' | 'provider'>,
  ) => void;
  /** Counts refresh grants sent, for tests and status. */
  readonly onRefreshSent?: (provider: string) => void;
}

/**
 * Hands out access tokens, refreshing them shortly before they expire. Rotated refresh tokens
 * replace the stored one; `invalid_grant` deletes the connection.
 *
 * A refresh is single for a connection everywhere its store is open. In one process, concurrent
 * callers share one promise per connection. Across processes (the editor's engine and CLI runs on
 * one file) a refresher first claims the connection's lease in `oauth_refresh_leases`
 * (`BEGIN IMMEDIATE`); a process that finds the lease held polls until it is released or expires,
 * then re-reads the sealed tokens and uses them when the holder refreshed them. The lease is
 * released in the transaction that stores the new tokens, or after a failure; a crashed holder's
 * lease expires after `leaseMs`. This matters because with refresh-token rotation a second use of
 * a consumed refresh token is replay, and providers revoke the whole grant for it.
 *
 * When a refresh still fails with `invalid_grant` (a process of an older build refreshed without a
 * lease), the row is re-read first; if newer tokens were stored meanwhile they are used and
 * nothing is deleted.
 */
export class TokenRefresher {
  private readonly inFlight = new Map<string, Promise<OpenedConnection>>();
  /** This refresher's name on the leases it takes: process id and a random part. */
  private readonly leaseOwner = `${process.pid}:${crypto.randomUUID()}`;

  constructor(private readonly dependencies: TokenRefresherDependencies) {}

  /**
   * The current access token of `userId` at `provider`, refreshed first when it expires within
   * the provider's skew.
   * @throws {OAuthError} `not_connected`, `invalid_grant` (connection deleted), `provider_error`,
   * `vault_decrypt`, `refresh_busy` (another process held the refresh lease past the wait).
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
    const seen = await this.openOrThrow(userId, provider);
    if (onlyIfDue && !this.isDue(seen.metadata)) {
      // Another caller (or process) refreshed between our read and now.
      return seen;
    }

    const leaseKey = naturalKeys.oauth(userId, provider);
    await this.claimLease(leaseKey, provider);
    const release = () => this.dependencies.leases.release(leaseKey, this.leaseOwner);
    try {
      // Read again under the lease: another process may have refreshed (and rotated the refresh
      // token) since the first read, and sending the old one now would be replay.
      const opened = await this.openOrThrow(userId, provider);
      const refreshedMeanwhile = opened.tokens.accessToken !== seen.tokens.accessToken;
      if (onlyIfDue ? !this.isDue(opened.metadata) : refreshedMeanwhile) {
        return opened;
      }

      return await this.refreshLeased(opened, provider, release);
    } finally {
      release();
    }
  }

  /**
   * Waits for and takes the refresh lease of `leaseKey`. Polls while another live process holds
   * it; an expired lease is taken over. Gives up after about one lease length.
   * @throws {OAuthError} `refresh_busy`.
   */
  private async claimLease(leaseKey: string, provider: string): Promise<void> {
    const { leases, now } = this.dependencies;
    const leaseMs = this.dependencies.leaseMs ?? defaultRefreshLeaseMs;
    const pollMs = this.dependencies.leasePollMs ?? defaultRefreshLeasePollMs;
    const deadline = now() + leaseMs + pollMs;
    // Bounded in polls as well, so an injected clock that stands still cannot wait forever.
    const maxPolls = Math.ceil((leaseMs + pollMs) / Math.max(pollMs, 1)) + 1;
    for (let poll = 0; poll <= maxPolls; poll += 1) {
      const claim = leases.claim(leaseKey, this.leaseOwner, now(), leaseMs);
      if (claim.claimed) {
        return;
      }
      if (now() >= deadline) {
        break;
      }

      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }

    throw new OAuthError(
      'refresh_busy',
      `another Captain process (the editor or a CLI run) is refreshing the ${provider} token and has not finished; retry in a minute`,
    );
  }

  private async refreshLeased(
    opened: OpenedConnection,
    provider: string,
    release: () => void,
  ): Promise<OpenedConnection> {
    const { vault, now } = this.dependencies;
    const { userId } = opened.metadata;
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
        release,
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
        release,
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
    releaseLease: () => void,
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
      { alongside: releaseLease },
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
