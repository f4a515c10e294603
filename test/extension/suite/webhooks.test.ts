import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CaptainExtensionApi } from '../../../src/extension/captainExtension';
import type { WebhooksViewItem } from '../../../src/extension/webhooks/webhooksViewItems';
import { StripeProvider } from '../../../src/engine/webhooks/providers/stripeProvider';

const extensionId = 'captain-dev.api-integration-captain';
const endpointName = 'host-test';
const stripe = new StripeProvider();
// A literal test secret, made up for this run; never a real one.
const secret = `whsec_${randomBytes(24).toString('base64')}`;

/** One request as a target server saw it. */
interface Received {
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A forward target on 127.0.0.1 that answers 200 and keeps what it got. */
interface Target {
  readonly url: string;
  readonly received: Received[];
  close(): Promise<void>;
}

async function startTarget(): Promise<Target> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function activated(): Promise<CaptainExtensionApi> {
  const extension = vscode.extensions.getExtension<CaptainExtensionApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed in this host`);
  return extension.activate();
}

async function viewItems(): Promise<WebhooksViewItem[]> {
  return vscode.commands.executeCommand<WebhooksViewItem[]>('captain.webhooks.viewItems');
}

/** The events listed under the test endpoint (not the rejections). */
async function eventItems(): Promise<WebhooksViewItem[]> {
  const endpoint = (await viewItems()).find((item) => item.label === endpointName);
  return (endpoint?.children ?? []).filter((item) => item.node.kind === 'event');
}

/** Resolves when `probe` holds, polling every 100 ms; rejects after `timeoutMs`. */
async function until(probe: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

/** A Stripe-style event body, compact JSON as Stripe sends it. */
function stripeEvent(id: string, type: string): Buffer {
  const event = {
    id,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: `pi_${id.slice(4)}`, object: 'payment_intent', amount: 4200 } },
  };
  return Buffer.from(JSON.stringify(event));
}

/** POSTs `body` to the receiver with the headers given; resolves with the status code. */
async function post(url: string, body: Buffer, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: new Uint8Array(body),
  });
  await response.text();
  return response.status;
}

function signed(body: Buffer, id: string, type: string): Record<string, string> {
  return stripe.sign({
    body,
    secret,
    timestampSeconds: Math.floor(Date.now() / 1000),
    eventId: id,
    eventType: type,
  });
}

/** Whether a request a target got carries a valid signature by the endpoint's secret. */
function verifiesAtTarget(request: Received): boolean {
  const result = stripe.verify(
    { headers: request.headers, body: request.body },
    { secrets: [secret], toleranceSeconds: 300, nowMs: Date.now() },
  );
  return result.ok;
}

function eventIdOf(request: Received): string {
  return (JSON.parse(request.body.toString('utf8')) as { id: string }).id;
}

describe('Webhooks view (real extension host)', function () {
  this.timeout(90_000);
  const workspace = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const configFile = () => path.join(workspace(), 'captain.config.json');
  const sent = [
    { id: 'evt_hosttest_0001', type: 'payment_intent.succeeded' },
    { id: 'evt_hosttest_0002', type: 'customer.created' },
    { id: 'evt_hosttest_0003', type: 'invoice.paid' },
  ];
  let target: Target;
  let other: Target;
  let endpointUrl: string;
  let originalConfig: string;

  before(async () => {
    target = await startTarget();
    other = await startTarget();
    originalConfig = fs.readFileSync(configFile(), 'utf8');
    const config = JSON.parse(originalConfig) as Record<string, unknown>;
    config.webhooks = {
      endpoints: { [endpointName]: { provider: 'stripe', secret, forwardTo: target.url } },
    };
    fs.writeFileSync(configFile(), `${JSON.stringify(config, null, 2)}\n`);
    const settings = vscode.workspace.getConfiguration('captain');
    await settings.update('webhooks.port', 0, vscode.ConfigurationTarget.Workspace);
    await activated();
    await vscode.commands.executeCommand('captain.engine.restart');
  });

  after(async () => {
    await vscode.commands.executeCommand('captain.webhooks.stopReceiver');
    fs.writeFileSync(configFile(), originalConfig);
    const settings = vscode.workspace.getConfiguration('captain');
    await settings.update('webhooks.port', undefined, vscode.ConfigurationTarget.Workspace);
    await target?.close();
    await other?.close();
  });

  it('starts the receiver with captain.webhooks.startReceiver on a free port', async () => {
    const api = await activated();

    await vscode.commands.executeCommand('captain.webhooks.startReceiver');

    const status = await api.engine.refreshStatus();
    const url = status?.receiver?.url;
    assert.match(url ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(url, 'http://127.0.0.1:4242', 'the port setting 0 was not used');
    endpointUrl = `${url}/webhooks/${endpointName}`;
    const endpoint = (await viewItems()).find((item) => item.label === endpointName);
    assert.ok(endpoint, 'the view does not list the configured endpoint');
    assert.equal(endpoint.tooltip, endpointUrl);
    assert.match(endpoint.description ?? '', /^stripe · 0/);
  });

  it('shows signed events sent over HTTP in the view, newest first', async () => {
    for (const { id, type } of sent) {
      const body = stripeEvent(id, type);
      assert.equal(await post(endpointUrl, body, signed(body, id, type)), 200);
    }

    await until(async () => (await eventItems()).length === sent.length, 'the events did not show');
    const events = await eventItems();
    assert.deepEqual(
      events.map((item) => item.label),
      sent.map(({ type }) => type).reverse(),
    );
    for (const item of events) {
      assert.equal(item.node.kind, 'event');
      assert.match(item.contextValue ?? '', /^webhookEvent\./);
      const id = item.node.kind === 'event' ? item.node.event.eventId : '';
      assert.ok(item.tooltip?.includes(id), `the tooltip does not name ${id}`);
      assert.ok(!item.tooltip?.includes(secret), 'a tooltip shows the secret');
    }
  });

  it('forwards each event to the target re-signed with the endpoint secret', async () => {
    await until(() => target.received.length >= sent.length, 'the target did not get every event');
    await until(
      async () => (await eventItems()).every((item) => item.description?.endsWith('forwarded')),
      'the view does not show the events as forwarded',
    );

    assert.deepEqual(target.received.map(eventIdOf).sort(), sent.map(({ id }) => id).sort());
    for (const request of target.received) {
      assert.ok(verifiesAtTarget(request), 'a forwarded event fails the Stripe signature check');
      assert.ok(request.headers['x-captain-delivery'], 'no delivery id header');
    }
  });

  it('answers a duplicate with 2xx and stores it once', async () => {
    const { id, type } = sent[0];
    const body = stripeEvent(id, type);

    assert.equal(await post(endpointUrl, body, signed(body, id, type)), 200);

    assert.equal((await eventItems()).length, sent.length);
  });

  it('shows a rejected delivery with its diagnosis in the tooltip', async () => {
    const id = 'evt_hosttest_0099';
    const body = stripeEvent(id, 'charge.refunded');
    const headers = signed(body, id, 'charge.refunded');
    // What a body parser in a proxy does: the bytes change, the signature no longer matches.
    const altered = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8')), null, 2));

    assert.equal(await post(endpointUrl, altered, headers), 401);

    let rejection: WebhooksViewItem | undefined;
    await until(async () => {
      const endpoint = (await viewItems()).find((item) => item.label === endpointName);
      const group = endpoint?.children.find((item) => item.node.kind === 'rejections');
      rejection = group?.children[0];
      return rejection !== undefined;
    }, 'the view shows no rejected delivery');
    assert.equal(rejection?.label, '401 signature mismatch');
    assert.equal(rejection?.contextValue, 'webhookRejection');
    // Signed compact, received indented: the diagnosis finds the compact form that matches.
    assert.match(rejection?.tooltip ?? '', /^no v1 signature matches the body/);
    assert.match(
      rejection?.tooltip ?? '',
      /body altered in transit: .* re-serialised as compact JSON/,
    );
    assert.ok(!rejection?.tooltip?.includes(secret), 'the diagnosis shows the secret');
    assert.ok(!rejection?.tooltip?.includes(headers['stripe-signature'].split('v1=')[1]));
  });

  it('counts the receiver in the engine status the status bar shows', async () => {
    const api = await activated();

    const status = await api.engine.refreshStatus();

    assert.equal(status?.receiver?.accepted, sent.length);
    assert.equal(status?.receiver?.failing, 0);
    assert.equal(api.engine.status?.receiver?.accepted, sent.length);
  });

  it('replays an event to its target with captain.webhooks.replay', async () => {
    const item = (await eventItems()).find((candidate) => candidate.label === sent[1].type);
    assert.ok(item, `no ${sent[1].type} in the view`);
    const before = target.received.length;

    await vscode.commands.executeCommand('captain.webhooks.replay', item.node);

    await until(() => target.received.length > before, 'the replay did not reach the target');
    const replayed = target.received.at(-1)!;
    assert.equal(eventIdOf(replayed), sent[1].id);
    assert.ok(verifiesAtTarget(replayed), 'the replayed event fails the signature check');
  });

  it('replays an event to another URL with captain.webhooks.replayTo', async () => {
    const item = (await eventItems()).find((candidate) => candidate.label === sent[2].type);
    assert.ok(item, `no ${sent[2].type} in the view`);
    const window = vscode.window as { showInputBox: (...args: unknown[]) => unknown };
    const original = window.showInputBox;
    // The input box lives in the browser page, out of the host's reach: answer it as a user would.
    window.showInputBox = () => {
      window.showInputBox = original;
      return Promise.resolve(other.url);
    };

    try {
      await vscode.commands.executeCommand('captain.webhooks.replayTo', item.node);
    } finally {
      window.showInputBox = original;
    }

    await until(() => other.received.length === 1, 'the replay did not reach the other URL');
    assert.equal(eventIdOf(other.received[0]), sent[2].id);
    assert.ok(verifiesAtTarget(other.received[0]), 'the replayed event fails the signature check');
    console.log(
      `[captain-test] target got ${target.received.length} deliveries, the other URL ${other.received.length}`,
    );
  });

  it('flags an event that drifts from the spec, with the problems in the tooltip', async () => {
    // demo/specs/payments.openapi.yaml declares the payment.succeeded webhook with data.payment.
    const id = 'evt_hosttestdrift1';
    const type = 'payment.succeeded';
    const body = Buffer.from(
      JSON.stringify({ id, type, created: Math.floor(Date.now() / 1000), data: {} }),
    );

    assert.equal(await post(endpointUrl, body, signed(body, id, type)), 200);

    let flagged: WebhooksViewItem | undefined;
    await until(async () => {
      flagged = (await eventItems()).find((item) => item.label === type);
      return flagged?.description?.endsWith('drift') === true;
    }, 'the view does not flag the drifting event');
    assert.equal(flagged?.icon, 'warning');
    assert.match(flagged?.tooltip ?? '', /Drifts from specs\/payments\.openapi\.yaml:/);
    assert.match(flagged?.tooltip ?? '', /payment/);
    const others = (await eventItems()).filter((item) => item.label !== type);
    assert.ok(
      others.every((item) => !item.description?.includes('drift')),
      'an event without a spec entry is flagged',
    );
    console.log(`[captain-test] drift tooltip: ${flagged?.tooltip?.split('\n').at(-1)}`);
  });
});
