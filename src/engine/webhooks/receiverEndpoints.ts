import type { CaptainConfig, WebhookEndpointConfig } from '../config/captainConfig';
import { resolveSecretValue, type SecretSource } from '../config/secretReferences';
import { describeError } from '../errors';
import { createWebhookProvider } from './providers/providerRegistry';
import type { WebhookProvider } from './webhookProvider';

/** Default signed-timestamp tolerance, in s (both directions). */
export const defaultToleranceSeconds = 300;
/** Default number of forwarding attempts before an event is dead-lettered. */
export const defaultMaxAttempts = 8;

/** An endpoint of the config, ready to verify: provider built, secrets resolved. */
export interface ReceiverEndpoint {
  readonly name: string;
  readonly config: WebhookEndpointConfig;
  readonly provider: WebhookProvider;
  /** Resolved secrets; empty when none is configured or a reference did not resolve. */
  readonly secrets: readonly string[];
  /** Why a secret reference did not resolve (names it, never a value). */
  readonly secretProblem?: string;
  readonly toleranceSeconds: number;
  readonly maxAttempts: number;
}

/**
 * Builds the receiver's endpoints from `webhooks.endpoints` of the config, resolving secret
 * references once (the hot path never touches the environment or SecretStorage).
 * `forwardTo` overrides every endpoint's target (the CLI's `--forward-to`).
 * @throws {TypeError} for an endpoint whose provider cannot be built.
 */
export async function resolveReceiverEndpoints(
  config: CaptainConfig,
  sources: { env?: NodeJS.ProcessEnv; secrets?: SecretSource },
  overrides: { forwardTo?: string } = {},
): Promise<Map<string, ReceiverEndpoint>> {
  const endpoints = new Map<string, ReceiverEndpoint>();
  for (const [name, raw] of Object.entries(config.webhooks?.endpoints ?? {})) {
    const endpointConfig: WebhookEndpointConfig =
      overrides.forwardTo === undefined
        ? raw
        : { ...raw, forwardTo: overrides.forwardTo, routes: undefined };
    const references = [...(raw.secret === undefined ? [] : [raw.secret]), ...(raw.secrets ?? [])];
    const secrets: string[] = [];
    let secretProblem: string | undefined;
    for (const reference of references) {
      try {
        secrets.push(await resolveSecretValue(reference, sources));
      } catch (error) {
        secretProblem = describeError(error);
      }
    }
    endpoints.set(name, {
      name,
      config: endpointConfig,
      provider: createWebhookProvider(raw),
      secrets,
      secretProblem,
      toleranceSeconds: raw.toleranceSeconds ?? defaultToleranceSeconds,
      maxAttempts: raw.maxAttempts ?? defaultMaxAttempts,
    });
  }
  return endpoints;
}

/**
 * Where an event of `eventType` goes: the first matching route (exact, or a prefix ending in
 * `*`), else `forwardTo`, else nowhere.
 */
export function forwardTarget(
  endpoint: WebhookEndpointConfig,
  eventType: string,
): string | undefined {
  for (const [pattern, url] of Object.entries(endpoint.routes ?? {})) {
    const matches = pattern.endsWith('*')
      ? eventType.startsWith(pattern.slice(0, -1))
      : pattern === eventType;
    if (matches) {
      return url;
    }
  }
  return endpoint.forwardTo;
}
