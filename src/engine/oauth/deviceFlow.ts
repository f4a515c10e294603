import * as client from 'openid-client';
import { OAuthError } from './oauthError';
import type { ProviderClient } from './providerClient';
import { toGrantError, toTokenGrant, type TokenGrant } from './tokenGrant';

/** What the user must do on another device (RFC 8628 §3.3). No secret in it. */
export interface DevicePrompt {
  readonly verificationUri: string;
  readonly verificationUriComplete?: string;
  readonly userCode: string;
  /** Seconds until the code expires. */
  readonly expiresInSeconds: number;
}

/** Options for {@link runDeviceFlow}. */
export interface DeviceFlowOptions {
  /** Called once with the code to show, before polling starts. */
  readonly onPrompt: (prompt: DevicePrompt) => void | Promise<void>;
  readonly signal?: AbortSignal;
  /**
   * Poll interval in seconds, overriding the provider's. Only for tests against a local
   * provider; in use the provider's interval (default 5 s, +5 s on `slow_down`) is respected.
   */
  readonly pollIntervalSeconds?: number;
  readonly now?: () => number;
}

/**
 * The device authorization grant (RFC 8628): for SSH sessions and containers where no browser can
 * reach a loopback port. Shows a user code, then polls until the user approves, denies or the
 * code expires.
 * @throws {OAuthError} `access_denied`, `provider_error` (expired code, unsupported grant),
 * `cancelled`, `provider_config` when the provider has no device endpoint.
 */
export async function runDeviceFlow(
  provider: ProviderClient,
  options: DeviceFlowOptions,
): Promise<TokenGrant> {
  if (!provider.configuration.serverMetadata().device_authorization_endpoint) {
    throw new OAuthError(
      'provider_config',
      `oauth provider "${provider.name}" has no device authorization endpoint; add deviceAuthorizationEndpoint or sign in with the browser flow`,
    );
  }

  const now = options.now ?? Date.now;
  let authorization: Awaited<ReturnType<typeof client.initiateDeviceAuthorization>>;
  try {
    authorization = await client.initiateDeviceAuthorization(provider.configuration, {
      ...provider.authorizationParams,
      scope: provider.scopes.join(' '),
    });
  } catch (error) {
    throw toGrantError(error, provider.name, 'device authorization request', 'try again');
  }

  await options.onPrompt({
    verificationUri: authorization.verification_uri,
    verificationUriComplete: authorization.verification_uri_complete,
    userCode: authorization.user_code,
    expiresInSeconds: authorization.expires_in,
  });

  const polled =
    options.pollIntervalSeconds === undefined
      ? authorization
      : { ...authorization, interval: options.pollIntervalSeconds };
  try {
    const response = await client.pollDeviceAuthorizationGrant(
      provider.configuration,
      polled,
      undefined,
      {
        signal: options.signal ?? AbortSignal.timeout(authorization.expires_in * 1000),
      },
    );
    return toTokenGrant(response, now(), provider.scopes);
  } catch (error) {
    if (options.signal?.aborted) {
      throw new OAuthError('cancelled', `the ${provider.name} device sign-in was cancelled`);
    }

    const code = (error as { error?: unknown }).error;
    if (code === 'access_denied') {
      throw new OAuthError(
        'access_denied',
        `${provider.name} denied the device sign-in; approve it at ${authorization.verification_uri}`,
      );
    }
    if (code === 'expired_token') {
      throw new OAuthError(
        'provider_error',
        `the ${provider.name} device code expired before it was approved; start again and enter the code sooner`,
      );
    }
    throw toGrantError(error, provider.name, 'device code', 'start the device sign-in again');
  }
}
