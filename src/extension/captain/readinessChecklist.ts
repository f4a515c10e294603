import type {
  CaptainConfig,
  PoliciesConfig,
  ServiceConfig,
  WebhookEndpointConfig,
} from '../../engine/config/captainConfig';
import { isSecretReference } from '../../engine/config/secretReferences';
import { describeExpiry } from '../../engine/oauth/connectionSummary';

export { isSecretReference };

/**
 * The pre-release checklist behind "Captain: Review Integration Readiness" and chat `/status`.
 * Pure: the editor gathers the facts (config, spec summaries, reachability, OAuth connections)
 * and this module judges them, so the rules are unit-tested without VS Code.
 */

/** What a spec offers for coverage checks, extracted by {@link summarizeSpec}. */
export interface SpecSummary {
  /** Workspace-relative path. */
  readonly file: string;
  readonly title?: string;
  /** Lower-case host names of `servers[].url` (OpenAPI 3) or `host` (Swagger 2). */
  readonly serverHosts: readonly string[];
  /** Names under `webhooks` (OpenAPI 3.1) or `x-webhooks`. */
  readonly webhookNames: readonly string[];
  /** `servers[].url` (OpenAPI 3), or `scheme://host/basePath` (Swagger 2), as written. */
  readonly serverUrls: readonly string[];
  /** Operations in document order, at most {@link maxOperationsPerSpec}. */
  readonly operations: readonly SpecOperation[];
}

/** One operation of a spec, as prompts and coverage checks name it. */
export interface SpecOperation {
  /** Upper case: `GET`, `POST`, … */
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
}

/** Operations kept per spec summary; a prompt shows fewer still. */
export const maxOperationsPerSpec = 200;
const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * An OAuth provider's connection as `oauth/list` reports it (a subset of `ConnectionSummary`, no
 * token). The engine records when a refresh succeeded but not when one failed: a refresh the
 * provider rejects with `invalid_grant` deletes the connection, any other failure leaves the
 * expired token in place.
 */
export interface OAuthConnectionState {
  readonly name: string;
  readonly connection: {
    /** Seconds until the access token expires (negative once expired); undefined when unknown. */
    readonly expiresInSeconds?: number;
    readonly hasRefreshToken: boolean;
    /** When the last refresh succeeded, in ms since the epoch; undefined when none has yet. */
    readonly lastRefreshAt?: number;
    /** Client-credentials connections renew with a new grant instead of a refresh token. */
    readonly grantType?: 'authorization_code' | 'device_code' | 'client_credentials';
  } | null;
}

export interface ReadinessInputs {
  readonly config: CaptainConfig;
  readonly specs: readonly SpecSummary[];
  /** Forward target URL → reachable (any HTTP answer within the timeout); missing = not probed. */
  readonly reachable: Readonly<Record<string, boolean>>;
  /** From `oauth/list`; undefined when the OAuth engine could not be asked. */
  readonly oauth?: readonly OAuthConnectionState[];
}

export type ReadinessStatus = 'pass' | 'fail' | 'warn' | 'unknown';

/** A command that fixes a failed check, as buttons and markdown show it. */
export interface ReadinessFix {
  readonly command: string;
  readonly title: string;
}

export interface ReadinessItem {
  readonly integration: string;
  readonly kind: 'webhook endpoint' | 'OAuth provider' | 'service';
  readonly check: string;
  readonly status: ReadinessStatus;
  /** One sentence; never contains a secret value. */
  readonly detail: string;
  readonly fix?: ReadinessFix;
}

export interface ReadinessReport {
  readonly items: readonly ReadinessItem[];
  readonly passed: number;
  /** Checks that failed, warned or could not be made. */
  readonly open: number;
}

const fixes = {
  setSecret: { command: 'captain.secrets.set', title: 'Set Secret…' },
  openConfig: { command: 'captain.config.open', title: 'Open Config' },
  addIntegration: { command: 'captain.integration.add', title: 'Add Integration…' },
  connect: { command: 'captain.oauth.connect', title: 'Connect OAuth Provider…' },
  refresh: { command: 'captain.oauth.refresh', title: 'Refresh OAuth Token' },
  restartEngine: { command: 'captain.engine.restart', title: 'Restart Engine' },
} as const satisfies Record<string, ReadinessFix>;

/** Providers whose signatures carry a timestamp, so a tolerance applies. */
const timestampedProviders = new Set(['stripe', 'slack', 'standard']);

/** Judges every configured integration; the order follows the config file. */
export function reviewReadiness(inputs: ReadinessInputs): ReadinessReport {
  const items: ReadinessItem[] = [];
  for (const [name, endpoint] of Object.entries(inputs.config.webhooks?.endpoints ?? {})) {
    items.push(...reviewWebhookEndpoint(name, endpoint, inputs));
  }
  for (const [name, provider] of Object.entries(inputs.config.oauth?.providers ?? {})) {
    const item = (check: string, status: ReadinessStatus, detail: string, fix?: ReadinessFix) =>
      items.push({ integration: name, kind: 'OAuth provider', check, status, detail, fix });
    const literal =
      provider.clientSecret !== undefined && !isSecretReference(provider.clientSecret);
    item(
      'Secrets as references',
      literal ? 'fail' : 'pass',
      literal
        ? 'clientSecret is written in clear in captain.config.json; store it and reference it as ${secret:NAME}.'
        : 'No client secret in clear.',
      literal ? fixes.setSecret : undefined,
    );
    items.push(reviewOAuthRefresh(name, inputs.oauth));
  }
  for (const [name, service] of Object.entries(inputs.config.services ?? {})) {
    items.push(...reviewService(name, service, inputs.specs));
  }

  const passed = items.filter((item) => item.status === 'pass').length;
  return { items, passed, open: items.length - passed };
}

function reviewWebhookEndpoint(
  name: string,
  endpoint: WebhookEndpointConfig,
  inputs: ReadinessInputs,
): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  const item = (check: string, status: ReadinessStatus, detail: string, fix?: ReadinessFix) =>
    items.push({ integration: name, kind: 'webhook endpoint', check, status, detail, fix });
  const secrets = [endpoint.secret, ...(endpoint.secrets ?? [])].filter(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  const hmacReady = endpoint.provider !== 'hmac' || Boolean(endpoint.hmac?.header);

  item(
    'Signature verification on',
    secrets.length > 0 && hmacReady ? 'pass' : 'fail',
    secrets.length === 0
      ? 'No secret: deliveries cannot be verified. Add "secret": "${secret:NAME}".'
      : hmacReady
        ? `Verified with ${secrets.length} secret(s).`
        : 'The hmac provider needs "hmac.header" to know where the signature is.',
    fixes.openConfig,
  );
  const literals = secrets.filter((value) => !isSecretReference(value)).length;
  item(
    'Secrets as references',
    literals > 0 ? 'fail' : 'pass',
    literals > 0
      ? `${literals} secret(s) written in clear in captain.config.json; store them with Set Secret and reference them as \${secret:NAME}.`
      : 'Every secret is an ${env:…} or ${secret:…} reference.',
    literals > 0 ? fixes.setSecret : undefined,
  );

  if (timestampedProviders.has(endpoint.provider)) {
    item(
      'Tolerance set',
      endpoint.toleranceSeconds !== undefined ? 'pass' : 'warn',
      endpoint.toleranceSeconds !== undefined
        ? `Signatures older than ${endpoint.toleranceSeconds} s are rejected.`
        : 'No toleranceSeconds: the receiver default applies; set it so replay protection is explicit.',
      endpoint.toleranceSeconds !== undefined ? undefined : fixes.openConfig,
    );
  } else {
    item(
      'Tolerance set',
      'pass',
      `${endpoint.provider} signatures carry no timestamp; nothing to set.`,
    );
  }

  const targets = [endpoint.forwardTo, ...Object.values(endpoint.routes ?? {})].filter(
    (value): value is string => Boolean(value),
  );
  if (targets.length === 0) {
    item(
      'Forwarding target reachable',
      'warn',
      'No forwardTo: events are stored but not delivered.',
      fixes.openConfig,
    );
  } else {
    const down = targets.filter((url) => inputs.reachable[url] === false);
    const unprobed = targets.filter((url) => inputs.reachable[url] === undefined);
    item(
      'Forwarding target reachable',
      down.length > 0 ? 'fail' : unprobed.length > 0 ? 'unknown' : 'pass',
      down.length > 0
        ? `No answer from ${down.join(', ')} within 2 s: start your app or fix the URL.`
        : unprobed.length > 0
          ? `Not probed: ${unprobed.join(', ')}.`
          : `${targets.join(', ')} answered.`,
      down.length > 0 ? fixes.openConfig : undefined,
    );
  }

  const covered =
    Boolean(inputs.config.contracts?.webhookSchemas?.[name]) ||
    Boolean(inputs.config.contracts?.webhookSchemas?.[endpoint.provider]) ||
    inputs.specs.find(
      (spec) => spec.webhookNames.length > 0 && mentionsProvider(spec, endpoint.provider),
    );
  item(
    'Contract spec covers it',
    covered ? 'pass' : 'warn',
    covered
      ? `Payloads are checked against ${typeof covered === 'object' ? covered.file : 'contracts.webhookSchemas'}.`
      : `No spec with ${endpoint.provider} webhooks and no contracts.webhookSchemas entry: payload changes go unnoticed.`,
    covered ? undefined : fixes.openConfig,
  );
  return items;
}

/**
 * Judges refresh from what happened: the last successful refresh and the access token's expiry.
 * A refresh token alone proves nothing; an expired token with no refresh since is a failure.
 */
function reviewOAuthRefresh(
  name: string,
  states: readonly OAuthConnectionState[] | undefined,
): ReadinessItem {
  const base = {
    integration: name,
    kind: 'OAuth provider',
    check: 'OAuth refresh working',
  } as const;
  if (states === undefined) {
    return {
      ...base,
      status: 'unknown',
      detail: 'The OAuth engine did not answer.',
      fix: fixes.restartEngine,
    };
  }

  const connection = states.find((state) => state.name === name)?.connection;
  if (!connection) {
    return {
      ...base,
      status: 'fail',
      detail:
        'Not connected: sign in once so tokens exist (a refresh the provider rejected also removes the connection).',
      fix: fixes.connect,
    };
  }

  const expired = connection.expiresInSeconds !== undefined && connection.expiresInSeconds <= 0;
  const renewable = connection.hasRefreshToken || connection.grantType === 'client_credentials';
  if (!renewable) {
    return expired
      ? {
          ...base,
          status: 'fail',
          detail:
            'The token expired and there is no refresh token: sign in again (ask for offline access).',
          fix: fixes.connect,
        }
      : {
          ...base,
          status: 'warn',
          detail:
            'Connected, but without a refresh token: the connection ends when the token expires.',
          fix: fixes.connect,
        };
  }

  const lastRefresh =
    connection.lastRefreshAt === undefined
      ? 'it was never refreshed'
      : `the last refresh succeeded at ${describeInstant(connection.lastRefreshAt)}`;
  if (expired) {
    return {
      ...base,
      status: 'fail',
      detail: `The access token ${tokenLife(connection.expiresInSeconds)} and has not been refreshed since (${lastRefresh}): run Refresh OAuth Token; if the provider refuses, connect again.`,
      fix: fixes.refresh,
    };
  }

  if (connection.lastRefreshAt === undefined) {
    return {
      ...base,
      status: 'warn',
      detail: `Refreshable, but no refresh has happened yet, so it is untested; the access token ${tokenLife(connection.expiresInSeconds)}. Run Refresh OAuth Token once.`,
      fix: fixes.refresh,
    };
  }

  return {
    ...base,
    status: 'pass',
    detail: `The last refresh succeeded at ${describeInstant(connection.lastRefreshAt)}; the access token ${tokenLife(connection.expiresInSeconds)}.`,
  };
}

/** "expires in 59 min", "expired 3 min ago", "has no expiry". */
function tokenLife(expiresInSeconds: number | undefined): string {
  return expiresInSeconds === undefined ? 'has no expiry' : describeExpiry(expiresInSeconds);
}

/** "2024-05-01 12:34 UTC": minutes are enough to tell one refresh from the next. */
function describeInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function reviewService(
  name: string,
  service: ServiceConfig,
  specs: readonly SpecSummary[],
): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  const item = (check: string, status: ReadinessStatus, detail: string, fix?: ReadinessFix) =>
    items.push({ integration: name, kind: 'service', check, status, detail, fix });
  const auth = service.auth;
  const credential =
    auth && ('bearer' in auth ? auth.bearer : 'value' in auth ? auth.value : undefined);
  const literal = credential !== undefined && !isSecretReference(credential);
  item(
    'Secrets as references',
    literal ? 'fail' : 'pass',
    literal
      ? 'The service credential is written in clear in captain.config.json; reference it as ${secret:NAME}.'
      : 'No credential in clear.',
    literal ? fixes.setSecret : undefined,
  );

  const missing = missingPolicies(service.policies);
  item(
    'Resilience policies present',
    missing.length === 0 ? 'pass' : 'fail',
    missing.length === 0
      ? 'Timeout, retry and circuit breaker are set.'
      : `Missing ${missing.join(', ')} under services.${name}.policies.`,
    missing.length === 0 ? undefined : fixes.openConfig,
  );

  const host = hostOf(service.baseUrl);
  const spec = host ? specs.find((candidate) => candidate.serverHosts.includes(host)) : undefined;
  item(
    'Contract spec covers it',
    spec ? 'pass' : 'warn',
    spec
      ? `${spec.file} lists ${host} in its servers.`
      : `No spec lists ${host ?? service.baseUrl} in its servers: calls are not checked against a contract.`,
    spec ? undefined : fixes.openConfig,
  );
  return items;
}

function missingPolicies(policies: PoliciesConfig | undefined): string[] {
  const missing: string[] = [];
  if (policies?.timeoutMs === undefined) {
    missing.push('timeout');
  }
  if (policies?.retry === undefined) {
    missing.push('retry');
  }
  if (policies?.circuitBreaker === undefined) {
    missing.push('circuit breaker');
  }
  return missing;
}

function mentionsProvider(spec: SpecSummary, provider: string): boolean {
  const text = `${spec.file} ${spec.title ?? ''}`.toLowerCase();
  return text.includes(provider.toLowerCase());
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Extracts what {@link reviewReadiness} needs from a parsed OpenAPI 3.x or Swagger 2 document. */
export function summarizeSpec(file: string, document: unknown): SpecSummary {
  const spec = (document ?? {}) as {
    info?: { title?: unknown };
    servers?: { url?: unknown }[];
    host?: unknown;
    basePath?: unknown;
    schemes?: unknown;
    paths?: unknown;
    webhooks?: Record<string, unknown>;
    'x-webhooks'?: Record<string, unknown>;
  };
  const serverUrls = Array.isArray(spec.servers)
    ? spec.servers
        .map((server) => server?.url)
        .filter((url): url is string => typeof url === 'string')
    : [];
  const hosts = serverUrls.map(hostOf).filter((host): host is string => host !== undefined);
  if (typeof spec.host === 'string') {
    hosts.push(spec.host.split(':')[0].toLowerCase());
    const scheme =
      Array.isArray(spec.schemes) && typeof spec.schemes[0] === 'string'
        ? spec.schemes[0]
        : 'https';
    const basePath = typeof spec.basePath === 'string' ? spec.basePath : '';
    serverUrls.push(`${scheme}://${spec.host}${basePath}`);
  }

  return {
    file,
    title: typeof spec.info?.title === 'string' ? spec.info.title : undefined,
    serverHosts: [...new Set(hosts)],
    webhookNames: Object.keys({ ...(spec.webhooks ?? {}), ...(spec['x-webhooks'] ?? {}) }),
    serverUrls,
    operations: operationsOf(spec.paths),
  };
}

function operationsOf(paths: unknown): SpecOperation[] {
  if (typeof paths !== 'object' || paths === null) {
    return [];
  }

  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(paths as Record<string, unknown>)) {
    if (typeof item !== 'object' || item === null) {
      continue;
    }

    for (const method of httpMethods) {
      const operation = (item as Record<string, unknown>)[method] as
        { operationId?: unknown } | undefined;
      if (typeof operation !== 'object' || operation === null) {
        continue;
      }

      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
      });
      if (operations.length >= maxOperationsPerSpec) {
        return operations;
      }
    }
  }
  return operations;
}

const statusMark: Record<ReadinessStatus, string> = {
  // Plain symbols: emoji need a font that headless and remote browsers often lack.
  pass: '✓',
  fail: '✗',
  warn: '⚠',
  unknown: '?',
};

/** The report as markdown: a summary line, then one section per integration with its checks. */
export function renderReadinessMarkdown(report: ReadinessReport, heading = true): string {
  const lines: string[] = heading ? ['# Integration readiness', ''] : [];
  if (report.items.length === 0) {
    lines.push(
      'No integrations in captain.config.json yet. Run **Captain: Add Integration…** (`captain.integration.add`).',
    );
    return lines.join('\n');
  }

  lines.push(
    `**${report.passed} of ${report.items.length} checks pass; ${report.open} need attention.**`,
    '',
  );
  let section = '';
  for (const item of report.items) {
    const title = `${item.kind} \`${item.integration}\``;
    if (title !== section) {
      section = title;
      lines.push(`### ${title.charAt(0).toUpperCase()}${title.slice(1)}`, '');
    }
    const fix =
      item.status !== 'pass' && item.fix
        ? ` Fix: **${item.fix.title}** (\`${item.fix.command}\`).`
        : '';
    lines.push(`- ${statusMark[item.status]} ${item.check}: ${item.detail}${fix}`);
  }
  return lines.join('\n');
}
