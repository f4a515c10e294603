import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { contractCheckCommand } from '../../../src/cli/commands/contractCheckCommand';
import { contractDiffCommand } from '../../../src/cli/commands/contractDiffCommand';
import { contractPactCommand } from '../../../src/cli/commands/contractPactCommand';
import { contractValidateCommand } from '../../../src/cli/commands/contractValidateCommand';
import { UsageError } from '../../../src/cli/cliCommand';
import {
  createContractsTestContext,
  runCli,
  type ContractsTestContext,
} from './contractsTestContext';

const fixtures = path.join(__dirname, '../../fixtures/contracts');
const at = (...parts: string[]) => path.join(fixtures, ...parts);

describe('captain contract validate', function () {
  this.timeout(30_000);
  let context: ContractsTestContext;

  beforeEach(() => {
    context = createContractsTestContext();
  });
  afterEach(() => context.dispose());

  it('exits 0 for a valid spec and prints a summary line', async () => {
    const run = await runCli(contractValidateCommand, [at('payload/orders.openapi.yaml')]);

    assert.equal(run.code, 0);
    assert.match(
      run.stdout,
      /orders\.openapi\.yaml: valid openapi-3\.0 \(0 problem\(s\), \d+ ms\)/,
    );
  });

  it('exits 1 and prints file:line:col lines for a spec with errors', async () => {
    const run = await runCli(contractValidateCommand, [at('loader/broken.yaml')]);

    assert.equal(run.code, 1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .filter((line) => /^\S+:\d+:\d+: /.test(line));
    assert.ok(lines.length >= 5, run.stdout);
    assert.ok(
      lines.some((line) =>
        /broken\.yaml:14:17: error \$ref "#\/components\/schemas\/Nowhere" points at nothing \[ref\.missing\]/.test(
          line,
        ),
      ),
    );
  });

  it('exits 2 when a named file cannot be read', async () => {
    const run = await runCli(contractValidateCommand, [
      at('payload/orders.openapi.yaml'),
      at('nothing.yaml'),
    ]);

    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read spec .*nothing\.yaml/);
  });

  it('prints one JSON object with every spec and its problems', async () => {
    const run = await runCli(
      contractValidateCommand,
      [at('loader/broken.yaml'), at('loader/swagger.json')],
      { json: true },
    );
    const result = JSON.parse(run.stdout) as {
      specs: {
        file: string;
        kind: string;
        valid: boolean;
        problems: { line: number; column: number; code: string }[];
      }[];
    };

    assert.equal(run.code, 1);
    assert.deepEqual(
      result.specs.map((s) => [path.basename(s.file), s.kind, s.valid]),
      [
        ['broken.yaml', 'openapi-3.0', false],
        ['swagger.json', 'swagger-2.0', true],
      ],
    );
    assert.ok(
      result.specs[0]!.problems.every((p) => p.line > 0 && p.column > 0 && p.code.length > 0),
    );
  });

  it('discovers specs by the configured globs in the engine workspace', async () => {
    context.copyFixture('payload/orders.openapi.yaml', 'api/orders.openapi.yaml');
    context.copyFixture('loader/broken.yaml', 'elsewhere/broken.yaml');
    context.config = { contracts: { specs: ['api/**/*.yaml'] } };

    const run = await runCli(contractValidateCommand, [], { json: true }, async () =>
      context.engine(),
    );

    assert.equal(run.code, 0);
    assert.deepEqual(
      (JSON.parse(run.stdout) as { specs: { file: string }[] }).specs.map((s) => s.file),
      [path.join('api', 'orders.openapi.yaml')],
    );
    assert.match(run.stderr, /1 spec\(s\) found/);
  });
});

describe('captain contract check', function () {
  this.timeout(30_000);
  const spec = at('payload/orders.openapi.yaml');

  it('exits 0 for a valid response payload', async () => {
    const run = await runCli(contractCheckCommand, [at('payload/order.json')], {
      spec,
      operation: 'getOrder',
    });

    assert.equal(run.code, 0);
    assert.equal(
      run.stdout,
      'valid against response 200 of GET /orders/{orderId} (application/json)\n',
    );
  });

  it('exits 1 and prints each problem on its own line', async () => {
    const run = await runCli(contractCheckCommand, [at('payload/bad-order.json')], {
      spec,
      operation: 'POST /orders',
      request: true,
    });

    assert.equal(run.code, 1);
    const lines = run.stdout.trim().split('\n');
    assert.ok(
      lines.some((line) =>
        line.endsWith('bad-order.json: /total should be integer, but is string "lots"'),
      ),
    );
    assert.ok(lines.some((line) => /lacks the required field "last4"/.test(line)));
    assert.match(lines.at(-1)!, /^invalid against request of POST \/orders/);
  });

  it('prints one JSON object with --json', async () => {
    const run = await runCli(contractCheckCommand, [at('payload/bad-order.json')], {
      spec,
      schema: '#/components/schemas/Order',
      json: true,
    });
    const result = JSON.parse(run.stdout) as {
      valid: boolean;
      against: string;
      problems: { path: string; message: string; keyword: string }[];
    };

    assert.equal(run.code, 1);
    assert.equal(result.valid, false);
    assert.equal(result.against, 'schema #/components/schemas/Order');
    assert.ok(result.problems.some((p) => p.path === '/total' && p.keyword === 'type'));
  });

  it('checks a webhook payload', async () => {
    const run = await runCli(contractCheckCommand, [at('payload/order.json')], {
      spec: at('payload/events.openapi.yaml'),
      webhook: 'order.paid',
    });

    assert.equal(run.code, 1);
    assert.match(run.stdout, /lacks the required field "type"/);
  });

  it('exits 2 for a payload that is not JSON, an unknown operation, or a missing spec', async () => {
    const notJson = await runCli(contractCheckCommand, [at('payload/not-json.json')], {
      spec,
      operation: 'getOrder',
    });
    const unknown = await runCli(contractCheckCommand, [at('payload/order.json')], {
      spec,
      operation: 'deleteOrder',
    });
    const missing = await runCli(contractCheckCommand, [at('payload/order.json')], {
      spec: at('nothing.yaml'),
      operation: 'getOrder',
    });

    assert.deepEqual([notJson.code, unknown.code, missing.code], [2, 2, 2]);
    assert.match(notJson.stderr, /cannot read .*not-json\.json as JSON/);
    assert.match(unknown.stderr, /operation "deleteOrder" is not in the spec/);
    assert.match(missing.stderr, /cannot read spec/);
  });

  it('rejects a usage without exactly one target', async () => {
    await assert.rejects(
      runCli(contractCheckCommand, [at('payload/order.json')], {
        spec,
        operation: 'getOrder',
        webhook: 'x',
      }),
      UsageError,
    );
    await assert.rejects(runCli(contractCheckCommand, [at('payload/order.json')], {}), UsageError);
  });
});

describe('captain contract diff', function () {
  this.timeout(30_000);
  // Sides are given relative to the fixture folder, so printed files are relative to it too.
  const diff = (base: string, head: string, values: { json?: boolean } = {}) =>
    runCli(contractDiffCommand, [base, head], { ...values, workspace: fixtures });
  const printed = (...parts: string[]) => path.join(...parts);

  it('exits 0 and lists the change when nothing breaks', async () => {
    const run = await diff('diff/base.json', 'diff/head-path-added.json');

    assert.equal(run.code, 0, run.stdout);
    assert.equal(
      run.stdout,
      `${printed('diff', 'head-path-added.json')}:108:5: non-breaking path-added: ` +
        'path /owners was added\n0 breaking, 1 non-breaking change(s)\n',
    );
  });

  it('exits 0 with no change between the JSON and the YAML of one spec', async () => {
    const run = await diff('diff/base.json', 'diff/base.yaml');

    assert.equal(run.code, 0);
    assert.equal(run.stdout, '0 breaking, 0 non-breaking change(s)\n');
  });

  it('exits 1 and prints the breaking rule at its file:line:col in the head', async () => {
    const run = await diff('diff/base.json', 'diff/head-parameter-became-required.json');

    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      `${printed('diff', 'head-parameter-became-required.json')}:17:11: breaking ` +
        'parameter-became-required: query parameter "limit" became required (GET /pets)\n' +
        '1 breaking, 0 non-breaking change(s)\n',
    );
  });

  it('prints one JSON object with every change and its level with --json', async () => {
    const base = printed('pairs', 'req-media-removed', 'base.json');
    const head = printed('pairs', 'req-media-removed', 'head.json');

    const run = await diff(base, head, { json: true });
    const result = JSON.parse(run.stdout) as {
      base: string;
      head: string;
      breaking: number;
      nonBreaking: number;
      changes: {
        rule: string;
        level: string;
        operations: string[];
        location: { side: string; file: string; line: number; column: number };
      }[];
    };

    assert.equal(run.code, 1);
    assert.equal(run.stdout.trim().split('\n').length, 1, 'one object on one line');
    assert.deepEqual(
      [result.base, result.head, result.breaking, result.nonBreaking],
      [base, head, 1, 1],
    );
    assert.deepEqual(
      result.changes.map((c) => [c.rule, c.level, c.location.side, c.location.file]),
      [
        ['request-media-type-removed', 'breaking', 'base', base],
        ['request-media-type-added', 'non-breaking', 'head', head],
      ],
    );
    assert.ok(result.changes.every((c) => c.location.line > 1 && c.location.column > 1));
    assert.ok(result.changes.every((c) => c.operations.includes('POST /x')));
  });

  it('exits 2 when a side is not an OpenAPI or Swagger document', async () => {
    const run = await diff('diff/base.json', 'payload/order.json');

    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /order\.json is not a readable OpenAPI or Swagger document/);
  });
});

describe('captain contract pact', function () {
  this.timeout(30_000);
  const spec = at('pact/catalog.openapi.yaml');

  it('exits 0 when every interaction of v2 and v3 pacts matches', async () => {
    const run = await runCli(
      contractPactCommand,
      [at('pact/shop-catalog.v2.json'), at('pact/shop-catalog.v3.json')],
      { spec },
    );

    assert.equal(run.code, 0, run.stdout);
    assert.match(
      run.stdout,
      /shop-catalog\.v2\.json: shop → catalog, 3 interaction\(s\), 0 failing/,
    );
  });

  it('exits 1 and names each failing interaction', async () => {
    const run = await runCli(contractPactCommand, [at('pact/shop-catalog.broken.v3.json')], {
      spec,
    });

    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /interaction 3 "deleting an item" \(DELETE \/items\/it_1 → 204\): request no operation of the spec matches/,
    );
    assert.match(run.stdout, /4 interaction\(s\), 4 failing/);
  });

  it('prints one JSON object with --json and exits 2 for a file that is not a pact', async () => {
    const json = await runCli(contractPactCommand, [at('pact/shop-catalog.v3.json')], {
      spec,
      json: true,
    });
    const bad = await runCli(contractPactCommand, [spec], { spec });

    assert.equal((JSON.parse(json.stdout) as { valid: boolean; pacts: unknown[] }).pacts.length, 1);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /is not (JSON|a Pact file)/);
  });
});
