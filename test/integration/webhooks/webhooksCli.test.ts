import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import Stripe from 'stripe';
import { runCli } from '../../../src/cli/cliApp';
import type { CliCommand, CliInvocation } from '../../../src/cli/cliCommand';
import { webhooksListCommand } from '../../../src/cli/commands/webhooksListCommand';
import { webhooksListenCommand } from '../../../src/cli/commands/webhooksListenCommand';
import { webhooksReplayCommand } from '../../../src/cli/commands/webhooksReplayCommand';
import { webhooksTriggerCommand } from '../../../src/cli/commands/webhooksTriggerCommand';
import { WebhooksService } from '../../../src/engine/webhooks/webhooksService';
import { createWebhooksTestContext, type WebhooksTestContext } from './webhooksTestContext';

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function run(
  command: CliCommand,
  context: WebhooksTestContext,
  positionals: string[],
  values: CliInvocation['values'] = {},
  interrupted: Promise<void> = new Promise(() => undefined),
): Promise<{ code: number; stdout: string; stderr: string; done: Promise<void> }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await command.run({
    positionals,
    values,
    stdin: new PassThrough(),
    stdout,
    stderr,
    engine: async () => context,
    interrupted,
  });
  return { code, stdout: out, stderr: err, done: Promise.resolve() };
}

describe('captain webhooks', () => {
  let context: WebhooksTestContext;
  let target: http.Server;
  let targetUrl: string;
  let received: string[];
  /** The target's answer to a body; 200 unless a test says otherwise. */
  let targetStatus: (body: string) => number;

  beforeEach(async () => {
    received = [];
    targetStatus = () => 200;
    target = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(body);
        response.writeHead(targetStatus(body));
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/in`;
    context = createWebhooksTestContext({
      webhooks: { endpoints: { payments: { provider: 'stripe', secret: 'whsec_cli' } } },
    });
  });

  afterEach(async () => {
    await new Promise((resolve) => target.close(resolve));
    context.cleanup();
  });

  it('triggers a sample, lists it as JSON and replays it to a URL', async () => {
    const trigger = await run(
      webhooksTriggerCommand,
      context,
      ['stripe', 'payment_intent.succeeded'],
      { json: true },
    );
    const list = await run(webhooksListCommand, context, [], { json: true });
    const replay = await run(webhooksReplayCommand, context, [JSON.parse(trigger.stdout).eventId], {
      to: targetUrl,
      json: true,
    });

    assert.equal(trigger.code, 0);
    const [entry] = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(entry).sort(), [
      'endpoint',
      'eventId',
      'eventType',
      'provider',
      'receivedAt',
      'seq',
      'status',
    ]);
    assert.equal(entry.eventType, 'payment_intent.succeeded');
    assert.equal(replay.code, 0, replay.stdout + replay.stderr);
    assert.equal(JSON.parse(received[0]).id, entry.eventId);
  });

  it('listens, prints the address, and drains on interrupt', async () => {
    let interrupt!: () => void;
    const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
    const listening = run(
      webhooksListenCommand,
      context,
      [],
      { port: '0', 'forward-to': targetUrl },
      interrupted,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    interrupt();
    const result = await listening;

    assert.equal(result.code, 0);
    assert.match(result.stdout, /^listening at http:\/\/127\.0\.0\.1:\d+/);
    assert.match(result.stdout, /payments \(stripe\)/);
  });

  it('lists rejected deliveries with their diagnosis', async () => {
    const service = new WebhooksService(context);
    const { url } = await service.start();
    await fetch(`${url}/webhooks/payments`, {
      method: 'POST',
      body: '{}',
      headers: { 'stripe-signature': 't=1,v1=abc' },
    });
    await service.dispose();

    const list = await run(webhooksListCommand, context, [], { json: true, rejected: true });

    const [rejection] = JSON.parse(list.stdout) as Array<{ code: string; hints: string[] }>;
    assert.equal(rejection.code, 'signature_mismatch');
    assert.ok(rejection.hints.length > 0);
  });

  /**
   * Stores events whose forwarding to the target fails (it answers what `targetStatus` says),
   * through a service whose next retry is a minute away, so they stay failed or dead-lettered.
   * @returns their seqs, in the order given.
   */
  async function storeForwarded(
    events: { endpoint: string; id: string; type: string; maxAttempts: number }[],
  ): Promise<number[]> {
    const seeder = new WebhooksService(context, {
      retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
      random: () => 0.99,
      forwarder: { idlePollMs: 20 },
    });
    const stored = seeder.events.writeBatch(
      events.map((event) => ({
        endpoint: event.endpoint,
        provider: 'stripe',
        eventId: event.id,
        eventType: event.type,
        receivedAt: Date.now(),
        headers: { 'content-type': 'application/json' },
        payload: Buffer.from(JSON.stringify({ id: event.id, object: 'event', type: event.type })),
        forwardTo: targetUrl,
        maxAttempts: event.maxAttempts,
      })),
      [],
    );
    const settled = () =>
      stored.every((event) =>
        ['forwarded', 'failed', 'dead_lettered'].includes(
          seeder.events.get(event.seq)?.status ?? '',
        ),
      );
    seeder.wakeForwarding();
    await waitFor(settled, 5000);
    await seeder.dispose();
    assert.ok(settled(), 'the seeded events were not attempted');
    return stored.map((event) => event.seq);
  }

  const receivedIds = () => received.map((body) => (JSON.parse(body) as { id: string }).id).sort();

  it('replays every failed and dead-lettered event to its target, which now answers 200', async () => {
    context.setConfig({
      webhooks: {
        endpoints: { payments: { provider: 'stripe', secret: 'whsec_cli', forwardTo: targetUrl } },
      },
    });
    targetStatus = (body) => (body.includes('evt_ok') ? 200 : 503);
    const [failed, dead, ok] = await storeForwarded([
      { endpoint: 'payments', id: 'evt_failed', type: 'invoice.paid', maxAttempts: 5 },
      { endpoint: 'payments', id: 'evt_dead', type: 'invoice.paid', maxAttempts: 1 },
      { endpoint: 'payments', id: 'evt_ok', type: 'invoice.paid', maxAttempts: 5 },
    ]);
    const before = new WebhooksService(context, { autoForward: false });
    const statusesBefore = [failed, dead, ok].map((seq) => before.events.get(seq)?.status);
    await before.dispose();
    received = [];
    targetStatus = () => 200;

    const replay = await run(webhooksReplayCommand, context, [], { failed: true, json: true });

    assert.deepEqual(statusesBefore, ['failed', 'dead_lettered', 'forwarded']);
    assert.equal(replay.code, 0, replay.stdout + replay.stderr);
    assert.deepEqual(JSON.parse(replay.stdout), {
      replayed: 2,
      delivered: 2,
      events: [dead, failed],
    });
    assert.deepEqual(receivedIds(), ['evt_dead', 'evt_failed']);
    const after = new WebhooksService(context, { autoForward: false });
    assert.deepEqual(
      [failed, dead, ok].map((seq) => after.events.get(seq)?.status),
      ['forwarded', 'forwarded', 'forwarded'],
    );
    await after.dispose();
  });

  it('replays only the failed events of the endpoint and type asked for', async () => {
    const endpoint = { provider: 'stripe' as const, secret: 'whsec_cli', forwardTo: targetUrl };
    context.setConfig({ webhooks: { endpoints: { payments: endpoint, orders: endpoint } } });
    targetStatus = () => 503;
    const seqs = await storeForwarded([
      { endpoint: 'payments', id: 'evt_p_paid', type: 'invoice.paid', maxAttempts: 1 },
      { endpoint: 'orders', id: 'evt_o_paid', type: 'invoice.paid', maxAttempts: 1 },
      { endpoint: 'orders', id: 'evt_o_refunded', type: 'charge.refunded', maxAttempts: 1 },
    ]);
    received = [];
    targetStatus = () => 200;

    const replay = await run(webhooksReplayCommand, context, [], {
      failed: true,
      endpoint: 'orders',
      type: 'invoice.paid',
      json: true,
    });

    assert.equal(replay.code, 0, replay.stdout + replay.stderr);
    assert.deepEqual(JSON.parse(replay.stdout).events, [seqs[1]]);
    assert.deepEqual(receivedIds(), ['evt_o_paid']);
    const after = new WebhooksService(context, { autoForward: false });
    assert.deepEqual(
      seqs.map((seq) => after.events.get(seq)?.status),
      ['dead_lettered', 'forwarded', 'dead_lettered'],
    );
    await after.dispose();
  });

  it('replays failed events to another URL with replayMany, and exits 1 while the target fails', async () => {
    context.setConfig({
      webhooks: {
        endpoints: { payments: { provider: 'stripe', secret: 'whsec_cli', forwardTo: targetUrl } },
      },
    });
    targetStatus = () => 503;
    const [seq] = await storeForwarded([
      { endpoint: 'payments', id: 'evt_still_failing', type: 'invoice.paid', maxAttempts: 1 },
    ]);
    received = [];

    const stillFailing = await run(webhooksReplayCommand, context, [], { failed: true });
    targetStatus = () => 200;
    const service = new WebhooksService(context, { autoForward: false });
    const replayed = service.replayMany(
      { statuses: ['failed', 'dead_lettered'] },
      `${targetUrl}/other`,
    );
    await waitFor(() => service.events.get(seq)?.status === 'forwarded', 5000);
    const status = service.events.get(seq)?.status;
    const toOther = service.outbox
      .attempts(seq)
      .filter((attempt) => attempt.targetUrl === `${targetUrl}/other`);
    await service.dispose();

    assert.equal(stillFailing.code, 1);
    assert.match(stillFailing.stdout, /replayed 1 event\(s\), 0 delivered/);
    assert.deepEqual(replayed, [seq]);
    assert.equal(status, 'forwarded');
    assert.deepEqual(
      toOther.map((attempt) => attempt.statusCode),
      [200],
    );
  });

  describe('listen --max-body-bytes', () => {
    async function runCliListen(flagValue: string) {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      let err = '';
      stderr.on('data', (chunk) => (err += chunk));
      stdout.resume();
      const code = await runCli(
        ['webhooks', 'listen', '--port', '0', `--max-body-bytes=${flagValue}`],
        [webhooksListenCommand],
        {
          stdin: new PassThrough(),
          stdout,
          stderr,
          env: {},
          cwd: context.workspaceFolder,
          version: '0.0.0-test',
          // A value wrongly let through still ends the run at once.
          interrupted: Promise.resolve(),
        },
      );
      return { code, stderr: err };
    }

    for (const bad of ['0', '-1', '1.5', '1e6', 'abc', '', '26214401']) {
      it(`exits 2 for ${JSON.stringify(bad)} and says what it expected`, async () => {
        const result = await runCliListen(bad);

        assert.equal(result.code, 2, result.stderr);
        assert.ok(
          result.stderr.includes(
            `expected --max-body-bytes to be a whole number of bytes from 1 to 26214400 (25 MiB), got ${bad}`,
          ),
          result.stderr,
        );
      });
    }

    it('receives a 1.5 MiB signed body with the limit raised to 2 MiB', async () => {
      let interrupt!: () => void;
      const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
      const stdout = new PassThrough();
      let out = '';
      stdout.on('data', (chunk) => (out += chunk));
      const listening = webhooksListenCommand.run({
        positionals: [],
        values: { port: '0', 'max-body-bytes': String(2 * 1024 * 1024), json: true },
        stdin: new PassThrough(),
        stdout,
        stderr: new PassThrough().resume(),
        engine: async () => context,
        interrupted,
      });
      await waitFor(() => out.includes('\n'), 5000);
      const { url } = JSON.parse(out) as { url: string };
      const payload = JSON.stringify({
        id: 'evt_large_cli',
        object: 'event',
        type: 'invoice.created',
        notes: 'x'.repeat(1.5 * 1024 * 1024),
      });
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_cli' });

      const accepted = await fetch(`${url}/webhooks/payments`, {
        method: 'POST',
        body: payload,
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      });
      interrupt();
      const code = await listening;

      assert.equal(accepted.status, 200, await accepted.text());
      assert.equal(code, 0);
    });
  });
});
