import { strict as assert } from 'node:assert';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { contractDriftCommand } from '../../../src/cli/commands/contractDriftCommand';
import { createContractsCapability } from '../../../src/engine/contracts/contractsCapability';
import {
  contractsEventDriftRequest,
  contractsListEventDriftRequest,
} from '../../../src/engine/contracts/contractsProtocol';
import type { EngineCapability } from '../../../src/engine/engineCapability';
import { naturalKeys } from '../../../src/engine/store/naturalKeys';
import { WebhookEventRepository } from '../../../src/engine/webhooks/webhookEventRepository';
import {
  createContractsTestContext,
  runCli,
  type ContractsTestContext,
} from './contractsTestContext';

const specRelative = 'api/shop.openapi.yaml';

describe('contracts event drift', function () {
  this.timeout(30_000);
  let context: ContractsTestContext;
  let capability: EngineCapability;
  let engineSide: MessageConnection;
  let editorSide: MessageConnection;
  let events: WebhookEventRepository;
  let specFile: string;
  let received = 0;

  /** Stores a captured event as the receiver would; returns its natural key. */
  const capture = (eventType: string, eventId: string, payload: unknown | string): string => {
    const bytes = typeof payload === 'string' ? payload : JSON.stringify(payload);
    events.writeBatch(
      [
        {
          endpoint: 'shop',
          provider: 'generic',
          eventId,
          eventType,
          receivedAt: 1_700_000_000_000 + ++received,
          headers: {},
          payload: Buffer.from(bytes),
          maxAttempts: 1,
        },
      ],
      [],
    );
    return naturalKeys.webhook(eventType, eventId);
  };
  const driftOf = (keys: string[]) => editorSide.sendRequest(contractsEventDriftRequest, { keys });

  beforeEach(() => {
    context = createContractsTestContext({ contracts: { specs: ['api/**/*.yaml'] } });
    specFile = context.copyFixture('drift/shop.openapi.yaml', specRelative);
    events = new WebhookEventRepository(context.store.db);
    const toEngine = new PassThrough();
    const toEditor = new PassThrough();
    engineSide = createMessageConnection(
      new StreamMessageReader(toEngine),
      new StreamMessageWriter(toEditor),
    );
    editorSide = createMessageConnection(
      new StreamMessageReader(toEditor),
      new StreamMessageWriter(toEngine),
    );
    capability = createContractsCapability(context.engine());
    capability.register(engineSide);
    engineSide.listen();
    editorSide.listen();
  });

  afterEach(async () => {
    await capability.dispose();
    editorSide.dispose();
    engineSide.dispose();
    context.dispose();
  });

  it('answers contracts/eventDrift with only the drifting events, their spec and problems', async () => {
    const good = capture('order.paid', 'evt_1', { type: 'order.paid', amount: 1200 });
    const bad = capture('order.paid', 'evt_2', { type: 'order.paid', amount: '12.00' });
    const refund = capture('refund', 'evt_3', { action: 'created', refund: {} });
    const unknown = capture('ping', 'evt_4', { zen: 'hello' });
    const notJson = capture('order.paid', 'evt_5', 'amount=12');

    assert.equal(contractsEventDriftRequest.method, 'contracts/eventDrift');
    const drift = await driftOf([
      good,
      bad,
      refund,
      unknown,
      notJson,
      'api:webhook:order.paid:nowhere',
    ]);

    assert.deepEqual(Object.keys(drift).sort(), [bad, refund].sort());
    assert.equal(drift[bad]!.spec, specRelative);
    assert.deepEqual(drift[bad]!.problems, ['/amount should be integer, but is string "12.00"']);
    assert.deepEqual(drift[refund]!.problems, ['/refund lacks the required field "id"']);
  });

  it('lists drifting events for the Contracts view, placed at their webhooks entry', async () => {
    capture('order.paid', 'evt_1', { type: 'order.paid' });
    capture('refund', 'evt_2', { action: 'created', refund: { id: 'r_1' } });

    const { events: listed } = await editorSide.sendRequest(contractsListEventDriftRequest, {});

    const lines = readFileSync(specFile, 'utf8').split('\n');
    assert.deepEqual(
      listed.map((e) => [e.eventType, e.eventId, e.matched, e.specRelative, e.line, e.endpoint]),
      [
        [
          'refund',
          'evt_2',
          'refund-created',
          specRelative,
          lines.indexOf('  refund-created:') + 1,
          'shop',
        ],
        [
          'order.paid',
          'evt_1',
          'order.paid',
          specRelative,
          lines.indexOf('  order.paid:') + 1,
          'shop',
        ],
      ],
    );
    assert.equal(listed[1]!.file, specFile);
    assert.match(listed[1]!.problems[0]!, /lacks the required field "amount"/);
    assert.ok(context.changes.some((c) => c.topic === 'contracts' && c.reason === 'eventDrift'));
  });

  it('checks events captured after the last request, and only those', async () => {
    const first = capture('order.paid', 'evt_1', { type: 'order.paid', amount: 'x' });
    assert.deepEqual(Object.keys(await driftOf([first])), [first]);
    const announced = context.changes.length;

    const second = capture('order.paid', 'evt_2', { type: 'order.paid' });
    const third = capture('order.paid', 'evt_3', { type: 'order.paid', amount: 3 });
    const drift = await driftOf([first, second, third]);

    assert.deepEqual(Object.keys(drift).sort(), [first, second].sort());
    assert.equal(context.changes.length, announced + 1);
    assert.deepEqual(
      context.store.db
        .prepare('SELECT event_key FROM contract_event_drift ORDER BY event_seq')
        .all(),
      [{ event_key: first }, { event_key: second }],
    );
  });

  it('checks every event again when the spec changes', async () => {
    const key = capture('order.paid', 'evt_1', { type: 'order.paid', amount: '12.00' });
    assert.ok((await driftOf([key]))[key] !== undefined);

    const widened = readFileSync(specFile, 'utf8').replace(
      '        amount:\n          type: integer',
      '        amount:\n          type: [integer, string]',
    );
    writeFileSync(specFile, widened);
    const later = new Date(Date.now() + 5000);
    utimesSync(specFile, later, later);

    assert.deepEqual(await driftOf([key]), {});
  });

  it('checks an event type against a configured schema', async () => {
    context.config = {
      contracts: {
        specs: ['api/**/*.yaml'],
        webhookSchemas: { 'invoice.sent': `${specRelative}#/components/schemas/Invoice` },
      },
    };
    const bad = capture('invoice.sent', 'in_1', { number: 42 });
    const good = capture('invoice.sent', 'in_2', { number: 'A-42' });

    const { events: listed } = await editorSide.sendRequest(contractsListEventDriftRequest, {});

    assert.deepEqual(
      listed.map((e) => e.key),
      [bad],
    );
    assert.equal(listed[0]!.matched, `${specFile}#/components/schemas/Invoice`);
    const lines = readFileSync(specFile, 'utf8').split('\n');
    assert.equal(listed[0]!.line, lines.indexOf('    Invoice:') + 1);
    assert.deepEqual(await driftOf([good]), {});
  });

  it('reads GitHub form-encoded deliveries', async () => {
    const payload = encodeURIComponent(JSON.stringify({ action: 'created', refund: {} }));
    const key = capture('refund', 'evt_1', `payload=${payload}`);

    assert.deepEqual(Object.keys(await driftOf([key])), [key]);
  });

  it('rejects keys that are not an array of strings', async () => {
    await assert.rejects(driftOf([42 as unknown as string]));
  });
});

describe('captain contract drift', function () {
  this.timeout(30_000);
  let context: ContractsTestContext;

  beforeEach(() => {
    context = createContractsTestContext({ contracts: { specs: ['api/**/*.yaml'] } });
    context.copyFixture('drift/shop.openapi.yaml', specRelative);
  });
  afterEach(() => context.dispose());

  const capture = (eventId: string, payload: unknown): void => {
    new WebhookEventRepository(context.store.db).writeBatch(
      [
        {
          endpoint: 'shop',
          provider: 'generic',
          eventId,
          eventType: 'order.paid',
          receivedAt: Date.now(),
          headers: {},
          payload: Buffer.from(JSON.stringify(payload)),
          maxAttempts: 1,
        },
      ],
      [],
    );
  };

  it('exits 0 when no captured event drifts', async () => {
    capture('evt_1', { type: 'order.paid', amount: 1 });

    const run = await runCli(contractDriftCommand, [], {}, async () => context.engine());

    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /0 captured event\(s\) drift/);
  });

  it('exits 1 and prints spec:line: type id: problem for each drifting event', async () => {
    capture('evt_1', { type: 'order.paid', amount: 'x' });
    capture('evt_2', { type: 'order.paid', amount: 2 });

    const run = await runCli(contractDriftCommand, [], {}, async () => context.engine());
    const json = await runCli(contractDriftCommand, [], { json: true }, async () =>
      context.engine(),
    );

    assert.equal(run.code, 1);
    const line =
      readFileSync(path.join(context.folder, specRelative), 'utf8')
        .split('\n')
        .indexOf('  order.paid:') + 1;
    assert.equal(
      run.stdout,
      `${specRelative}:${line}: order.paid evt_1: /amount should be integer, but is string "x"\n`,
    );
    assert.equal(json.code, 1);
    const result = JSON.parse(json.stdout) as { drifting: number; events: { eventId: string }[] };
    assert.deepEqual([result.drifting, result.events.map((e) => e.eventId)], [1, ['evt_1']]);
  });
});
