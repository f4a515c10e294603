import os from 'node:os';
import * as client from 'openid-client';
import type { CaptainConfig, OAuthProviderConfig } from '../config/captainConfig';
import type { SecretSource } from '../config/secretReferences';
import type { EngineChange, EngineContext } from '../engineContext';
import type { CaptainStore } from '../store/captainStore';
import {
  beginAuthorizationCodeFlow,
  type AuthorizationCodeFlowOptions,
} from './authorizationCodeFlow';
import { runClientCredentialsFlow } from './clientCredentialsFlow';
import { ConnectionRepository, type ConnectionMetadata } from './connectionRepository';
import { runDeviceFlow, type DeviceFlowOptions } from './deviceFlow';
import { OAuthError } from './oauthError';
import { createProviderClient, describeOpenIdError, type ProviderClient } from './providerClient';
import { RefreshLeaseRepository } from './refreshLeaseRepository';
import { lintRedirectUri, type RedirectUriFinding } from './redirectUriLint';
import type { TokenGrant } from './tokenGrant';
import { defaultRefreshSkewSeconds, TokenRefresher } from './tokenRefresher';
import { TokenVault } from './tokenVault';
import type { VaultKeySource } from './vaultKeySource';

/** What {@link OAuthService} needs; the engine context supplies most of it. */
export interface OAuthServiceOptions {
  readonly store: CaptainStore;
  readonly config: () => CaptainConfig;
  readonly keySource: VaultKeySource;
  readonly env?: NodeJS.ProcessEnv;
  readonly secrets?: SecretSource;
  readonly now?: () => number;
  readonly notify?: (change: EngineChange) => void;
  readonly fetch?: typeof fetch;
  /** The local user the connections belong to (the `{user_id}` of the key). Default the OS user. */
  readonly userId?: string;
}

/** A configured provider, as views list it. */
export interface ProviderSummary {
  readonly name: string;
  readonly kind: 'openid-connect' | 'oauth2';
  readonly scopes: readonly string[];
  readonly publicClient: boolean;
  readonly redirectFindings: readonly RedirectUriFinding[];
}

/** How Connect signs in: see {@link OAuthService.loginFlows}. */
export type LoginFlow = 'browser' | 'device' | 'client_credentials';

/** A browser sign-in in progress; its loopback server listens, nothing has been opened for it. */
export interface PendingLogin {
  readonly authorizationUrl: string;
  readonly redirectUri: string;
  /** The loopback server's port on 127.0.0.1. */
  readonly port: number;
  readonly completion: Promise<ConnectionMetadata>;
  cancel(): void;
}

/** Result of {@link OAuthService.disconnect}. */
export interface DisconnectResult {
  /** Tokens revoked at the provider (RFC 7009). */
  readonly revoked: number;
  /** Why nothing was revoked, when nothing was. */
  readonly note?: string;
}

/**
 * The OAuth capability's core, shared by the CLI and the engine process: signs in with the three
 * flows, keeps connections in the {@link TokenVault}, hands out fresh access tokens, shows claims,
 * and revokes on disconnect. Each state change is announced with topic `oauth`.
 */
export class OAuthService {
  readonly vault: TokenVault;
  readonly refresher: TokenRefresher;
  readonly userId: string;
  private readonly now: () => number;
  private readonly clients = new Map<
    string,
    { fingerprint: string; client: Promise<ProviderClient> }
  >();

  /** The service over an engine context (CLI runs and the engine process). */
  static fromContext(context: EngineContext, keySource: VaultKeySource): OAuthService {
    return new OAuthService({
      store: context.store,
      config: () => context.config(),
      keySource,
      env: context.env,
      secrets: context.secrets,
      now: () => context.now(),
      notify: (change) => context.notify(change),
    });
  }

  constructor(private readonly options: OAuthServiceOptions) {
    this.now = options.now ?? Date.now;
    this.userId = options.userId ?? os.userInfo().username;
    this.vault = new TokenVault(
      new ConnectionRepository(options.store.db),
      options.keySource,
      this.now,
    );
    this.refresher = new TokenRefresher({
      vault: this.vault,
      leases: new RefreshLeaseRepository(options.store.db),
      clientFor: (provider) => this.client(provider),
      skewSecondsFor: (provider) =>
        this.providerConfig(provider).refreshSkewSeconds ?? defaultRefreshSkewSeconds,
      now: this.now,
      onChange: (reason, metadata) => this.announce(reason, metadata.key),
    });
  }

  /** The providers in `captain.config.json`, with redirect-URI findings. */
  providers(): ProviderSummary[] {
    const providers = this.options.config().oauth?.providers ?? {};
    return Object.entries(providers).map(([name, config]) => ({
      name,
      kind:
        config.issuer !== undefined && (config.scopes ?? []).includes('openid')
          ? 'openid-connect'
          : 'oauth2',
      scopes: config.scopes ?? [],
      publicClient: config.clientSecret === undefined,
      redirectFindings: lintRedirectUri(config),
    }));
  }

  /**
   * The flows Connect may use for `provider`, the preferred first: the configured `grant` when
   * there is one, else the browser flow when the provider has an authorization endpoint and the
   * device flow when it has a device endpoint; client credentials when it has neither but a
   * client secret.
   * @throws {OAuthError} `unknown_provider`, `provider_config`, `provider_error` (discovery).
   */
  async loginFlows(provider: string): Promise<LoginFlow[]> {
    const config = this.providerConfig(provider);
    switch (config.grant) {
      case 'client_credentials':
        return ['client_credentials'];
      case 'device_code':
        return ['device'];
      case 'authorization_code':
        return ['browser'];
      default:
        break;
    }

    const metadata = (await this.client(provider)).configuration.serverMetadata();
    const flows: LoginFlow[] = [];
    if (metadata.authorization_endpoint) {
      flows.push('browser');
    }
    if (metadata.device_authorization_endpoint) {
      flows.push('device');
    }
    if (flows.length === 0 && config.clientSecret !== undefined) {
      flows.push('client_credentials');
    }

    return flows;
  }

  /** Redirect-URI lint findings of severity `error` for `provider`. @throws {OAuthError} */
  redirectErrors(provider: string): RedirectUriFinding[] {
    return lintRedirectUri(this.providerConfig(provider)).filter(
      (finding) => finding.severity === 'error',
    );
  }

  /** Metadata of the stored connections of this user (never a token). */
  connections(): ConnectionMetadata[] {
    return this.vault.list().filter((connection) => connection.userId === this.userId);
  }

  /**
   * Starts a browser sign-in (authorization code + PKCE, loopback redirect). The returned
   * `completion` stores the connection and announces it.
   * @throws {OAuthError} `unknown_provider`, `provider_config`, `provider_error`.
   */
  async beginLogin(
    provider: string,
    flow: Omit<AuthorizationCodeFlowOptions, 'port' | 'now'> = {},
  ): Promise<PendingLogin> {
    const config = this.providerConfig(provider);
    const pending = await beginAuthorizationCodeFlow(await this.client(provider), {
      ...flow,
      port: config.redirectPort,
      now: this.now,
    });
    const completion = pending.completion.then((grant) =>
      this.save(provider, 'authorization_code', grant),
    );
    completion.catch(() => undefined);
    return {
      authorizationUrl: pending.authorizationUrl,
      redirectUri: pending.redirectUri,
      port: pending.server.port,
      completion,
      cancel: pending.cancel,
    };
  }

  /** Signs in with the device authorization grant. @throws {OAuthError} */
  async loginWithDevice(
    provider: string,
    flow: Omit<DeviceFlowOptions, 'now'>,
  ): Promise<ConnectionMetadata> {
    const grant = await runDeviceFlow(await this.client(provider), { ...flow, now: this.now });
    return this.save(provider, 'device_code', grant);
  }

  /** Gets a machine token with the client credentials grant. @throws {OAuthError} */
  async loginWithClientCredentials(provider: string): Promise<ConnectionMetadata> {
    if (this.providerConfig(provider).clientSecret === undefined) {
      throw new OAuthError(
        'provider_config',
        `oauth provider "${provider}" has no clientSecret; client credentials need a confidential client`,
      );
    }

    const grant = await runClientCredentialsFlow(await this.client(provider), this.now);
    return this.save(provider, 'client_credentials', grant);
  }

  /** A valid access token, refreshed first when due. @throws {OAuthError} */
  accessToken(provider: string): Promise<string> {
    return this.refresher.accessToken(this.userId, provider);
  }

  /** Refreshes now. @throws {OAuthError} */
  async refresh(provider: string): Promise<ConnectionMetadata> {
    return (await this.refresher.refresh(this.userId, provider)).metadata;
  }

  /**
   * "Who is this": the verified ID token claims stored at sign-in and, when the provider has a
   * userinfo endpoint, its answer for the current token.
   * @throws {OAuthError} `not_connected`, `provider_error`.
   */
  async claims(
    provider: string,
  ): Promise<{ idToken?: Record<string, unknown>; userinfo?: Record<string, unknown> }> {
    const opened = await this.vault.open(this.userId, provider);
    if (!opened) {
      throw new OAuthError(
        'not_connected',
        `no ${provider} connection; connect first (captain oauth login ${provider})`,
      );
    }

    const providerClient = await this.client(provider);
    if (
      !providerClient.configuration.serverMetadata().userinfo_endpoint ||
      opened.metadata.grantType === 'client_credentials'
    ) {
      return { idToken: opened.tokens.claims };
    }

    const accessToken = await this.accessToken(provider);
    try {
      const userinfo = await client.fetchUserInfo(
        providerClient.configuration,
        accessToken,
        opened.metadata.subject ?? client.skipSubjectCheck,
      );
      return { idToken: opened.tokens.claims, userinfo: { ...userinfo } };
    } catch (error) {
      throw new OAuthError(
        'provider_error',
        `userinfo at ${provider} failed: ${describeOpenIdError(error)}; the token may lack the openid/profile scope`,
        { cause: error },
      );
    }
  }

  /**
   * Revokes the refresh and access tokens (RFC 7009), then deletes the connection. When the
   * provider cannot be reached the connection is kept so the user can retry, unless `force`.
   * @throws {OAuthError} `not_connected`, `provider_error`.
   */
  async disconnect(provider: string, options: { force?: boolean } = {}): Promise<DisconnectResult> {
    const opened = await this.vault.open(this.userId, provider).catch((error: unknown) => {
      if (options.force) {
        return undefined;
      }
      throw error;
    });
    const metadata = this.vault.metadata(this.userId, provider);
    if (!metadata) {
      throw new OAuthError('not_connected', `no ${provider} connection to disconnect`);
    }

    let result: DisconnectResult = {
      revoked: 0,
      note: 'the stored tokens could not be opened, so none was revoked',
    };
    if (opened) {
      try {
        result = await this.revoke(provider, opened.tokens);
      } catch (error) {
        if (!options.force) {
          throw error;
        }
        result = { revoked: 0, note: (error as Error).message };
      }
    }

    this.vault.delete(this.userId, provider);
    this.announce('disconnected', metadata.key);
    return result;
  }

  private async revoke(
    provider: string,
    tokens: { accessToken: string; refreshToken?: string },
  ): Promise<DisconnectResult> {
    const providerClient = await this.client(provider);
    if (!providerClient.configuration.serverMetadata().revocation_endpoint) {
      return {
        revoked: 0,
        note: `${provider} has no revocation endpoint; its tokens stay valid until they expire`,
      };
    }

    const pending: Array<[string, string]> = [];
    if (tokens.refreshToken !== undefined) {
      pending.push([tokens.refreshToken, 'refresh_token']);
    }
    pending.push([tokens.accessToken, 'access_token']);
    for (const [token, hint] of pending) {
      try {
        await client.tokenRevocation(providerClient.configuration, token, {
          token_type_hint: hint,
        });
      } catch (error) {
        throw new OAuthError(
          'provider_error',
          `revoking the ${provider} ${hint.replace('_', ' ')} failed: ${describeOpenIdError(error)}; the connection is kept: retry, or disconnect with --force to forget it locally`,
          { cause: error },
        );
      }
    }

    return { revoked: pending.length };
  }

  private async save(
    provider: string,
    grantType: ConnectionMetadata['grantType'],
    grant: TokenGrant,
  ): Promise<ConnectionMetadata> {
    const metadata = await this.vault.save(
      {
        userId: this.userId,
        provider,
        grantType,
        subject: grant.subject,
        scopes: grant.scopes,
        tokenType: grant.tokenType,
        expiresAt: grant.expiresAt,
        lastRefreshAt: undefined,
        hasRefreshToken: grant.refreshToken !== undefined,
      },
      {
        accessToken: grant.accessToken,
        refreshToken: grant.refreshToken,
        idToken: grant.idToken,
        claims: grant.claims,
      },
    );
    this.announce('connected', metadata.key);
    return metadata;
  }

  /** @throws {OAuthError} `unknown_provider`. */
  providerConfig(provider: string): OAuthProviderConfig {
    const config = this.options.config().oauth?.providers?.[provider];
    if (!config) {
      const known = Object.keys(this.options.config().oauth?.providers ?? {});
      throw new OAuthError(
        'unknown_provider',
        `no oauth provider "${provider}" in captain.config.json (${known.length === 0 ? 'none configured' : `known: ${known.join(', ')}`})`,
      );
    }

    return config;
  }

  private client(provider: string): Promise<ProviderClient> {
    const config = this.providerConfig(provider);
    const fingerprint = JSON.stringify(config);
    const cached = this.clients.get(provider);
    if (cached && cached.fingerprint === fingerprint) {
      return cached.client;
    }

    const created = createProviderClient(provider, config, {
      env: this.options.env,
      secrets: this.options.secrets,
      fetch: this.options.fetch,
    });
    // A failed discovery is retried on the next call, not cached.
    created.catch(() => this.clients.delete(provider));
    this.clients.set(provider, { fingerprint, client: created });
    return created;
  }

  private announce(reason: string, key: string): void {
    this.options.notify?.({ topic: 'oauth', reason, key });
  }
}
