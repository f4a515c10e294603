import Stripe from 'stripe';
import { resolveSecretValue, type SecretSource } from '../config/secretReferences';
import type { IdempotencyKeyRepository } from '../resilience/idempotencyKeyRepository';
import type { HeaderReader } from '../resilience/rateLimitSignals';
import { resolvePolicies } from '../resilience/resolvedPolicies';
import type { ServicePipelines } from '../resilience/servicePipelines';
import { mapStripeError, StripeConnectorError } from './stripeConnectorError';

/** Options of {@link StripeConnector}. */
export interface StripeConnectorOptions {
  /** Name of the service in `captain.config.json` (kind `stripe`, auth `{ "bearer": "${secret:…}" }`). */
  readonly service: string;
  readonly pipelines: ServicePipelines;
  readonly idempotencyKeys: IdempotencyKeyRepository;
  readonly secrets?: SecretSource;
  readonly env?: NodeJS.ProcessEnv;
  /** Where loaded events go (the Webhooks store); the lead wires it. */
  readonly ingest?: (event: Stripe.Event) => Promise<void> | void;
  /** Where a resent event goes (the local receiver); the lead wires it. */
  readonly deliver?: (event: Stripe.Event) => Promise<void> | void;
  readonly now?: () => number;
}

interface StripeAttempt<T> {
  readonly status?: number;
  readonly headers?: HeaderReader;
  readonly value?: T;
  readonly error?: unknown;
}

/**
 * Stripe through the service's policies: the `stripe` client with its own retries off, so our
 * retry, breaker and rate limiter decide; errors mapped to {@link StripeConnectorError} kinds;
 * test mode enforced unless the service sets `"testModeOnly": false`.
 */
export class StripeConnector {
  private client?: Stripe;
  private readonly now: () => number;

  constructor(private readonly options: StripeConnectorOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Recent events, newest first (at most `limit`, 1–100, default 20). */
  async listEvents(params: { limit?: number; types?: string[] } = {}): Promise<Stripe.Event[]> {
    const list = await this.run('GET /v1/events', undefined, (stripe) =>
      stripe.events.list({
        limit: params.limit ?? 20,
        ...(params.types ? { types: params.types } : {}),
      }),
    );
    return list.data;
  }

  /** Loads recent events into the Webhooks store through `ingest`; returns how many. */
  async loadEvents(params: { limit?: number; types?: string[] } = {}): Promise<number> {
    const ingest = this.require(this.options.ingest, 'ingest');
    const events = await this.listEvents(params);
    for (const event of [...events].reverse()) {
      await ingest(event);
    }
    return events.length;
  }

  /** Fetches event `id` and hands it to `deliver` (default the options' sink: the local receiver). */
  async resendEvent(
    id: string,
    deliverTo?: (event: Stripe.Event) => Promise<void> | void,
  ): Promise<Stripe.Event> {
    const deliver = this.require(deliverTo ?? this.options.deliver, 'deliver');
    const event = await this.run('GET /v1/events', undefined, (stripe) =>
      stripe.events.retrieve(id),
    );
    await deliver(event);
    return event;
  }

  /** Creates a test-mode PaymentIntent. `callId` makes its idempotency key survive a restart. */
  createPaymentIntent(
    params: Stripe.PaymentIntentCreateParams,
    callId?: string,
  ): Promise<Stripe.PaymentIntent> {
    return this.run(
      'POST /v1/payment_intents',
      { callId, path: '/v1/payment_intents', body: params },
      (stripe, key) => stripe.paymentIntents.create(params, { idempotencyKey: key }),
    );
  }

  /** Refunds a PaymentIntent (all of it unless `amount` is given, in the smallest currency unit). */
  refund(params: Stripe.RefundCreateParams, callId?: string): Promise<Stripe.Refund> {
    return this.run(
      'POST /v1/refunds',
      { callId, path: '/v1/refunds', body: params },
      (stripe, key) => stripe.refunds.create(params, { idempotencyKey: key }),
    );
  }

  private async run<T>(
    endpoint: string,
    write: { callId?: string; path: string; body: unknown } | undefined,
    action: (stripe: Stripe, idempotencyKey?: string) => Promise<T>,
  ): Promise<T> {
    const stripe = await this.stripe();
    const pipeline = this.options.pipelines.forEndpoint(this.options.service, endpoint);
    let idempotencyKey: string | undefined;
    if (write) {
      const body = JSON.stringify(write.body);
      const callId = write.callId ?? `stripe:${crypto.randomUUID()}`;
      idempotencyKey = this.options.idempotencyKeys.keyFor(
        callId,
        { service: this.options.service, method: 'POST', path: write.path, body },
        this.now(),
      ).key;
    }

    const outcome = await pipeline
      .execute<StripeAttempt<T>>({
        retryable: true,
        attempt: async () => {
          try {
            return { status: 200, value: await action(stripe, idempotencyKey) };
          } catch (error) {
            const failed = error as {
              statusCode?: number;
              headers?: Record<string, string>;
              type?: string;
            };
            if (failed.type === 'StripeConnectionError') {
              throw error;
            }
            // Failing statuses come back as results, so the retry and breaker judge them by status.
            return { status: failed.statusCode ?? 0, headers: headerReader(failed.headers), error };
          }
        },
      })
      .catch((error: unknown) => {
        const cause = (error as { cause?: { type?: string } }).cause;
        throw cause?.type === 'StripeConnectionError' ? mapStripeError(cause) : error;
      });
    if (outcome.result.error !== undefined) {
      throw mapStripeError(outcome.result.error);
    }
    return outcome.result.value as T;
  }

  private async stripe(): Promise<Stripe> {
    if (this.client) {
      return this.client;
    }

    const service = this.options.pipelines.service(this.options.service);
    const auth = service.auth;
    if (!auth || !('bearer' in auth)) {
      throw new StripeConnectorError(
        'authentication',
        `service "${this.options.service}" needs "auth": { "bearer": "\${secret:STRIPE_SECRET_KEY}" }`,
      );
    }
    const apiKey = await resolveSecretValue(auth.bearer, {
      env: this.options.env,
      secrets: this.options.secrets,
    });
    if (/^(sk|rk)_live_/.test(apiKey) && service.testModeOnly !== false) {
      throw new StripeConnectorError(
        'live_key_refused',
        `service "${this.options.service}" is test-mode only`,
      );
    }

    const url = new URL(service.baseUrl || 'https://api.stripe.com');
    const timeoutMs = resolvePolicies(service, 'GET /v1/events').timeoutMs;
    this.client = new Stripe(apiKey, {
      host: url.hostname,
      port: url.port || (url.protocol === 'http:' ? 80 : 443),
      protocol: url.protocol === 'http:' ? 'http' : 'https',
      // Our policies retry; Stripe's own retries would multiply attempts behind their back.
      maxNetworkRetries: 0,
      timeout: timeoutMs > 0 ? timeoutMs : undefined,
    });
    return this.client;
  }

  private require<T>(sink: T | undefined, name: string): T {
    if (!sink) {
      throw new TypeError(`expected an ${name} sink in StripeConnectorOptions, got undefined`);
    }
    return sink;
  }
}

function headerReader(headers: Record<string, string> | undefined): HeaderReader | undefined {
  if (!headers) {
    return undefined;
  }
  const lower = new Map(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
  return { get: (name) => lower.get(name.toLowerCase()) ?? null };
}
