import { RequestType, RequestType0 } from 'vscode-jsonrpc/node';
import type { ConnectionSummary } from './connectionSummary';
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

export interface OAuthBeginLoginResult {
  /** Identifies the sign-in for `oauth/cancelLogin`. */
  readonly loginId: string;
  readonly authorizationUrl: string;
  /** `http://127.0.0.1:<port>/callback`: pass through asExternalUri for remote windows. */
  readonly redirectUri: string;
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
/** Starts a browser sign-in; returns the URL at once. Completion is announced (topic 'oauth'). */
export const oauthBeginLoginRequest = new RequestType<
  OAuthProviderParams,
  OAuthBeginLoginResult,
  void
>('oauth/beginLogin');
/** Waits for a sign-in begun with `oauth/beginLogin` to finish (for progress UI). */
export const oauthAwaitLoginRequest = new RequestType<OAuthLoginParams, OAuthLoginOutcome, void>(
  'oauth/awaitLogin',
);
/** Cancels a pending sign-in; its loopback server closes. */
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
