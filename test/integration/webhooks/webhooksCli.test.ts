import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import type { CliCommand, CliInvocation } from '../../../src/cli/cliCommand';
import { webhooksListCommand } from '../../../src/cli/commands/webhooksListCommand';
import { webhooksListenCommand } from '../../../src/cli/commands/webhooksListenCommand';
import { webhooksReplayCommand } from '../../../src/cli/commands/webhooksReplayCommand';
import { webhooksTriggerCommand } from '../../../src/cli/commands/webhooksTriggerCommand';
import { WebhooksService } from '../../../src/engine/webhooks/webhooksService';
import { createWebhooksTestContext, type WebhooksTestContext } from './webhooksTestContext';

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

  beforeEach(async () => {
    received = [];
    target = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(body);
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
});
