import crypto from 'node:crypto';
import { ResponseError, type MessageConnection } from 'vscode-jsonrpc/node';
import type { EngineCapability } from '../engineCapability';
import type { EngineContext } from '../engineContext';
import { summarizeConnection } from './connectionSummary';
import { isOAuthError, OAuthError } from './oauthError';
import {
  oauthAwaitLoginRequest,
  oauthBeginLoginRequest,
  oauthCancelLoginRequest,
  oauthClaimsRequest,
  oauthDisconnectRequest,
  oauthListRequest,
  oauthLoginClientCredentialsRequest,
  oauthLoginDeviceRequest,
  oauthLoginOptionsRequest,
  oauthRefreshRequest,
  oauthTokenRequest,
  oauthVaultKeyRequest,
  type OAuthLoginOutcome,
} from './oauthProtocol';
import type { ConnectionMetadata } from './connectionRepository';
import type { DevicePrompt } from './deviceFlow';
import { OAuthService } from './oauthService';
import { parseVaultKey, type VaultKeySource } from './vaultKeySource';

/** JSON-RPC error code for OAuth failures; `data` carries `{ code }` (the OAuthError code). */
export const oauthResponseErrorCode = -32010;

/** Options for {@link createOAuthCapability}. */
export interface OAuthCapabilityOptions {
  /**
   * Where the vault key comes from. Default: ask the extension with `oauth/vaultKey` (it keeps
   * the key in SecretStorage). The CLI's server mode passes the key-file source instead.
   */
  readonly keySource?: VaultKeySource;
}

/**
 * The OAuth capability of the engine process: list, login options, sign in (browser, device code
 * or client credentials; completion announced on topic 'oauth'), cancel, refresh, token, claims,
 * disconnect. Pending sign-ins are cancelled on dispose, which closes their loopback servers and
 * stops device polling.
 */
export function createOAuthCapability(
  context: EngineContext,
  options: OAuthCapabilityOptions = {},
): EngineCapability {
  const pending = new Map<
    string,
    { provider: string; cancel: () => void; outcome: Promise<OAuthLoginOutcome> }
  >();

  /** Tracks a sign-in under a new id until it settles. */
  const track = (
    provider: string,
    completion: Promise<ConnectionMetadata>,
    cancel: () => void,
  ): string => {
    const loginId = crypto.randomUUID();
    const outcome: Promise<OAuthLoginOutcome> = completion.then(
      (metadata) => ({ ok: true, connection: summarizeConnection(metadata, context.now()) }),
      (error: unknown) => {
        const failure = isOAuthError(error)
          ? error
          : new OAuthError('provider_error', (error as Error).message);
        context.log('warn', 'OAuth', `sign-in to ${provider} failed: ${failure.code}`);
        context.notify({ topic: 'oauth', reason: 'login_failed', key: provider });
        return { ok: false, code: failure.code, message: failure.message };
      },
    );
    pending.set(loginId, { provider, cancel, outcome });
    void outcome.finally(() => pending.delete(loginId));
    context.notify({ topic: 'oauth', reason: 'login_started', key: provider });
    return loginId;
  };
  let service: OAuthService | undefined;

  const serviceFor = (connection: MessageConnection): OAuthService => {
    service ??= OAuthService.fromContext(
      context,
      options.keySource ?? extensionKeySource(connection),
    );
    return service;
  };

  return {
    name: 'oauth',
    register(connection) {
      const handle =
        <P, R>(work: (oauth: OAuthService, params: P) => Promise<R> | R) =>
        async (params: P): Promise<R> => {
          try {
            return await work(serviceFor(connection), params);
          } catch (error) {
            throw toResponseError(error);
          }
        };

      connection.onRequest(
        oauthListRequest,
        handle((oauth) => {
          const connections = new Map(oauth.connections().map((item) => [item.provider, item]));
          const waiting = new Set([...pending.values()].map((item) => item.provider));
          return {
            providers: oauth.providers().map((provider) => {
              const stored = connections.get(provider.name);
              return {
                ...provider,
                connection:
                  stored === undefined ? null : summarizeConnection(stored, context.now()),
                loginPending: waiting.has(provider.name),
              };
            }),
          };
        }),
      );
      connection.onRequest(
        oauthLoginOptionsRequest,
        handle(async (oauth, { provider }) => ({
          flows: await oauth.loginFlows(provider),
          redirectErrors: oauth.redirectErrors(provider),
        })),
      );
      connection.onRequest(
        oauthBeginLoginRequest,
        handle(async (oauth, { provider }) => {
          const login = await oauth.beginLogin(provider);
          const loginId = track(provider, login.completion, login.cancel);
          return {
            loginId,
            authorizationUrl: login.authorizationUrl,
            redirectUri: login.redirectUri,
            port: login.port,
          };
        }),
      );
      connection.onRequest(
        oauthLoginDeviceRequest,
        handle(async (oauth, { provider }) => {
          const abort = new AbortController();
          let shown!: (prompt: DevicePrompt) => void;
          const prompted = new Promise<DevicePrompt>((resolve) => {
            shown = resolve;
          });
          const completion = oauth.loginWithDevice(provider, {
            signal: abort.signal,
            onPrompt: (prompt) => shown(prompt),
          });
          // Failures before the prompt (no device endpoint, refused request) answer this request.
          const prompt = await Promise.race([prompted, completion.then(() => prompted)]);
          const loginId = track(provider, completion, () => abort.abort());
          return { loginId, ...prompt };
        }),
      );
      connection.onRequest(
        oauthLoginClientCredentialsRequest,
        handle(async (oauth, { provider }) =>
          summarizeConnection(await oauth.loginWithClientCredentials(provider), context.now()),
        ),
      );
      connection.onRequest(
        oauthAwaitLoginRequest,
        handle(async (_oauth, { loginId }) => {
          const entry = pending.get(loginId);
          if (!entry) {
            throw new OAuthError(
              'not_connected',
              'that sign-in is no longer pending (finished, cancelled or timed out)',
            );
          }
          return entry.outcome;
        }),
      );
      connection.onRequest(
        oauthCancelLoginRequest,
        handle((_oauth, { loginId }) => {
          pending.get(loginId)?.cancel();
        }),
      );
      connection.onRequest(
        oauthRefreshRequest,
        handle(async (oauth, { provider }) =>
          summarizeConnection(await oauth.refresh(provider), context.now()),
        ),
      );
      connection.onRequest(
        oauthTokenRequest,
        handle((oauth, { provider }) => oauth.accessToken(provider)),
      );
      connection.onRequest(
        oauthClaimsRequest,
        handle((oauth, { provider }) => oauth.claims(provider)),
      );
      connection.onRequest(
        oauthDisconnectRequest,
        handle((oauth, { provider, force }) => oauth.disconnect(provider, { force })),
      );
    },
    async dispose() {
      for (const entry of pending.values()) {
        entry.cancel();
      }
      await Promise.allSettled([...pending.values()].map((entry) => entry.outcome));
    },
  };
}

/** Asks the extension for the key held in SecretStorage (once per engine process). */
function extensionKeySource(connection: MessageConnection): VaultKeySource {
  let cached: Promise<Buffer> | undefined;
  return {
    description: "the editor's SecretStorage",
    key() {
      cached ??= connection.sendRequest(oauthVaultKeyRequest).then(
        (encoded) => parseVaultKey(encoded, 'the vault key from SecretStorage'),
        (error: unknown) => {
          cached = undefined;
          throw new OAuthError(
            'vault_key',
            `the editor did not supply the vault key: ${(error as Error).message}`,
            { cause: error },
          );
        },
      );
      return cached;
    },
  };
}

function toResponseError(error: unknown): unknown {
  if (isOAuthError(error)) {
    return new ResponseError(oauthResponseErrorCode, error.message, { code: error.code });
  }
  return error;
}
