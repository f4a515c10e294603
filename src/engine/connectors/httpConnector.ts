import { randomUUID } from 'node:crypto';
import type { ServiceConfig } from '../config/captainConfig';
import { resolveSecretValue, type SecretSource } from '../config/secretReferences';
import type { CallLogRepository, CallOutcome } from '../resilience/callLogRepository';
import { IdempotencyKeyRepository } from '../resilience/idempotencyKeyRepository';
import { ResilienceError } from '../resilience/resilienceError';
import type { ServicePipelines } from '../resilience/servicePipelines';
import type { AccessTokenSource } from './accessTokenSource';

/** One call to a configured service. */
export interface HttpCallRequest {
  readonly service: string;
  readonly method: string;
  /** Path (with optional query) appended to the service's `baseUrl`. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown;
  /** The caller's id of this logical call: its idempotency key survives a restart. */
  readonly callId?: string;
  /**
   * An idempotency key of the caller's own (like `captain call --idempotency-key`): sent as is on
   * every attempt and persisted; the same as sending the configured header.
   */
  readonly idempotencyKey?: string;
  /** With method, path and body, derives the call id when `callId` is not given. */
  readonly logicalId?: string;
  /** False: send no idempotency key (the API rejects it); a non-idempotent call is then tried once. */
  readonly idempotency?: boolean;
  readonly signal?: AbortSignal;
}

/** The answer, without any request header. `body` is parsed JSON when the API says JSON. */
export interface HttpCallResponse {
  readonly service: string;
  readonly endpoint: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly latencyMs: number;
  readonly attempts: number;
  readonly outcome: CallOutcome;
  readonly idempotencyKey?: string;
  /** GraphQL `errors` of a 200 answer. */
  readonly graphqlErrors?: unknown[];
}

/** Options of {@link HttpConnector}. */
export interface HttpConnectorOptions {
  readonly pipelines: ServicePipelines;
  readonly idempotencyKeys: IdempotencyKeyRepository;
  readonly callLog?: CallLogRepository;
  readonly secrets?: SecretSource;
  readonly env?: NodeJS.ProcessEnv;
  readonly accessTokens?: AccessTokenSource;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
}

interface Attempt {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * REST and GraphQL calls to the services of `captain.config.json`, through their policies and
 * auth. Non-idempotent calls (POST and PATCH unless the policies' `nonIdempotentMethods` say
 * otherwise) carry an idempotency key persisted before the first attempt. Every
 * call is recorded (service, endpoint, latency, status, outcome) for the health view.
 */
export class HttpConnector {
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: HttpConnectorOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
  }

  /**
   * Makes the call. Failing statuses come back as responses once retries are spent.
   * @throws {ResilienceError} when the circuit is open, the call times out or the service is
   * unreachable; `SecretReferenceError` when its auth secret is not set.
   */
  async call(request: HttpCallRequest): Promise<HttpCallResponse> {
    const method = request.method.toUpperCase();
    const { service, endpoint, pipeline } = this.options.pipelines.forRequest(
      request.service,
      method,
      request.path,
    );
    const policies = pipeline.policies;
    const bodyText = encodeBody(request.body);
    const nonIdempotent = policies.nonIdempotentMethods.includes(method);
    // A plain GET without headers, auth or body sends none of its own: fetch then copies nothing.
    const headers =
      request.headers !== undefined || bodyText !== undefined || service.auth || nonIdempotent
        ? new Headers(request.headers)
        : undefined;
    if (
      headers &&
      bodyText !== undefined &&
      typeof request.body !== 'string' &&
      !headers.has('content-type')
    ) {
      headers.set('content-type', 'application/json');
    }
    // Awaited even without auth: calls started together finish their set-up (their pipelines)
    // here, before the first of them takes a rate-limit token, so a token is taken right before
    // its request is sent and the server sees the rate the limiter keeps.
    await this.applyAuth(service, headers);

    const idempotencyKey =
      headers && nonIdempotent
        ? this.idempotencyKeyFor(
            request,
            method,
            bodyText,
            policies.idempotencyHeader,
            request.idempotencyKey ?? headers.get(policies.idempotencyHeader) ?? undefined,
          )
        : undefined;
    if (headers && idempotencyKey) {
      headers.set(policies.idempotencyHeader, idempotencyKey.key);
    }

    const url = joinUrl(service.baseUrl, request.path);
    const startedAt = this.now();
    const started = performance.now();
    let outcome: CallOutcome = 'error';
    let status: number | undefined;
    let attempts = 0;
    try {
      const result = await pipeline.execute<Attempt>({
        retryable: !nonIdempotent || idempotencyKey !== undefined,
        signal: request.signal,
        attempt: async (signal) => {
          const response = await this.fetchImpl(url, { method, headers, body: bodyText, signal });
          return {
            status: response.status,
            headers: response.headers,
            text: await response.text(),
          };
        },
      });
      attempts = result.attempts;
      status = result.result.status;
      const parsed = parseBody(result.result);
      const graphqlErrors = graphqlErrorsOf(parsed);
      outcome = status >= 400 ? 'http_error' : graphqlErrors ? 'graphql_error' : 'success';
      if (idempotencyKey) {
        this.options.idempotencyKeys.markCompleted(idempotencyKey.callId, this.now(), status);
      }
      return {
        service: request.service,
        endpoint,
        status,
        headers: visibleHeaders(result.result.headers),
        body: parsed,
        latencyMs: performance.now() - started,
        attempts,
        outcome,
        idempotencyKey: idempotencyKey?.key,
        graphqlErrors,
      };
    } catch (error) {
      outcome = outcomeOf(error);
      throw error;
    } finally {
      this.options.callLog?.record({
        service: request.service,
        endpoint,
        at: startedAt,
        latencyMs: performance.now() - started,
        status,
        outcome,
        attempts,
      });
    }
  }

  /** A GraphQL query or mutation: `POST path` with `{ query, variables }`. */
  graphql(
    service: string,
    query: string,
    variables: Record<string, unknown> = {},
    options: { path?: string; callId?: string; signal?: AbortSignal } = {},
  ): Promise<HttpCallResponse> {
    // Queries are safe to repeat; mutations are not, so they get a key like any POST.
    const isQuery = !/^\s*mutation\b/.test(query);
    return this.call({
      service,
      method: 'POST',
      path: options.path ?? '/graphql',
      body: { query, variables },
      callId: options.callId ?? (isQuery ? `graphql-query:${randomUUID()}` : undefined),
      signal: options.signal,
    });
  }

  /**
   * The key of a non-idempotent call (a method of the policies' `nonIdempotentMethods`): the
   * caller's own when the request carries the header (kept as given, and persisted so the call's
   * record shows it), else the persisted key of its call id.
   */
  private idempotencyKeyFor(
    request: HttpCallRequest,
    method: string,
    body: string | undefined,
    header: string,
    supplied: string | undefined,
  ): { callId: string; key: string } | undefined {
    if (header === '') {
      return undefined;
    }

    const call = { service: request.service, method, path: request.path, body };
    if (supplied !== undefined && supplied !== '') {
      const callId =
        request.callId ??
        `supplied:${IdempotencyKeyRepository.callIdFor({ ...call, logicalId: supplied })}`;
      this.options.idempotencyKeys.keyFor(callId, call, this.now(), () => supplied);
      return { callId, key: supplied };
    }
    if (request.idempotency === false) {
      return undefined;
    }

    const callId =
      request.callId ??
      (request.logicalId !== undefined
        ? IdempotencyKeyRepository.callIdFor({
            service: request.service,
            method,
            path: request.path,
            body,
            logicalId: request.logicalId,
          })
        : `call:${randomUUID()}`);
    const record = this.options.idempotencyKeys.keyFor(callId, call, this.now());
    return { callId, key: record.key };
  }

  private async applyAuth(service: ServiceConfig, headers: Headers | undefined): Promise<void> {
    const auth = service.auth;
    if (!auth || !headers) {
      return;
    }

    const sources = { env: this.options.env, secrets: this.options.secrets };
    if ('bearer' in auth) {
      headers.set('authorization', `Bearer ${await resolveSecretValue(auth.bearer, sources)}`);
    } else if ('header' in auth) {
      headers.set(auth.header, await resolveSecretValue(auth.value, sources));
    } else {
      if (!this.options.accessTokens) {
        throw new ResilienceError(
          'service_misconfigured',
          `service auth uses OAuth provider "${auth.oauth}" but no OAuth connection source is available here`,
        );
      }
      headers.set(
        'authorization',
        `Bearer ${await this.options.accessTokens.accessToken(auth.oauth)}`,
      );
    }
  }
}

function encodeBody(body: unknown): string | undefined {
  if (body === undefined) {
    return undefined;
  }
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function parseBody(attempt: Attempt): unknown {
  const type = attempt.headers.get('content-type') ?? '';
  const json = type === 'application/json' || /[/+]json\b/.test(type);
  if (json && attempt.text.length > 0) {
    try {
      return JSON.parse(attempt.text);
    } catch {
      return attempt.text;
    }
  }
  return attempt.text;
}

function graphqlErrorsOf(body: unknown): unknown[] | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 ? errors : undefined;
}

/** Response headers to show; cookies may carry sessions, so they are left out. */
function visibleHeaders(headers: Headers): Record<string, string> {
  const shown: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== 'set-cookie') {
      shown[name] = value;
    }
  });
  return shown;
}

function outcomeOf(error: unknown): CallOutcome {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'circuit_open':
    case 'circuit_isolated':
      return 'circuit_open';
    case 'call_timeout':
      return 'timeout';
    case 'connection_failed':
      return 'connection_error';
    case 'bulkhead_full':
      return 'bulkhead_full';
    default:
      return 'error';
  }
}
