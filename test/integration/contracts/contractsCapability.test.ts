import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { EngineCapability } from '../../../src/engine/engineCapability';
import { createContractsCapability } from '../../../src/engine/contracts/contractsCapability';
import {
  contractsCheckPactsRequest,
  contractsCheckPayloadRequest,
  contractsCheckWebhookEventRequest,
  contractsDiffRequest,
  contractsListRequest,
  contractsValidateRequest,
} from '../../../src/engine/contracts/contractsProtocol';
import { createContractsTestContext, type ContractsTestContext } from './contractsTestContext';

const demoSpec = path.join(__dirname, '../../../demo/specs/payments.openapi.yaml');

describe('contracts capability', function () {
  this.timeout(30_000);
  let context: ContractsTestContext;
  let capability: EngineCapability;
  let engineSide: MessageConnection;
  let editorSide: MessageConnection;
  let specFile: string;

  beforeEach(() => {
    context = createContractsTestContext({
      contracts: { specs: ['specs/**/*.yaml'], webhookSchemas: {} },
    });
    context.copyFixture('payload/orders.openapi.yaml', 'specs/orders.openapi.yaml');
    context.copyFixture('loader/broken.yaml', 'specs/broken.yaml');
    specFile = path.join(context.folder, 'specs', 'payments.openapi.yaml');
    writeFileSync(specFile, readFileSync(demoSpec));
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

  it('lists the specs found by the configured globs with operations, webhooks and state', async () => {
    const { specs } = await editorSide.sendRequest(contractsListRequest, {});

    assert.deepEqual(
      specs.map((s) => [s.relative, s.state]),
      [
        ['specs/broken.yaml', 'problems'],
        ['specs/orders.openapi.yaml', 'valid'],
        ['specs/payments.openapi.yaml', 'valid'],
      ],
    );
    const payments = specs[2]!;
    assert.equal(payments.title, 'Payments API');
    assert.ok(
      payments.operations.some(
        (o) => o.key === 'POST /payments' && o.operationId === 'createPayment' && o.hasRequestBody,
      ),
    );
    const line = readFileSync(specFile, 'utf8').split('\n').indexOf('    post:') + 1;
    assert.equal(payments.operations.find((o) => o.key === 'POST /payments')!.line, line);
    assert.ok(payments.webhooks.length > 0);
  });

  it('counts problems on the operation and the webhook where they are', async () => {
    const text = readFileSync(specFile, 'utf8')
      .replace('operationId: createPayment', 'operationId: 42')
      .replace('operationId: paymentSucceeded', 'operationId: 7');
    writeFileSync(specFile, text);

    const { specs } = await editorSide.sendRequest(contractsListRequest, {});

    const payments = specs.find((s) => s.relative === 'specs/payments.openapi.yaml')!;
    const problemsOf = (key: string) => payments.operations.find((o) => o.key === key)!.problems;
    assert.equal(payments.state, 'problems');
    assert.ok(problemsOf('POST /payments') >= 1);
    assert.equal(problemsOf('GET /payments'), 0);
    assert.equal(problemsOf('GET /payments/{paymentId}'), 0);
    assert.ok(
      payments.webhooks.every((w) => w.problems >= 1),
      JSON.stringify(payments.webhooks),
    );
    assert.equal(
      payments.operations.find((o) => o.key === 'POST /payments')!.pointer,
      '/paths/~1payments/post',
    );
  });

  it('validates all specs, reporting problems with file, line and column, and announces changes once', async () => {
    const { results } = await editorSide.sendRequest(contractsValidateRequest, {});
    const again = await editorSide.sendRequest(contractsValidateRequest, {});

    const broken = results.find((r) => r.file.endsWith('broken.yaml'))!;
    assert.equal(broken.valid, false);
    assert.ok(broken.problems.every((p) => p.file === broken.file && p.line > 0 && p.column > 0));
    assert.equal(results.filter((r) => r.valid).length, 2);
    assert.equal(again.results.length, 3);
    assert.equal(
      context.changes.filter((c) => c.topic === 'contracts' && c.reason === 'validated').length,
      3,
    );
  });

  it('validates unsaved text of one spec', async () => {
    const text = readFileSync(specFile, 'utf8').replace(
      'openapi: 3.1.0',
      'openapi: 3.1.0\nbogus: true',
    );

    const { results } = await editorSide.sendRequest(contractsValidateRequest, {
      file: 'specs/payments.openapi.yaml',
      text,
    });

    assert.equal(results[0]!.valid, false);
    assert.equal(results[0]!.problems[0]!.line, 2);
  });

  it('diffs the working copy against HEAD, placing a removed field in the working copy', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: context.folder, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base');
    const text = readFileSync(specFile, 'utf8');
    const edited = text.replace("        failure_reason: { type: [string, 'null'] }\n", '');
    assert.notEqual(edited, text, 'the demo spec has a failure_reason field to remove');
    writeFileSync(specFile, edited);

    const result = await editorSide.sendRequest(contractsDiffRequest, { file: specFile });
    const listed = await editorSide.sendRequest(contractsListRequest, {});

    assert.ok(result.breaking > 0, JSON.stringify(result.changes));
    const removed = result.changes.find((c) => c.rule === 'response-property-removed')!;
    assert.ok(removed);
    assert.equal(removed.file, specFile);
    assert.ok(removed.line > 1 && removed.line <= edited.split('\n').length);
    assert.equal(listed.specs.find((s) => s.file === specFile)!.state, 'breaking');
    assert.ok(context.changes.some((c) => c.reason === 'diffed'));
  });

  it('fails a diff against a folder that is not a git repository with the contracts error code', async () => {
    await assert.rejects(
      editorSide.sendRequest(contractsDiffRequest, { file: specFile }),
      (error: ResponseError<{ code: string }>) => error.data?.code === 'contracts.git',
    );
  });

  it('checks a payload and a webhook event', async () => {
    const payload = await editorSide.sendRequest(contractsCheckPayloadRequest, {
      file: 'specs/orders.openapi.yaml',
      target: { kind: 'schema', ref: '#/components/schemas/Error' },
      payload: {},
    });
    const webhooks = (await editorSide.sendRequest(contractsListRequest, {})).specs[2]!.webhooks;
    const drift = await editorSide.sendRequest(contractsCheckWebhookEventRequest, {
      eventType: webhooks[0]!.name,
      payload: { nothing: true },
    });
    const unknown = await editorSide.sendRequest(contractsCheckWebhookEventRequest, {
      eventType: 'no.such.event',
      payload: {},
    });

    assert.deepEqual(
      payload.problems.map((p) => p.message),
      ['the payload lacks the required field "message"'],
    );
    assert.equal(drift.matched, webhooks[0]!.name);
    assert.equal(drift.valid, false);
    assert.deepEqual(unknown, { valid: true, problems: [] });
  });

  it('checks pacts found under pacts/ against the spec that names their provider', async () => {
    context.copyFixture('pact/catalog.openapi.yaml', 'specs/catalog.yaml');
    context.copyFixture('pact/shop-catalog.v3.json', 'pacts/shop-catalog.json');
    context.copyFixture('pact/shop-catalog.broken.v3.json', 'consumer/pacts/broken.json');

    const { pacts } = await editorSide.sendRequest(contractsCheckPactsRequest, {});

    assert.deepEqual(
      pacts.map((p) => [path.basename(p.pact), path.basename(p.spec ?? ''), p.valid]),
      [
        ['broken.json', 'catalog.yaml', false],
        ['shop-catalog.json', 'catalog.yaml', true],
      ],
    );
  });
});
