import assert from 'node:assert/strict';
import type Stripe from 'stripe';
import { StripeConnector } from '../../../src/engine/connectors/stripeConnector';
import { ResilienceRuntime } from '../../../src/engine/resilience/resilienceRuntime';
import {
  createResilienceTestContext,
  type ResilienceTestContext,
} from '../resilience/resilienceTestContext';
import { StripeWireServer } from './stripeWireServer';

describe('StripeConnector', () => {
  let wire: StripeWireServer;
  let context: ResilienceTestContext;
  let runtime: ResilienceRuntime;
  let ingested: Stripe.Event[];
  let delivered: Stripe.Event[];

  function connector(key = 'sk_test_123', testModeOnly?: boolean): StripeConnector {
    context.setConfig({
      services: {
        stripe: {
          kind: 'stripe',
          baseUrl: `http://127.0.0.1:${wire.port}`,
          auth: { bearer: '${env:STRIPE_KEY}' },
          testModeOnly,
          policies: {
            retry: { maxAttempts: 3, initialDelayMs: 5 },
            circuitBreaker: { consecutiveFailures: 10 },
          },
        },
      },
    });
    return new StripeConnector({
      service: 'stripe',
      pipelines: runtime.pipelines,
      idempotencyKeys: runtime.idempotencyKeys,
      env: { STRIPE_KEY: key },
      ingest: (event) => void ingested.push(event),
      deliver: (event) => void delivered.push(event),
    });
  }

  beforeEach(async () => {
    wire = await StripeWireServer.start();
    context = createResilienceTestContext();
    runtime = new ResilienceRuntime(context);
    ingested = [];
    delivered = [];
  });

  afterEach(async () => {
    runtime.dispose();
    context.cleanup();
    await wire.close();
  });

  it('creates a PaymentIntent with a form-encoded body and an idempotency key', async () => {
    const intent = await connector().createPaymentIntent({ amount: 1200, currency: 'eur' });

    assert.equal(intent.amount, 1200);
    assert.deepEqual(wire.requests[0].form, { amount: '1200', currency: 'eur' });
    assert.equal(wire.requests[0].authorization, 'Bearer sk_test_123');
    assert.match(wire.requests[0].idempotencyKey ?? '', /^[0-9a-f-]{36}$/);
  });

  it('retries a 500 with the same idempotency key, the stripe client itself not retrying', async () => {
    wire.errors.push({ status: 500, type: 'api_error', message: 'boom' });

    await connector().refund({ payment_intent: 'pi_1', amount: 300 }, 'refund-pi_1');

    assert.equal(wire.requests.length, 2);
    assert.equal(wire.requests[0].idempotencyKey, wire.requests[1].idempotencyKey);
    assert.equal(wire.requests[1].form.payment_intent, 'pi_1');
  });

  it('maps a declined card to card_declined without retrying', async () => {
    wire.errors.push({
      status: 402,
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });

    await assert.rejects(
      connector().createPaymentIntent({ amount: 100, currency: 'usd', confirm: true }),
      (error: { code: string; details: { declineCode: string } }) => {
        assert.equal(error.code, 'stripe_card_declined');
        assert.equal(error.details.declineCode, 'insufficient_funds');
        return true;
      },
    );
    assert.equal(wire.requests.length, 1);
  });

  it('maps invalid requests, authentication and rate limits to their kinds', async () => {
    wire.errors.push({
      status: 400,
      type: 'invalid_request_error',
      message: 'Missing required param: currency.',
    });
    await assert.rejects(
      connector().createPaymentIntent({ amount: 1 } as Stripe.PaymentIntentCreateParams),
      { code: 'stripe_invalid_request' },
    );

    wire.errors.push({
      status: 401,
      type: 'invalid_request_error',
      message: 'Invalid API Key provided',
    });
    await assert.rejects(connector().listEvents(), { code: 'stripe_authentication' });

    wire.errors.push(
      ...[1, 2, 3].map(() => ({
        status: 429,
        type: 'invalid_request_error',
        code: 'rate_limit',
        message: 'Too many requests',
      })),
    );
    await assert.rejects(connector().listEvents(), { code: 'stripe_rate_limited' });
  });

  it('maps an unreachable Stripe to a connection error', async () => {
    const conn = connector();
    await wire.close();

    await assert.rejects(conn.listEvents(), { code: 'stripe_connection' });
  });

  it('refuses a live key unless testModeOnly is false', async () => {
    await assert.rejects(connector('sk_live_abc').listEvents(), {
      code: 'stripe_live_key_refused',
    });
    assert.equal(wire.requests.length, 0);

    const events = await connector('sk_live_abc', false).listEvents();
    assert.equal(events.length, 3);
  });

  it('loads recent events into the ingest sink, oldest first', async () => {
    const count = await connector().loadEvents({ limit: 2 });

    assert.equal(count, 2);
    assert.deepEqual(
      ingested.map((event) => event.id),
      ['evt_2', 'evt_1'],
    );
  });

  it('resends one event to the deliver sink', async () => {
    const event = await connector().resendEvent('evt_3');

    assert.equal(event.id, 'evt_3');
    assert.deepEqual(
      delivered.map((e) => e.id),
      ['evt_3'],
    );
  });
});
