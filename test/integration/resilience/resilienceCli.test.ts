import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { CliCommand } from '../../../src/cli/cliCommand';
import { callCommand } from '../../../src/cli/commands/callCommand';
import { circuitsCommand } from '../../../src/cli/commands/circuitsCommand';
import {
  circuitsIsolateCommand,
  circuitsResetCommand,
} from '../../../src/cli/commands/circuitActionCommand';
import { createResilienceCapability } from '../../../src/engine/resilience/resilienceCapability';
import { ResilienceRuntime } from '../../../src/engine/resilience/resilienceRuntime';
import { FaultServer } from './faultServer';
import { createResilienceTestContext, type ResilienceTestContext } from './resilienceTestContext';

describe('captain call and captain circuits', () => {
  let server: FaultServer;
  let context: ResilienceTestContext;

  async function run(
    command: CliCommand,
    positionals: string[],
    values: Record<string, unknown> = {},
  ): Promise<{ code: number; stdout: string }> {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await command.run({
      positionals,
      values: values as Record<string, string | boolean | string[] | undefined>,
      stdin: new PassThrough(),
      stdout,
      stderr: new PassThrough(),
      engine: async () => context,
      interrupted: new Promise(() => undefined),
    });
    return { code, stdout: Buffer.concat(chunks).toString('utf8') };
  }

  beforeEach(async () => {
    server = await FaultServer.start();
    context = createResilienceTestContext();
    context.setConfig({
      services: {
        api: {
          baseUrl: server.url,
          policies: { retry: { maxAttempts: 1 }, circuitBreaker: { consecutiveFailures: 1 } },
        },
      },
    });
  });

  afterEach(async () => {
    context.cleanup();
    await server.close();
  });

  it('prints one JSON object for a call with --json, with the body and headers sent', async () => {
    server.play([{ status: 201, body: { id: 'x' } }]);

    const { code, stdout } = await run(callCommand, ['api', 'POST', '/things'], {
      data: '{"a":1}',
      header: ['X-Trace:abc'],
      json: true,
    });

    assert.equal(code, 0);
    const printed = JSON.parse(stdout);
    assert.equal(printed.status, 201);
    assert.deepEqual(printed.body, { id: 'x' });
    assert.equal(server.requests[0].headers['x-trace'], 'abc');
    assert.equal(server.requests[0].body, '{"a":1}');
  });

  it('lists, resets and isolates circuits', async () => {
    server.play([{ status: 503 }]);
    assert.equal((await run(callCommand, ['api', 'GET', '/items'])).code, 1);

    const listed = JSON.parse((await run(circuitsCommand, [], { json: true })).stdout);
    assert.equal(listed[0].state, 'open');
    await run(circuitsResetCommand, ['api:GET /items']);
    assert.match((await run(circuitsCommand, [])).stdout, /api:GET \/items\s+closed/);
    await run(circuitsIsolateCommand, ['api']);
    assert.equal(
      JSON.parse((await run(circuitsCommand, [], { json: true })).stdout)[0].state,
      'isolated',
    );
  });

  it('announces a change made through another connection within a second', async () => {
    const capability = createResilienceCapability(context);
    server.play([{ status: 200 }]);
    await capability.runtime.http.call({ service: 'api', method: 'GET', path: '/items' });
    context.changes.length = 0;

    // A second context on the same file stands for the CLI process.
    const other = createResilienceTestContext(context.config(), context.store.file);
    const started = Date.now();
    new ResilienceRuntime(other).pipelines.isolate('api');
    while (
      !context.changes.some((c) => c.reason === 'changed in the store') &&
      Date.now() - started < 2000
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    assert.ok(Date.now() - started < 1000, 'change announced within a second');
    await capability.dispose();
    other.store.close();
  });
});
