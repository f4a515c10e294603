import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import BetterSqlite3 from 'better-sqlite3';
import Stripe from 'stripe';
import { CaptainStore } from '../../../src/engine/store/captainStore';
import type { NewWebhookEvent } from '../../../src/engine/webhooks/webhookEventRepository';
import { WebhooksService } from '../../../src/engine/webhooks/webhooksService';
import { createWebhooksTestContext, type WebhooksTestContext } from './webhooksTestContext';

const secret = 'whsec_lifecycle_test';

interface Target {
  url: string;
  /** Requests as they arrived: the captain delivery id and the body. */
  received: { delivery: string; body: string; signature: string }[];
  /** Answers held back until released (when `hold` is on). */
  release(): void;
  hold: boolean;
  status: number;
  close(): Promise<void>;
}

async function startTarget(): Promise<Target> {
  const waiting: Array<() => void> = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      target.received.push({
        delivery: String(request.headers['x-captain-delivery']),
        body: Buffer.concat(chunks).toString(),
        signature: String(request.headers['stripe-signature']),
      });
      const answer = () => {
        response.writeHead(target.status);
        response.end('ok');
      };
      if (target.hold) {
        waiting.push(answer);
      } else {
        answer();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const target: Target = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received: [],
    hold: false,
    status: 200,
    release: () => {
      target.hold = false;
      waiting.splice(0).forEach((answer) => answer());
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return target;
}

function storedEvent(id: string, forwardTo: string): NewWebhookEvent {
  return {
    endpoint: 'stripe',
    provider: 'stripe',
    eventId: id,
    eventType: 'invoice.paid',
    receivedAt: Date.now(),
    headers: { 'content-type': 'application/json' },
    payload: Buffer.from(JSON.stringify({ id, object: 'event', type: 'invoice.paid' })),
    forwardTo,
    maxAttempts: 5,
  };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('WebhookForwarder lifecycle', () => {
  let context: WebhooksTestContext;
  let target: Target;
  const services: WebhooksService[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeEach(async () => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
    target = await startTarget();
    context = createWebhooksTestContext({
      webhooks: { endpoints: { stripe: { provider: 'stripe', secret, forwardTo: target.url } } },
    });
  });

  afterEach(async () => {
    process.off('unhandledRejection', onUnhandled);
    for (const service of services.splice(0)) {
      await service.dispose();
    }
    await target.close();
    context.cleanup();
  });

  function createService(
    on: WebhooksTestContext = context,
    forwarder: { leaseMs?: number; idlePollMs?: number } = { idlePollMs: 20 },
  ): WebhooksService {
    const service = new WebhooksService(on, {
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
      forwarder,
    });
    services.push(service);
    return service;
  }

  it('keeps running when an event is deleted while its delivery is in flight', async () => {
    const service = createService();
    target.hold = true;
    const [first] = service.events.writeBatch([storedEvent('evt_deleted', target.url)], []);
    service.wakeForwarding();
    await waitFor(() => target.received.length === 1, 5000);

    service.delete(first.seq);
    target.release();
    await service.forwardingIdle();
    const [second] = service.events.writeBatch([storedEvent('evt_after', target.url)], []);
    service.wakeForwarding();
    await waitFor(() => service.events.get(second.seq)?.status === 'forwarded', 5000);

    assert.deepEqual(unhandled, []);
    assert.equal(service.events.get(first.seq), undefined);
    assert.equal(service.events.get(second.seq)?.status, 'forwarded');
    assert.ok(
      !context.logs.some((line) => line.startsWith('warn')),
      `a deleted event is dropped quietly: ${context.logs.join('\n')}`,
    );
  });

  it('records the attempt on a later tick when the store is busy, without sending it again', async () => {
    const service = createService();
    context.store.db.pragma('busy_timeout = 20');
    target.hold = true;
    const [event] = service.events.writeBatch([storedEvent('evt_busy', target.url)], []);
    service.wakeForwarding();
    await waitFor(() => target.received.length === 1, 5000);
    const other = new BetterSqlite3(context.store.file);
    other.exec('BEGIN IMMEDIATE');

    target.release();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const statusWhileBusy = service.events.get(event.seq)?.status;
    other.exec('COMMIT');
    other.close();
    await waitFor(() => service.events.get(event.seq)?.status === 'forwarded', 5000);

    assert.deepEqual(unhandled, []);
    assert.equal(statusWhileBusy, 'forwarding');
    assert.equal(service.events.get(event.seq)?.status, 'forwarded');
    assert.equal(target.received.length, 1);
    assert.equal(service.outbox.attempts(event.seq).length, 1);
    assert.ok(context.logs.some((line) => /warn .*SQLITE_BUSY|warn .*locked/i.test(line)));
  });

  it('resumes pending deliveries after an engine restart without starting the receiver', async () => {
    target.status = 503;
    const before = createService();
    const [event] = before.events.writeBatch([storedEvent('evt_resume', target.url)], []);
    before.wakeForwarding();
    await waitFor(() => target.received.length >= 1, 5000);
    await before.dispose();
    services.splice(services.indexOf(before), 1);

    target.status = 200;
    const after = createService();
    await waitFor(() => after.events.get(event.seq)?.status === 'forwarded', 5000);

    assert.equal(after.activeReceiver, undefined);
    assert.equal(after.events.get(event.seq)?.status, 'forwarded');
  });

  it('sends a replay while the receiver is stopped', async () => {
    const service = createService();
    const base = (await service.start()).url!;
    const body = JSON.stringify({
      id: 'evt_replay_stopped',
      object: 'event',
      type: 'invoice.paid',
    });
    await fetch(`${base}/webhooks/stripe`, {
      method: 'POST',
      body,
      headers: {
        'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret }),
      },
    });
    await waitFor(() => target.received.length === 1, 5000);
    await service.stop();

    service.replay(service.events.list()[0].seq);
    await waitFor(() => target.received.length === 2, 5000);

    assert.equal(target.received.length, 2);
    const replayed = Stripe.webhooks.constructEvent(
      target.received[1].body,
      target.received[1].signature,
      secret,
    );
    assert.equal(replayed.id, 'evt_replay_stopped');
  });

  it('never sends one attempt twice when two forwarders share the store', async () => {
    const secondStore = CaptainStore.open(context.store.file);
    const secondLogs: string[] = [];
    const secondContext: WebhooksTestContext = {
      ...context,
      store: secondStore,
      logs: secondLogs,
      log: (level, component, message) => secondLogs.push(`${level} [${component}] ${message}`),
    };
    const editor = createService(context);
    const cli = createService(secondContext);
    await Promise.all([editor.ensureForwarding(), cli.ensureForwarding()]);

    const stored = editor.events.writeBatch(
      Array.from({ length: 60 }, (_, index) => storedEvent(`evt_shared_${index}`, target.url)),
      [],
    );
    editor.wakeForwarding();
    cli.wakeForwarding();
    await waitFor(() => editor.outbox.ledger().delivered === 60, 10_000);
    await Promise.all([editor.forwardingIdle(), cli.forwardingIdle()]);
    await cli.dispose();
    services.splice(services.indexOf(cli), 1);
    secondStore.close();

    const byDelivery = new Map<string, number>();
    for (const request of target.received) {
      byDelivery.set(request.delivery, (byDelivery.get(request.delivery) ?? 0) + 1);
    }
    assert.equal(editor.outbox.ledger().delivered, 60);
    assert.equal(byDelivery.size, 60);
    assert.ok(
      [...byDelivery.values()].every((count) => count === 1),
      'a delivery was sent twice',
    );
    const attempts = stored.flatMap((event) => editor.outbox.attempts(event.seq));
    assert.equal(attempts.length, 60);
    const sentBy = (logs: string[]) => logs.filter((line) => line.includes('→ delivered')).length;
    assert.equal(sentBy(context.logs) + sentBy(secondLogs), 60);
  });

  it('takes over a delivery whose forwarder died once its lease expires', async () => {
    const service = createService(context, { idlePollMs: 20 });
    await service.ensureForwarding();
    const [event] = service.events.writeBatch([storedEvent('evt_orphan', target.url)], []);
    const [claimed] = service.outbox.claimDue(Date.now(), 1, 'crashed-cli', 300);
    const claimedAt = Date.now();

    await waitFor(() => service.events.get(event.seq)?.status === 'forwarded', 5000);

    assert.equal(claimed.eventSeq, event.seq);
    assert.ok(Date.now() - claimedAt >= 250, 'the lease was not honoured');
    assert.equal(target.received.length, 1);
  });

  for (const code of ['SQLITE_BUSY', 'SQLITE_IOERR']) {
    it(`releases the lease of a delivery it could not record (${code}) when it stops`, async () => {
      const leaseMs = 60_000;
      const stopping = createService(context, { leaseMs, idlePollMs: 20 });
      stopping.outbox.record = () => {
        throw Object.assign(new Error(`${code}: the store failed`), { code });
      };
      const [event] = stopping.events.writeBatch(
        [storedEvent(`evt_release_${code}`, target.url)],
        [],
      );
      stopping.wakeForwarding();
      await waitFor(() => target.received.length === 1, 5000);
      await waitFor(() => context.logs.some((line) => line.includes(code)), 5000);
      const lease = () =>
        context.store.db.prepare('SELECT lease_owner FROM webhook_deliveries').get() as {
          lease_owner: string | null;
        };
      const heldBeforeStop = lease().lease_owner;

      await stopping.dispose();
      services.splice(services.indexOf(stopping), 1);
      const afterStop = lease().lease_owner;
      const next = createService(context, { leaseMs, idlePollMs: 20 });
      await waitFor(() => next.events.get(event.seq)?.status === 'forwarded', 5000);

      assert.deepEqual(unhandled, []);
      assert.notEqual(heldBeforeStop, null);
      assert.equal(afterStop, null);
      assert.equal(next.events.get(event.seq)?.status, 'forwarded');
      // Sent again long before the 60 s lease would have expired: at least once, never lost.
      assert.equal(target.received.length, 2);
    });
  }

  it('leaves no lease behind when it stops after recording every attempt', async () => {
    const service = createService(context, { leaseMs: 60_000, idlePollMs: 20 });
    const [event] = service.events.writeBatch([storedEvent('evt_clean_stop', target.url)], []);
    service.wakeForwarding();
    await waitFor(() => service.events.get(event.seq)?.status === 'forwarded', 5000);

    await service.dispose();
    services.splice(services.indexOf(service), 1);

    const row = context.store.db
      .prepare('SELECT state, lease_owner FROM webhook_deliveries')
      .get() as { state: string; lease_owner: string | null };
    assert.deepEqual(row, { state: 'delivered', lease_owner: null });
    assert.ok(!context.logs.some((line) => line.includes('releasing')), context.logs.join('\n'));
  });
});
