import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { WebhooksService } from '../../../src/engine/webhooks/webhooksService';
import { createWebhooksTestContext, type WebhooksTestContext } from './webhooksTestContext';

const secret = 'whsec_forward_test';

interface Target {
  url: string;
  received: { headers: http.IncomingHttpHeaders; body: string }[];
  close(): Promise<void>;
}

async function startTarget(
  answer: (index: number, body: string) => { status: number; headers?: Record<string, string> },
): Promise<Target> {
  const received: Target['received'] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      received.push({ headers: request.headers, body });
      const { status, headers } = answer(received.length - 1, body);
      response.writeHead(status, headers);
      response.end(status < 300 ? 'ok' : 'nope');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function send(base: string, id: string): Promise<number> {
  const body = JSON.stringify({ id, object: 'event', type: 'invoice.paid' });
  const response = await fetch(`${base}/webhooks/stripe`, {
    method: 'POST',
    body,
    headers: {
      'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret }),
    },
  });
  await response.text();
  return response.status;
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('WebhookForwarder', () => {
  let context: WebhooksTestContext;
  let service: WebhooksService;
  let target: Target;

  afterEach(async () => {
    await service.dispose();
    await target.close();
    context.cleanup();
  });

  async function setUp(
    answer: Parameters<typeof startTarget>[0],
    maxAttempts = 5,
  ): Promise<string> {
    target = await startTarget(answer);
    context = createWebhooksTestContext({
      webhooks: {
        endpoints: { stripe: { provider: 'stripe', secret, forwardTo: target.url, maxAttempts } },
      },
    });
    service = new WebhooksService(context, { retry: { baseDelayMs: 5, maxDelayMs: 40 } });
    return (await service.start()).url!;
  }

  it("re-signs with a fresh timestamp so the developer's own check passes, keeping the event id", async () => {
    const base = await setUp(() => ({ status: 200 }));

    await send(base, 'evt_fwd');
    await waitFor(() => target.received.length === 1, 5000);

    const [delivery] = target.received;
    const event = Stripe.webhooks.constructEvent(
      delivery.body,
      delivery.headers['stripe-signature'] as string,
      secret,
    );
    assert.equal(event.id, 'evt_fwd');
    await waitFor(() => service.events.list()[0].status === 'forwarded', 2000);
    assert.equal(service.events.list()[0].status, 'forwarded');
  });

  it('stops at 410 and dead-letters the event', async () => {
    const base = await setUp(() => ({ status: 410 }));

    await send(base, 'evt_gone');
    await waitFor(() => service.events.list()[0]?.status === 'dead_lettered', 5000);

    assert.equal(target.received.length, 1);
    assert.equal(service.events.list()[0].status, 'dead_lettered');
  });

  it('honours Retry-After before the next attempt', async () => {
    const base = await setUp((index) =>
      index === 0 ? { status: 503, headers: { 'retry-after': '1' } } : { status: 200 },
    );
    const started = Date.now();

    await send(base, 'evt_later');
    await waitFor(() => target.received.length === 2, 5000);

    assert.ok(Date.now() - started >= 900, 'retried before Retry-After elapsed');
    const attempts = service.outbox.attempts(service.events.list()[0].seq);
    assert.deepEqual(
      attempts.map((attempt) => attempt.statusCode),
      [200, 503],
    );
  });

  it('keeps the ledger under a flaky target: enqueued = delivered + dead-lettered + pending', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const base = await setUp(() => ({ status: random() < 0.5 ? 500 : 200 }), 3);

    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, index) => send(base, `evt_flaky_${index}`)),
    );
    await waitFor(() => service.outbox.ledger().pending === 0, 15_000);

    assert.ok(statuses.every((status) => status === 200));
    const ledger = service.outbox.ledger();
    assert.equal(ledger.enqueued, 60);
    assert.equal(ledger.enqueued, ledger.delivered + ledger.deadLettered + ledger.pending);
    assert.ok(ledger.delivered > 0 && ledger.deadLettered > 0, JSON.stringify(ledger));
  });

  it('resumes pending deliveries after a restart', async () => {
    let up = false;
    const base = await setUp(() => ({ status: up ? 200 : 503 }), 50);
    await send(base, 'evt_resume');
    await waitFor(() => target.received.length >= 1, 5000);
    await service.stop();

    up = true;
    await service.start();
    await waitFor(() => service.outbox.ledger().delivered === 1, 5000);

    assert.equal(service.outbox.ledger().delivered, 1);
  });

  it('replays a stored event to another URL', async () => {
    const base = await setUp(() => ({ status: 200 }));
    const other = await startTarget(() => ({ status: 200 }));
    await send(base, 'evt_replay');
    await waitFor(() => target.received.length === 1, 5000);

    service.replay(service.events.list()[0].seq, other.url);
    await waitFor(() => other.received.length === 1, 5000);
    await other.close();

    assert.equal(JSON.parse(other.received[0].body).id, 'evt_replay');
  });
});
