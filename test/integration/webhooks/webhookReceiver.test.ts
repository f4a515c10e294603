import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import Stripe from 'stripe';
import { WebhookBatchWriter } from '../../../src/engine/webhooks/webhookBatchWriter';
import { maxBodyBytesLimit, WebhookReceiver } from '../../../src/engine/webhooks/webhookReceiver';
import { WebhooksService } from '../../../src/engine/webhooks/webhooksService';
import { createWebhooksTestContext, type WebhooksTestContext } from './webhooksTestContext';

const secret = 'whsec_receiver_test';

function stripeEvent(
  id: string,
  type = 'payment_intent.succeeded',
): { body: string; signature: string } {
  const body = JSON.stringify({ id, object: 'event', type, data: { object: { id: 'pi_1' } } });
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret }) };
}

async function post(url: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    body: typeof body === 'string' ? body : new Uint8Array(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('WebhookReceiver', () => {
  let context: WebhooksTestContext;
  let service: WebhooksService;
  let base: string;

  beforeEach(async () => {
    context = createWebhooksTestContext(
      {
        webhooks: {
          endpoints: {
            stripe: { provider: 'stripe', secret },
            slack: { provider: 'slack', secret: 'slack-signing' },
          },
        },
      },
      { webhookMaxBodyBytes: 64 * 1024 },
    );
    service = new WebhooksService(context);
    const status = await service.start();
    base = status.url!;
  });

  afterEach(async () => {
    await service.dispose();
    context.cleanup();
  });

  it('stores a verified event with its raw bytes and masked signature', async () => {
    const event = stripeEvent('evt_1');

    const response = await post(`${base}/webhooks/stripe`, event.body, {
      'stripe-signature': event.signature,
    });

    assert.equal(response.status, 200);
    const [stored] = service.events.list();
    assert.equal(stored.eventId, 'evt_1');
    assert.equal(stored.key, 'api:webhook:payment_intent.succeeded:evt_1');
    assert.equal(service.events.payload(stored.seq)!.toString(), event.body);
    assert.ok(!stored.headers['stripe-signature'].includes(event.signature.split('v1=')[1]));
  });

  it('rejects a bad signature with a JSON reason and stores no event', async () => {
    const event = stripeEvent('evt_2');

    const response = await post(`${base}/webhooks/stripe`, `${event.body} `, {
      'stripe-signature': event.signature,
    });
    await service['writer']!.flush();

    assert.equal(response.status, 401);
    assert.equal(response.json.error, 'signature_mismatch');
    assert.equal(service.events.list().length, 0);
    assert.equal(service.events.listRejections('stripe')[0].code, 'signature_mismatch');
  });

  it('answers 404 with a reason for an unknown endpoint', async () => {
    const response = await post(`${base}/webhooks/nope`, '{}');

    assert.equal(response.status, 404);
    assert.equal(response.json.error, 'unknown_endpoint');
  });

  it('rejects a signature older than the tolerance', async () => {
    const event = stripeEvent('evt_old');
    context.clockMs = Date.now() + 600_000;

    const response = await post(`${base}/webhooks/stripe`, event.body, {
      'stripe-signature': event.signature,
    });

    assert.equal(response.status, 401);
    assert.equal(response.json.error, 'timestamp_outside_tolerance');
  });

  it('answers a duplicate with 2xx and changes nothing', async () => {
    const event = stripeEvent('evt_dup');

    const first = await post(`${base}/webhooks/stripe`, event.body, {
      'stripe-signature': event.signature,
    });
    const second = await post(`${base}/webhooks/stripe`, event.body, {
      'stripe-signature': event.signature,
    });

    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.equal(second.json.duplicate, true);
    assert.equal(service.events.list().length, 1);
  });

  it('keeps one row when concurrent duplicates arrive at once', async () => {
    const event = stripeEvent('evt_concurrent');

    const responses = await Promise.all(
      Array.from({ length: 40 }, () =>
        post(`${base}/webhooks/stripe`, event.body, { 'stripe-signature': event.signature }),
      ),
    );

    assert.ok(responses.every((response) => response.status === 200));
    assert.equal(responses.filter((response) => response.json.duplicate === false).length, 1);
    assert.equal(service.events.list().length, 1);
  });

  it('answers 413 from Content-Length without reading the body', async () => {
    const { port } = new URL(base);

    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n{"a":`,
        );
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
      setTimeout(() => socket.destroy(), 3000).unref();
    });

    assert.match(answer, /^HTTP\/1.1 413/);
    assert.match(answer, /payload_too_large/);
  });

  it('answers 413 for a chunked body that grows past the limit', async () => {
    const response = await new Promise<number>((resolve) => {
      const request = http.request(
        `${base}/webhooks/stripe`,
        { method: 'POST', headers: { 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      request.on('error', () => resolve(-1));
      for (let index = 0; index < 20; index += 1) {
        request.write(Buffer.alloc(8 * 1024, 97));
      }
      request.end();
    });

    assert.ok(response === 413 || response === -1, `got ${response}`);
  });

  it("answers Slack's url_verification challenge", async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const crypto = await import('node:crypto');
    const signature = `v0=${crypto.createHmac('sha256', 'slack-signing').update(`v0:${timestamp}:${body}`).digest('hex')}`;

    const response = await post(`${base}/webhooks/slack`, body, {
      'x-slack-signature': signature,
      'x-slack-request-timestamp': timestamp,
    });

    assert.equal(response.status, 200);
    assert.equal(response.json.challenge, 'abc123');
    assert.equal(service.events.list().length, 0);
  });

  it('stores each payload of a batch byte for byte when many arrive together', async () => {
    const events = Array.from({ length: 40 }, (_, index) =>
      largeStripeEvent(`evt_batch_${index}`, 200 + index * 37),
    );

    const responses = await Promise.all(
      events.map((event) =>
        post(`${base}/webhooks/stripe`, event.body, { 'stripe-signature': event.signature }),
      ),
    );

    assert.deepEqual(
      responses.map((response) => response.status),
      events.map(() => 200),
    );
    const stored = service.events.list({ limit: 100 });
    assert.equal(stored.length, events.length);
    for (const record of stored) {
      const index = Number(record.eventId.replace('evt_batch_', ''));
      assert.equal(service.events.payload(record.seq)!.toString(), events[index].body);
    }
  });

  it('logs a burst of accepted events in one or two lines, not one per event', async () => {
    const events = Array.from({ length: 30 }, (_, index) => stripeEvent(`evt_log_${index}`));

    await Promise.all(
      events.map((event) =>
        post(`${base}/webhooks/stripe`, event.body, { 'stripe-signature': event.signature }),
      ),
    );
    await service.stop();

    const lines = context.logs.filter((line) =>
      line.startsWith('trace [WebhookReceiver] accepted'),
    );
    const accepted = lines.reduce((sum, line) => sum + Number(/accepted (\d+)/.exec(line)![1]), 0);
    assert.equal(accepted, events.length);
    assert.ok(lines.length <= 2, lines.join('\n'));
    assert.match(lines[0], /stripe payment_intent\.succeeded ×\d+/);
  });

  it('notifies the webhooks topic on accepted and rejected deliveries', async () => {
    const event = stripeEvent('evt_notify');

    await post(`${base}/webhooks/stripe`, event.body, { 'stripe-signature': event.signature });
    await new Promise((resolve) => setTimeout(resolve, 150));

    assert.ok(
      context.changes.some((change) => change.topic === 'webhooks' && change.reason === 'accepted'),
    );
  });
});

/** A Stripe event padded to about `bytes` bytes, signed. */
function largeStripeEvent(id: string, bytes: number): { body: string; signature: string } {
  const body = JSON.stringify({
    id,
    object: 'event',
    type: 'invoice.created',
    data: { object: { id: 'in_1', notes: 'x'.repeat(bytes - 120) } },
  });
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret }) };
}

/** Sends headers declaring `declaredBytes` and a little of the body; @returns the raw answer. */
function postDeclaring(url: string, declaredBytes: number): Promise<string> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${declaredBytes}\r\n\r\n{"a":`,
      );
    });
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
    setTimeout(() => socket.destroy(), 3000).unref();
  });
}

describe('WebhookReceiver body limit', () => {
  const twoMiB = 2 * 1024 * 1024;
  let context: WebhooksTestContext;
  let service: WebhooksService;

  beforeEach(() => {
    context = createWebhooksTestContext({
      webhooks: { endpoints: { stripe: { provider: 'stripe', secret } } },
    });
    service = new WebhooksService(context, { autoForward: false });
  });

  afterEach(async () => {
    await service.dispose();
    context.cleanup();
  });

  it('accepts a 1.5 MiB signed body under a limit raised to 2 MiB and answers 413 above it', async () => {
    const base = (await service.start({ maxBodyBytes: twoMiB })).url!;
    const event = largeStripeEvent('evt_large', 1.5 * 1024 * 1024);

    const accepted = await post(`${base}/webhooks/stripe`, event.body, {
      'stripe-signature': event.signature,
    });
    const tooLarge = await postDeclaring(`${base}/webhooks/stripe`, twoMiB + 1);

    assert.equal(accepted.status, 200, JSON.stringify(accepted.json));
    assert.equal(service.events.payload(service.events.list()[0].seq)!.toString(), event.body);
    assert.match(tooLarge, /^HTTP\/1.1 413/);
    assert.match(tooLarge, /larger than 2097152 bytes/);
  });

  it('answers 413 for a 1.5 MiB body under the default 1 MiB limit', async () => {
    const base = (await service.start()).url!;

    const answer = await postDeclaring(`${base}/webhooks/stripe`, 1.5 * 1024 * 1024);

    assert.match(answer, /^HTTP\/1.1 413/);
  });

  it('refuses a limit above 25 MiB with a RangeError and does not listen', async () => {
    await assert.rejects(
      service.start({ maxBodyBytes: maxBodyBytesLimit + 1 }),
      (error: unknown) =>
        error instanceof RangeError &&
        /expected .* from 1 to 26214400 .*got 26214401/.test(error.message),
    );

    assert.equal(service.status().running, false);
  });

  it('refuses a setting above 25 MiB instead of using it', async () => {
    const overLimit = createWebhooksTestContext(
      { webhooks: { endpoints: {} } },
      { webhookMaxBodyBytes: 100 * 1024 * 1024 },
    );
    const other = new WebhooksService(overLimit, { autoForward: false });

    try {
      await assert.rejects(other.start(), RangeError);
      assert.equal(other.status().running, false);
    } finally {
      await other.dispose();
      overLimit.cleanup();
    }
  });

  it('accepts exactly 25 MiB and refuses 0, fractions and more when built directly', async () => {
    const writer = new WebhookBatchWriter(context.store.file);
    const build = (maxBodyBytes: number) =>
      new WebhookReceiver({ port: 0, maxBodyBytes, endpoints: new Map(), writer, now: Date.now });

    try {
      assert.doesNotThrow(() => build(maxBodyBytesLimit));
      for (const bad of [0, -1, 1.5, Number.NaN, maxBodyBytesLimit + 1]) {
        assert.throws(() => build(bad), RangeError, String(bad));
      }
    } finally {
      await writer.close();
    }
  });
});
