import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createContractsCapability } from '../../../src/engine/contracts/contractsCapability';
import type { EngineCapability } from '../../../src/engine/engineCapability';
import { createOAuthCapability } from '../../../src/engine/oauth/oauthCapability';
import {
  oauthAwaitLoginRequest,
  oauthBeginLoginRequest,
  oauthVaultKeyRequest,
} from '../../../src/engine/oauth/oauthProtocol';
import { createWebhooksCapability } from '../../../src/engine/webhooks/webhooksCapability';
import {
  webhooksListEventsRequest,
  webhooksStartRequest,
  webhooksTriggerRequest,
} from '../../../src/engine/webhooks/webhooksProtocol';
import type { CaptainEngine } from '../../../src/extension/captainEngine';
import {
  ChatActionRunner,
  type EditorCommands,
} from '../../../src/extension/chat/chatActionRunner';
import type { ChatAction } from '../../../src/extension/chat/chatActions';
import { createContractsTestContext } from '../../integration/contracts/contractsTestContext';
import { createOAuthTestContext } from '../../integration/oauth/oauthTestContext';
import {
  startTestProvider,
  testAccountId,
  type TestProvider,
} from '../../integration/oauth/oidcTestProvider';
import { createWebhooksTestContext } from '../../integration/webhooks/webhooksTestContext';

const demoSpec = path.join(__dirname, '../../../demo/specs/payments.openapi.yaml');
const ordersSpec = path.join(__dirname, '../../fixtures/contracts/payload/orders.openapi.yaml');
const removedField = "        failure_reason: { type: [string, 'null'] }\n";
const silentLog = { info: () => undefined, warn: () => undefined };

/** A real engine capability behind a {@link CaptainEngine}, over an in-memory JSON-RPC pipe. */
interface ConnectedEngine {
  readonly engine: CaptainEngine;
  /** The editor's end of the pipe, for driving the engine outside the runner. */
  readonly editorSide: MessageConnection;
  dispose(): Promise<void>;
}

function connect(capability: EngineCapability, vaultKey?: Buffer): ConnectedEngine {
  const toEngine = new PassThrough();
  const toEditor = new PassThrough();
  const engineSide = createMessageConnection(
    new StreamMessageReader(toEngine),
    new StreamMessageWriter(toEditor),
  );
  const editorSide = createMessageConnection(
    new StreamMessageReader(toEditor),
    new StreamMessageWriter(toEngine),
  );
  if (vaultKey) {
    editorSide.onRequest(oauthVaultKeyRequest, () => vaultKey.toString('base64'));
  }
  capability.register(engineSide);
  engineSide.listen();
  editorSide.listen();
  const never = () => ({ dispose: () => undefined });
  const engine: CaptainEngine = {
    request: (type, params) => editorSide.sendRequest(type, params),
    onDidChange: never,
    onDidChangeStatus: never,
    status: undefined,
    refreshStatus: () => Promise.resolve(undefined),
  };
  return {
    engine,
    editorSide,
    dispose: async () => {
      await capability.dispose();
      editorSide.dispose();
      engineSide.dispose();
    },
  };
}

/** Editor commands with only the ones given registered; records each call. */
function commandsWith(
  registered: Record<string, (...args: unknown[]) => Promise<unknown>> = {},
): EditorCommands & { calls: { command: string; args: unknown[] }[] } {
  const calls: { command: string; args: unknown[] }[] = [];
  return {
    calls,
    getCommands: () => Promise.resolve(Object.keys(registered)),
    executeCommand: async <T>(command: string, ...args: unknown[]) => {
      calls.push({ command, args });
      const handler = registered[command];
      if (!handler) {
        throw new Error(`command '${command}' not found`);
      }

      return (await handler(...args)) as T;
    },
  };
}

function runnerFor(engine: CaptainEngine, commands: EditorCommands = commandsWith()) {
  return new ChatActionRunner(engine, silentLog, {
    commands,
    reviewReadiness: () => Promise.reject(new Error('not part of this test')),
  });
}

/** A forward target on 127.0.0.1 that answers `status` (changeable) and keeps the event ids. */
interface Target {
  readonly url: string;
  readonly eventIds: string[];
  status: number;
  close(): Promise<void>;
}

async function startTarget(): Promise<Target> {
  const target = { eventIds: [] as string[], status: 200 } as Target & { url: string };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
      target.eventIds.push(body.id);
      response.writeHead(target.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  target.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return target;
}

/** Resolves when `probe` holds, polling every 50 ms; rejects after `timeoutMs`. */
async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) {
      return;
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

describe('ChatActionRunner: replay the last failed event', function () {
  this.timeout(30_000);
  let target: Target;
  let connected: ConnectedEngine;
  let cleanup: () => void;

  beforeEach(async () => {
    target = await startTarget();
    const context = createWebhooksTestContext({
      webhooks: {
        endpoints: {
          stripe: {
            provider: 'stripe',
            secret: 'whsec_runner_test_only',
            forwardTo: target.url,
            maxAttempts: 1,
          },
        },
      },
    });
    cleanup = context.cleanup;
    connected = connect(createWebhooksCapability(context));
  });

  afterEach(async () => {
    await connected.dispose();
    cleanup();
    await target.close();
  });

  it('re-delivers the newest failed stripe event, not a newer delivered one, to a target answering 200', async () => {
    const { engine } = connected;
    const events = async () =>
      (await engine.request(webhooksListEventsRequest, { endpoint: 'stripe' })).events;
    await engine.request(webhooksStartRequest, {});
    target.status = 500;
    const failed = await engine.request(webhooksTriggerRequest, {
      provider: 'stripe',
      eventType: 'invoice.payment_failed',
      endpoint: 'stripe',
    });
    await until(
      async () => (await events()).some((event) => event.status === 'dead_lettered'),
      'the first event was not dead-lettered',
    );
    target.status = 200;
    await engine.request(webhooksTriggerRequest, {
      provider: 'stripe',
      eventType: 'payment_intent.succeeded',
      endpoint: 'stripe',
    });
    await until(
      async () => (await events()).some((event) => event.status === 'forwarded'),
      'the second event was not forwarded',
    );
    const failedEvent = (await events()).find((event) => event.status === 'dead_lettered')!;
    const deliveriesBefore = target.eventIds.length;
    const action: ChatAction = {
      kind: 'replayWebhookEvent',
      params: { scope: 'last', failedOnly: true, endpoint: 'stripe', provider: 'stripe' },
    };

    const outcome = await runnerFor(engine).run(action);

    assert.equal(outcome.ok, true, outcome.markdown);
    assert.equal(outcome.available, true);
    assert.equal(failedEvent.eventId, failed.eventId);
    assert.match(outcome.markdown, /Replayed `invoice\.payment_failed`/);
    assert.ok(outcome.markdown.includes(failed.eventId), outcome.markdown);
    await until(
      async () => target.eventIds.length > deliveriesBefore,
      'the replay did not reach the target',
    );
    assert.deepEqual(target.eventIds.slice(deliveriesBefore), [failed.eventId]);
    await until(
      async () =>
        (await events()).find((event) => event.seq === failedEvent.seq)?.status === 'forwarded',
      'the replayed event is not marked forwarded',
    );
  });

  it('says there is nothing to replay when no event failed', async () => {
    const outcome = await runnerFor(connected.engine).run({
      kind: 'replayWebhookEvent',
      params: { scope: 'last', failedOnly: true, endpoint: 'stripe', provider: 'stripe' },
    });

    assert.equal(outcome.ok, true);
    assert.equal(outcome.markdown, 'There is no failed stripe event to replay.');
  });
});

describe('ChatActionRunner: check the specs for breaking changes', function () {
  this.timeout(30_000);
  let context: ReturnType<typeof createContractsTestContext>;
  let connected: ConnectedEngine;

  beforeEach(() => {
    context = createContractsTestContext({ contracts: { specs: ['specs/**/*.yaml'] } });
    connected = connect(createContractsCapability(context.engine()));
  });

  afterEach(async () => {
    await connected.dispose();
    context.dispose();
  });

  it('diffs every spec against git HEAD and lists the breaking change, without a picker', async () => {
    const paymentsFile = path.join(context.folder, 'specs', 'payments.openapi.yaml');
    fs.mkdirSync(path.dirname(paymentsFile), { recursive: true });
    fs.copyFileSync(demoSpec, paymentsFile);
    fs.copyFileSync(ordersSpec, path.join(context.folder, 'specs', 'orders.openapi.yaml'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        cwd: context.folder,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    const original = fs.readFileSync(paymentsFile, 'utf8');
    assert.ok(original.includes(removedField), 'the demo spec has the field the test removes');
    fs.writeFileSync(paymentsFile, original.replace(removedField, ''));
    const commands = commandsWith();

    const outcome = await runnerFor(connected.engine, commands).run({
      kind: 'checkContracts',
      params: { breakingOnly: true },
    });

    assert.equal(outcome.ok, true, outcome.markdown);
    assert.match(outcome.markdown, /^Checked 2 spec\(s\) against git HEAD: [1-9]\d* breaking/);
    assert.match(outcome.markdown, /\*\*specs\/payments\.openapi\.yaml\*\*: \d+ breaking change/);
    assert.match(outcome.markdown, /`response-property-removed`.*failure_reason/);
    assert.match(outcome.markdown, /\*\*specs\/orders\.openapi\.yaml\*\*: no breaking changes/);
    assert.ok(
      outcome.buttons.some((button) => button.command === 'captain.contracts.checkBreakingChanges'),
    );
    assert.deepEqual(commands.calls, [], 'the runner ran an editor command instead of the engine');
  });

  it('reports why a spec outside a git repository could not be checked', async () => {
    context.copyFixture('payload/orders.openapi.yaml', 'specs/orders.openapi.yaml');

    const outcome = await runnerFor(connected.engine).run({
      kind: 'checkContracts',
      params: { breakingOnly: true },
    });

    assert.equal(outcome.ok, false);
    assert.equal(outcome.available, true);
    assert.match(outcome.markdown, /^No spec could be compared with git HEAD\./);
    assert.match(outcome.markdown, /\*\*specs\/orders\.openapi\.yaml\*\*: not checked: .+/);
  });

  it('points at the config when no spec is found', async () => {
    const outcome = await runnerFor(connected.engine).run({
      kind: 'checkContracts',
      params: { breakingOnly: true },
    });

    assert.match(outcome.markdown, /No specs found/);
    assert.equal(outcome.buttons[0]?.command, 'captain.config.open');
  });
});

describe('ChatActionRunner: connect an OAuth provider', function () {
  this.timeout(30_000);
  let provider: TestProvider;
  let context: ReturnType<typeof createOAuthTestContext>;
  let connected: ConnectedEngine;

  before(async () => {
    provider = await startTestProvider();
  });

  after(async () => {
    await provider.close();
  });

  beforeEach(() => {
    context = createOAuthTestContext(provider.issuer);
    connected = connect(createOAuthCapability(context.engine()), context.vaultKey);
  });

  afterEach(async () => {
    await connected.dispose();
    context.dispose();
  });

  /**
   * Stands in for the extension's `captain.oauth.connect` on the browser flow: the engine's
   * loopback login, with the test provider's browser walk in place of `openExternal`.
   */
  function browserConnect(authorizationUrls: string[]) {
    return async (node: unknown) => {
      const name = (node as { kind: string; item: { name: string } }).item.name;
      const begun = await connected.engine.request(oauthBeginLoginRequest, { provider: name });
      authorizationUrls.push(begun.authorizationUrl);
      const outcome = connected.engine.request(oauthAwaitLoginRequest, { loginId: begun.loginId });
      await fetch(await provider.browse(begun.authorizationUrl));
      await outcome;
    };
  }

  it('signs in through the connect command and reports the connection the engine then lists', async () => {
    const authorizationUrls: string[] = [];
    const commands = commandsWith({ 'captain.oauth.connect': browserConnect(authorizationUrls) });

    const outcome = await runnerFor(connected.engine, commands).run({
      kind: 'connectOAuth',
      params: { provider: 'local' },
    });

    assert.equal(outcome.ok, true, outcome.markdown);
    assert.deepEqual(commands.calls, [
      { command: 'captain.oauth.connect', args: [{ kind: 'provider', item: { name: 'local' } }] },
    ]);
    assert.equal(new URL(authorizationUrls[0]!).origin, new URL(provider.issuer).origin);
    assert.match(
      outcome.markdown,
      new RegExp(
        `^Connected to \\*\\*local\\*\\* as ${testAccountId}; expires in \\d+ (min|h)\\.$`,
      ),
    );
    assert.deepEqual(outcome.buttons, [
      { command: 'captain.oauth.showClaims', title: 'Show Claims' },
    ]);
  });

  it('reports a sign-in the provider denied as not connected, with Try Again', async () => {
    provider.denyNext = true;
    const commands = commandsWith({ 'captain.oauth.connect': browserConnect([]) });

    const outcome = await runnerFor(connected.engine, commands).run({
      kind: 'connectOAuth',
      params: { provider: 'local' },
    });

    assert.equal(outcome.ok, false);
    assert.match(outcome.markdown, /\*\*local\*\* is not connected/);
    assert.equal(outcome.buttons[0]?.command, 'captain.oauth.connect');
  });

  it('says the OAuth commands are missing when this build has none', async () => {
    const outcome = await runnerFor(connected.engine).run({
      kind: 'connectOAuth',
      params: { provider: 'local' },
    });

    assert.equal(outcome.available, false);
    assert.match(outcome.markdown, /OAuth commands are not available/);
  });
});
