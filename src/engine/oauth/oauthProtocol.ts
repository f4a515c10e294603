import { RequestType, RequestType0 } from 'vscode-jsonrpc/node';
import type { ConnectionSummary } from './connectionSummary';
import type { DevicePrompt } from './deviceFlow';
import type { RedirectUriFinding } from './redirectUriLint';

/** A configured provider with its connection, for the OAuth Connections view. */
export interface OAuthProviderItem {
  readonly name: string;
  readonly kind: 'openid-connect' | 'oauth2';
  readonly scopes: readonly string[];
  readonly publicClient: boolean;
  readonly redirectFindings: readonly RedirectUriFinding[];
  readonly connection: ConnectionSummary | null;
  /** True while a sign-in for this provider waits for its browser callback. */
  readonly loginPending: boolean;
}

export interface OAuthListResult {
  readonly providers: readonly OAuthProviderItem[];
}

export interface OAuthProviderParams {
  readonly provider: string;
}

/**
 * The result of `oauth/beginLogin`. The loopback server already listens, but nothing has been
 * opened: the face first checks `redirectUri` (through asExternalUri in the editor) and either
 * opens `authorizationUrl` or cancels with `oauth/cancelLogin`.
 */
export interface OAuthBeginLoginResult {
  /** Identifies the sign-in for `oauth/awaitLogin` and `oauth/cancelLogin`. */
  readonly loginId: string;
  /** The authorization URL; its `redirect_uri` is {@link redirectUri}. */
  readonly authorizationUrl: string;
  /** `http://127.0.0.1:<port>/callback` of the listening loopback server. */
  readonly redirectUri: string;
  /** The loopback server's port on 127.0.0.1. */
  readonly port: number;
}

/** How Connect can sign in to a provider. */
export type OAuthLoginFlow = 'browser' | 'device' | 'client_credentials';

/** The result of `oauth/loginOptions`: what Connect may offer, and what to warn about first. */
export interface OAuthLoginOptionsResult {
  /**
   * The flows possible for the provider, the preferred first: only `client_credentials` for a
   * machine-to-machine provider (`"grant": "client_credentials"`), else `browser` and/or
   * `device` as the provider's endpoints allow.
   */
  readonly flows: readonly OAuthLoginFlow[];
  /** Redirect-URI lint findings of severity `error` (the browser flow will likely fail). */
  readonly redirectErrors: readonly RedirectUriFinding[];
}

/** The result of `oauth/loginDevice`: the code to show; await the outcome with `loginId`. */
export interface OAuthDeviceLoginResult extends DevicePrompt {
  /** Identifies the sign-in for `oauth/awaitLogin` and `oauth/cancelLogin`. */
  readonly loginId: string;
}

export interface OAuthLoginParams {
  readonly loginId: string;
}

/** The outcome of a sign-in; `ok: false` carries the OAuthError code and message. */
export type OAuthLoginOutcome =
  | { readonly ok: true; readonly connection: ConnectionSummary }
  | { readonly ok: false; readonly code: string; readonly message: string };

export interface OAuthClaimsResult {
  readonly idToken?: Record<string, unknown>;
  readonly userinfo?: Record<string, unknown>;
}

export interface OAuthDisconnectResult {
  readonly revoked: number;
  readonly note?: string;
}

/** Providers and their connections (no tokens). */
export const oauthListRequest = new RequestType<Record<string, never>, OAuthListResult, void>(
  'oauth/list',
);
/** The flows Connect may use for a provider, and the redirect-URI errors to warn about. */
export const oauthLoginOptionsRequest = new RequestType<
  OAuthProviderParams,
  OAuthLoginOptionsResult,
  void
>('oauth/loginOptions');
/**
 * Starts a browser sign-in: opens the loopback server and returns its redirect and the URL to
 * open (the engine opens nothing). Completion is announced (topic 'oauth').
 */
export const oauthBeginLoginRequest = new RequestType<
  OAuthProviderParams,
  OAuthBeginLoginResult,
  void
>('oauth/beginLogin');
/**
 * Starts a device-code sign-in (RFC 8628): returns the user code at once and polls in the
 * engine. Await with `oauth/awaitLogin`, cancel with `oauth/cancelLogin`.
 */
export const oauthLoginDeviceRequest = new RequestType<
  OAuthProviderParams,
  OAuthDeviceLoginResult,
  void
>('oauth/loginDevice');
/** Connects a machine-to-machine provider with the client credentials grant. */
export const oauthLoginClientCredentialsRequest = new RequestType<
  OAuthProviderParams,
  ConnectionSummary,
  void
>('oauth/loginClientCredentials');
/** Waits for a sign-in begun with `oauth/beginLogin` or `oauth/loginDevice` to finish. */
export const oauthAwaitLoginRequest = new RequestType<OAuthLoginParams, OAuthLoginOutcome, void>(
  'oauth/awaitLogin',
);
/** Cancels a pending sign-in: its loopback server closes, or device polling stops. */
export const oauthCancelLoginRequest = new RequestType<OAuthLoginParams, void, void>(
  'oauth/cancelLogin',
);
export const oauthRefreshRequest = new RequestType<OAuthProviderParams, ConnectionSummary, void>(
  'oauth/refresh',
);
/** The access token, refreshed first when due: only for "Copy Access Token". */
export const oauthTokenRequest = new RequestType<OAuthProviderParams, string, void>('oauth/token');
export const oauthClaimsRequest = new RequestType<OAuthProviderParams, OAuthClaimsResult, void>(
  'oauth/claims',
);
/** Revokes at the provider, then deletes. */
export const oauthDisconnectRequest = new RequestType<
  OAuthProviderParams & { force?: boolean },
  OAuthDisconnectResult,
  void
>('oauth/disconnect');
/** Engine → extension: the vault key (base64, 32 bytes) from SecretStorage. */
export const oauthVaultKeyRequest = new RequestType0<string, void>('oauth/vaultKey');
