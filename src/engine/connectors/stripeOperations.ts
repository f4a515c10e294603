import type Stripe from 'stripe';
import type { EngineContext } from '../engineContext';
import type { ResilienceRuntime } from '../resilience/resilienceRuntime';
import { ResilienceError } from '../resilience/resilienceError';
import { resolveReceiverEndpoints, type ReceiverEndpoint } from '../webhooks/receiverEndpoints';
import { WebhookEventRepository } from '../webhooks/webhookEventRepository';
import { StripeConnector } from './stripeConnector';

/** An event as lists show it. Plain JSON; `created` in s since the epoch (Stripe's unit). */
export interface StripeEventSummary {
  readonly id: string;
  readonly type: string;
  readonly created: number;
  readonly livemode: boolean;
}

/** Result of {@link StripeOperations.events}. */
export interface StripeEventsResult {
  readonly service: string;
  readonly events: StripeEventSummary[];
  /** With `load`: the Webhooks endpoint they were stored under, and how many were new. */
  readonly loaded?: { endpoint: string; stored: number; duplicates: number };
}

/** Result of {@link StripeOperations.resend}. */
export interface StripeResendResult {
  readonly eventId: string;
  readonly eventType: string;
  readonly url: string;
  readonly statusCode: number;
}

/** Marks events loaded from the API rather than delivered to the receiver. */
const loadedSourceHeader = 'x-captain-source';

/**
 * The Stripe operations both faces offer, over a {@link ResilienceRuntime}: list recent events
 * and load them into the Webhooks store, resend one signed to the local receiver, create a
 * test-mode PaymentIntent, refund. The service is the one named, else the only `kind: "stripe"`
 * service of the config.
 */
export class StripeOperations {
  private readonly connectors = new Map<
    string,
    { fingerprint: string; connector: StripeConnector }
  >();

  constructor(
    private readonly context: EngineContext,
    private readonly runtime: ResilienceRuntime,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /**
   * Recent events, newest first; with `load`, also stored in the Webhooks store as received
   * (oldest first; an event already stored is counted as a duplicate, not changed).
   * @throws {StripeConnectorError} from Stripe; {@link ResilienceError} `unknown_service`,
   * `service_misconfigured` (no Stripe webhook endpoint to load into).
   */
  async events(
    params: { service?: string; limit?: number; load?: boolean; endpoint?: string } = {},
  ): Promise<StripeEventsResult> {
    const service = this.serviceName(params.service);
    const connector = this.connector(service);
    const limit = params.limit ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw new RangeError(`expected a limit from 1 to 100, got ${params.limit}`);
    }

    const events = await connector.listEvents({ limit });
    const summaries = events.map(summarize);
    if (!params.load) {
      return { service, events: summaries };
    }

    const endpoint = await this.webhookEndpoint(params.endpoint);
    const results = new WebhookEventRepository(this.context.store.db).writeBatch(
      [...events].reverse().map((event) => ({
        endpoint: endpoint.name,
        provider: 'stripe',
        eventId: event.id,
        eventType: event.type,
        receivedAt: this.context.now(),
        headers: { 'content-type': 'application/json', [loadedSourceHeader]: 'stripe-api' },
        payload: Buffer.from(JSON.stringify(event, null, 2)),
        maxAttempts: endpoint.maxAttempts,
      })),
      [],
    );
    const stored = results.filter((result) => !result.duplicate).length;
    if (stored > 0) {
      this.context.notify({ topic: 'webhooks', reason: 'events_loaded' });
    }
    return {
      service,
      events: summaries,
      loaded: { endpoint: endpoint.name, stored, duplicates: results.length - stored },
    };
  }

  /**
   * Fetches event `eventId` from Stripe and posts it to the local receiver's Stripe endpoint
   * (or `to`), signed with that endpoint's secret as Stripe would sign it.
   * @throws {ResilienceError} `service_misconfigured` when the endpoint has no secret or the
   * receiver cannot be reached; {@link StripeConnectorError} from Stripe.
   */
  async resend(params: {
    service?: string;
    eventId: string;
    endpoint?: string;
    to?: string;
  }): Promise<StripeResendResult> {
    const endpoint = await this.webhookEndpoint(params.endpoint);
    const secret = endpoint.secrets[0];
    if (secret === undefined) {
      throw new ResilienceError(
        'service_misconfigured',
        `webhook endpoint "${endpoint.name}" has no usable signing secret${endpoint.secretProblem ? ` (${endpoint.secretProblem})` : ''}; set its "secret"`,
      );
    }

    const settings = this.context.settings;
    const url =
      params.to ??
      `http://${settings.webhookHost}:${settings.webhookPort}/webhooks/${encodeURIComponent(endpoint.name)}`;
    let statusCode = 0;
    const event = await this.connector(this.serviceName(params.service)).resendEvent(
      params.eventId,
      async (fetched) => {
        statusCode = await this.post(url, fetched, endpoint, secret);
      },
    );
    return { eventId: event.id, eventType: event.type, url, statusCode };
  }

  /** Creates a test-mode PaymentIntent; amount in the currency's smallest unit. */
  async createPaymentIntent(params: {
    service?: string;
    amount: number;
    currency: string;
    callId?: string;
  }): Promise<Pick<Stripe.PaymentIntent, 'id' | 'amount' | 'currency' | 'status' | 'livemode'>> {
    if (!Number.isInteger(params.amount) || params.amount < 1) {
      throw new RangeError(`expected a positive integer amount, got ${params.amount}`);
    }

    const intent = await this.connector(this.serviceName(params.service)).createPaymentIntent(
      { amount: params.amount, currency: params.currency.toLowerCase() },
      params.callId,
    );
    const { id, amount, currency, status, livemode } = intent;
    return { id, amount, currency, status, livemode };
  }

  /** Refunds a PaymentIntent, in full unless `amount` is given. */
  async refund(params: {
    service?: string;
    paymentIntent: string;
    amount?: number;
    callId?: string;
  }): Promise<Pick<Stripe.Refund, 'id' | 'amount' | 'currency' | 'status'>> {
    const refund = await this.connector(this.serviceName(params.service)).refund(
      {
        payment_intent: params.paymentIntent,
        ...(params.amount === undefined ? {} : { amount: params.amount }),
      },
      params.callId,
    );
    const { id, amount, currency, status } = refund;
    return { id, amount, currency, status };
  }

  private async post(
    url: string,
    event: Stripe.Event,
    endpoint: ReceiverEndpoint,
    secret: string,
  ): Promise<number> {
    const body = Buffer.from(JSON.stringify(event, null, 2));
    const headers = {
      'content-type': 'application/json',
      ...endpoint.provider.sign({
        body,
        secret,
        timestampSeconds: Math.floor(this.context.now() / 1000),
        eventId: event.id,
        eventType: event.type,
      }),
    };
    try {
      const response = await this.fetchImpl(url, {
        method: 'POST',
        headers,
        body: new Uint8Array(body),
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      throw new ResilienceError(
        'connection_failed',
        `could not deliver ${event.id} to ${url}; is the receiver listening (captain webhooks listen)?`,
        { cause: error },
      );
    }
  }

  private serviceName(name: string | undefined): string {
    const services = this.context.config().services ?? {};
    if (name !== undefined) {
      return name;
    }

    const stripe = Object.keys(services).filter((key) => services[key].kind === 'stripe');
    if (stripe.length !== 1) {
      throw new ResilienceError(
        'unknown_service',
        stripe.length === 0
          ? 'no service with "kind": "stripe" in captain.config.json; add one with auth { "bearer": "${secret:STRIPE_SECRET_KEY}" }'
          : `several Stripe services (${stripe.join(', ')}); name one with --service`,
      );
    }
    return stripe[0];
  }

  private connector(service: string): StripeConnector {
    // The connector keeps its Stripe client (key, host); a config edit gets a new one.
    const fingerprint = JSON.stringify(this.context.config().services?.[service] ?? null);
    const cached = this.connectors.get(service);
    if (cached?.fingerprint === fingerprint) {
      return cached.connector;
    }

    const connector = new StripeConnector({
      service,
      pipelines: this.runtime.pipelines,
      idempotencyKeys: this.runtime.idempotencyKeys,
      secrets: this.context.secrets,
      env: this.context.env,
      now: () => this.context.now(),
    });
    this.connectors.set(service, { fingerprint, connector });
    return connector;
  }

  private async webhookEndpoint(name: string | undefined): Promise<ReceiverEndpoint> {
    const endpoints = await resolveReceiverEndpoints(this.context.config(), {
      env: this.context.env,
      secrets: this.context.secrets,
    });
    const stripe = [...endpoints.values()].filter(
      (endpoint) => endpoint.config.provider === 'stripe',
    );
    const endpoint =
      name === undefined ? stripe[0] : stripe.find((candidate) => candidate.name === name);
    if (!endpoint) {
      throw new ResilienceError(
        'service_misconfigured',
        name === undefined
          ? 'no Stripe webhook endpoint in captain.config.json; add one under webhooks.endpoints with "provider": "stripe"'
          : `no Stripe webhook endpoint named "${name}" in captain.config.json`,
      );
    }
    return endpoint;
  }
}

function summarize(event: Stripe.Event): StripeEventSummary {
  return { id: event.id, type: event.type, created: event.created, livemode: event.livemode };
}
