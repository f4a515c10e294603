import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import Stripe from 'stripe';
import type { CliCommand } from '../../../src/cli/cliCommand';
import { stripeEventsCommand } from '../../../src/cli/commands/stripeEventsCommand';
import { stripePaymentIntentCreateCommand } from '../../../src/cli/commands/stripePaymentIntentCreateCommand';
import { stripeRefundCommand } from '../../../src/cli/commands/stripeRefundCommand';
import { stripeResendCommand } from '../../../src/cli/commands/stripeResendCommand';
import { WebhookEventRepository } from '../../../src/engine/webhooks/webhookEventRepository';
import {
  createResilienceTestContext,
  type ResilienceTestContext,
} from '../resilience/resilienceTestContext';
import { StripeWireServer } from './stripeWireServer';

const webhookSecret = 'whsec_captain_test_secret';

/** A local receiver stand-in that checks the signature with the `stripe` package itself. */
async function startVerifyingReceiver(): Promise<{
  url: string;
  verified: Stripe.Event[];
  close(): Promise<void>;
}> {
  const verified: Stripe.Event[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const signature = String(request.headers['stripe-signature']);
        verified.push(
          Stripe.webhooks.constructEvent(Buffer.concat(chunks), signature, webhookSecret),
        );
        response.writeHead(200).end('{}');
      } catch {
        response.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`,
    verified,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('captain stripe', () => {
  let wire: StripeWireServer;
  let context: ResilienceTestContext;

  async function run(
    command: CliCommand,
    positionals: string[],
    values: Record<string, unknown> = {},
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => out.push(chunk));
    stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const code = await command.run({
      positionals,
      values: values as Record<string, string | boolean | string[] | undefined>,
      stdin: new PassThrough(),
      stdout,
      stderr,
      engine: async () => context,
      interrupted: new Promise(() => undefined),
    });
    return {
      code,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    };
  }

  function configure(key = 'sk_test_123'): void {
    Object.assign(context.env, { STRIPE_KEY: key, STRIPE_WHSEC: webhookSecret });
    context.setConfig({
      webhooks: { endpoints: { stripe: { provider: 'stripe', secret: '${env:STRIPE_WHSEC}' } } },
      services: {
        payments: {
          kind: 'stripe',
          baseUrl: `http://127.0.0.1:${wire.port}`,
          auth: { bearer: '${env:STRIPE_KEY}' },
          policies: { retry: { maxAttempts: 2, initialDelayMs: 5 } },
        },
      },
    });
  }

  beforeEach(async () => {
    wire = await StripeWireServer.start();
    context = createResilienceTestContext();
    configure();
  });

  afterEach(async () => {
    context.cleanup();
    await wire.close();
  });

  it('lists recent events, newest first as Stripe returns them', async () => {
    const { code, stdout } = await run(stripeEventsCommand, [], { limit: '2', json: true });

    assert.equal(code, 0);
    const result = JSON.parse(stdout) as { service: string; events: { id: string }[] };
    assert.equal(result.service, 'payments');
    assert.deepEqual(
      result.events.map((event) => event.id),
      ['evt_1', 'evt_2'],
    );
    const listed = wire.requests.find((request) => request.path === '/v1/events');
    assert.equal(listed?.authorization, 'Bearer sk_test_123');
  });

  it('loads events into the Webhooks store once, as received', async () => {
    const first = await run(stripeEventsCommand, [], { load: true });
    const again = await run(stripeEventsCommand, [], { load: true, json: true });

    assert.equal(first.code, 0);
    assert.match(first.stdout, /loaded into webhook endpoint stripe: 3 new, 0 already stored/);
    assert.deepEqual(JSON.parse(again.stdout).loaded, {
      endpoint: 'stripe',
      stored: 0,
      duplicates: 3,
    });
    const stored = new WebhookEventRepository(context.store.db).list({ endpoint: 'stripe' });
    assert.deepEqual(stored.map((event) => event.eventId).sort(), ['evt_1', 'evt_2', 'evt_3']);
    assert.ok(stored.every((event) => event.status === 'received' && event.provider === 'stripe'));
    assert.ok(context.changes.some((change) => change.topic === 'webhooks'));
  });

  it("resends an event signed with the endpoint's secret", async () => {
    const receiver = await startVerifyingReceiver();
    try {
      const { code, stdout } = await run(stripeResendCommand, ['evt_2'], {
        to: receiver.url,
        json: true,
      });

      assert.equal(code, 0);
      assert.equal(JSON.parse(stdout).statusCode, 200);
      assert.deepEqual(
        receiver.verified.map((event) => event.id),
        ['evt_2'],
      );
    } finally {
      await receiver.close();
    }
  });

  it('says the receiver is not listening when a resend cannot be delivered', async () => {
    const { code, stderr } = await run(stripeResendCommand, ['evt_1'], {
      to: 'http://127.0.0.1:9/webhooks/stripe',
    });

    assert.equal(code, 1);
    assert.match(stderr, /could not deliver evt_1 .*captain webhooks listen/);
  });

  it('creates a PaymentIntent and refunds it', async () => {
    const created = await run(stripePaymentIntentCreateCommand, [], {
      amount: '2500',
      currency: 'USD',
      json: true,
    });
    const intent = JSON.parse(created.stdout) as { id: string; amount: number; currency: string };
    const refunded = await run(stripeRefundCommand, [intent.id], { json: true });

    assert.equal(created.code, 0);
    assert.equal(intent.amount, 2500);
    assert.equal(intent.currency, 'usd');
    assert.equal(refunded.code, 0);
    assert.match(JSON.parse(refunded.stdout).id, /^re_/);
    const refundRequest = wire.requests.find((request) => request.path === '/v1/refunds');
    assert.equal(refundRequest?.form.payment_intent, intent.id);
    assert.ok(refundRequest?.idempotencyKey);
  });

  it('refuses a live key unless the service allows live mode', async () => {
    configure('sk_live_abc');

    const { code, stdout, stderr } = await run(stripeEventsCommand, [], { json: true });

    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout).error.code, 'stripe_live_key_refused');
    assert.match(stderr, /test-mode only/);
    assert.ok(!stderr.includes('sk_live_abc'));
    assert.equal(wire.requests.length, 0);
  });

  it('rejects a bad amount as usage', async () => {
    await assert.rejects(
      run(stripePaymentIntentCreateCommand, [], { amount: '12.5', currency: 'usd' }),
      /positive integer/,
    );
  });
});
