/** Types of `captain.config.json`, matching `captainConfig.schema.json`. */

/** A plain value, or a reference resolved at use: `${env:NAME}` or `${secret:NAME}`. */
export type SecretValue = string;

export type WebhookProviderName = 'stripe' | 'github' | 'shopify' | 'slack' | 'standard' | 'hmac';

export interface HmacSchemeConfig {
  header: string;
  algorithm?: 'sha1' | 'sha256' | 'sha512';
  encoding?: 'hex' | 'base64';
  prefix?: string;
  timestampHeader?: string;
  signedContent?: string;
  idHeader?: string;
}

export interface WebhookEndpointConfig {
  provider: WebhookProviderName;
  secret?: SecretValue;
  secrets?: SecretValue[];
  forwardTo?: string;
  routes?: Record<string, string>;
  toleranceSeconds?: number;
  maxAttempts?: number;
  hmac?: HmacSchemeConfig;
}

export interface OAuthProviderConfig {
  issuer?: string;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  deviceAuthorizationEndpoint?: string;
  revocationEndpoint?: string;
  userinfoEndpoint?: string;
  clientId: SecretValue;
  clientSecret?: SecretValue;
  scopes?: string[];
  authorizationParams?: Record<string, string>;
  registeredRedirectUris?: string[];
  redirectPort?: number;
  refreshSkewSeconds?: number;
  /** The grant Connect uses; `client_credentials` marks a machine-to-machine provider. */
  grant?: 'authorization_code' | 'device_code' | 'client_credentials';
}

export interface RetryPolicyConfig {
  maxAttempts?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  retryOn?: number[];
}

export interface CircuitBreakerPolicyConfig {
  consecutiveFailures?: number;
  failureRateThreshold?: number;
  minimumCalls?: number;
  samplingWindowMs?: number;
  halfOpenAfterMs?: number;
}

export interface PoliciesConfig {
  timeoutMs?: number;
  retry?: RetryPolicyConfig;
  circuitBreaker?: CircuitBreakerPolicyConfig;
  rateLimit?: { requestsPerSecond: number; burst?: number };
  bulkhead?: { maxConcurrent: number; maxQueued?: number };
  idempotencyHeader?: string;
  /** Methods that get an idempotency key (and are retried only with one). Default POST, PATCH. */
  nonIdempotentMethods?: string[];
}

export type ServiceAuthConfig =
  { oauth: string } | { bearer: SecretValue } | { header: string; value: SecretValue };

export interface ServiceConfig {
  baseUrl: string;
  kind?: 'http' | 'stripe';
  auth?: ServiceAuthConfig;
  policies?: PoliciesConfig;
  endpoints?: Record<string, { policies?: PoliciesConfig }>;
  testModeOnly?: boolean;
}

export interface ContractsConfig {
  specs?: string[];
  pacts?: string[];
  webhookSchemas?: Record<string, string>;
}

/** The whole of `captain.config.json`; every section is optional. */
export interface CaptainConfig {
  webhooks?: { endpoints?: Record<string, WebhookEndpointConfig> };
  oauth?: { providers?: Record<string, OAuthProviderConfig> };
  services?: Record<string, ServiceConfig>;
  contracts?: ContractsConfig;
}

/** The file name the editor and the CLI look for at the workspace root. */
export const configFileName = 'captain.config.json';
