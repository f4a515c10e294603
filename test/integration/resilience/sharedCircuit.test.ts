import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PoliciesConfig } from '../../../src/engine/config/captainConfig';
import { ResilienceRuntime } from '../../../src/engine/resilience/resilienceRuntime';
import { revisionCheckIntervalMs } from '../../../src/engine/resilience/sharedCircuitBreaker';
import { FaultServer } from './faultServer';
import { createResilienceTestContext, type ResilienceTestContext } from './resilienceTestContext';

const run = promisify(execFile);
const childScript = path.join(__dirname, 'circuitChildProcess.ts');
const tsxCli = require.resolve('tsx/cli');

/** Runs the child process and returns what each of its calls got. */
async function childCalls(
  storeFile: string,
  baseUrl: string,
  calls: number,
  policies?: PoliciesConfig,
): Promise<{ pid: number; results: Array<number | string> }> {
  const args = [tsxCli, childScript, storeFile, baseUrl, String(calls)];
  if (policies) {
    args.push(JSON.stringify(policies));
  }
  const { stdout } = await run(process.execPath, args, { timeout: 20_000 });
  return JSON.parse(stdout.trim().split('\n').pop() as string);
}

describe('Shared circuits across processes', function () {
  this.timeout(30_000);
  let server: FaultServer;
  let folder: string;
  let storeFile: string;
  let context: ResilienceTestContext;
  let runtime: ResilienceRuntime;

  beforeEach(async () => {
    server = await FaultServer.start();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-shared-circuit-'));
    storeFile = path.join(folder, 'captain.db');
    context = createResilienceTestContext(
      {
        services: {
          api: {
            baseUrl: server.url,
            policies: {
              retry: { maxAttempts: 1 },
              circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 },
            },
          },
        },
      },
      storeFile,
    );
    runtime = new ResilienceRuntime(context);
  });

  afterEach(async () => {
    runtime.dispose();
    context.cleanup();
    fs.rmSync(folder, { recursive: true, force: true });
    await server.close();
  });

  it('honours a circuit opened by another process, counting the failures of both', async () => {
    server.play([], { status: 503 });
    await runtime.http
      .call({ service: 'api', method: 'GET', path: '/items' })
      .catch(() => undefined);

    const child = await childCalls(storeFile, server.url, 4);
    const before = server.requests.length;
    await assert.rejects(runtime.http.call({ service: 'api', method: 'GET', path: '/items' }), {
      code: 'circuit_open',
    });

    // One failure here and two in the child reach the threshold of three.
    assert.deepEqual(child.results, [503, 503, 'circuit_open', 'circuit_open']);
    assert.equal(server.requests.length, before);
    const opened = runtime.circuits
      .history('api:circuit:api:GET /items')
      .find((t) => t.to === 'open');
    assert.equal(opened?.pid, child.pid);
  });

  it('opens at the threshold when each failure comes from a separate process', async () => {
    server.play([], { status: 503 });

    const runs = [];
    for (let i = 0; i < 4; i++) {
      runs.push((await childCalls(storeFile, server.url, 1)).results[0]);
    }

    assert.deepEqual(runs, [503, 503, 503, 'circuit_open']);
    assert.equal(server.requests.length, 3);
    const stored = runtime.circuits.get('api:circuit:api:GET /items');
    assert.equal(stored?.state, 'open');
    assert.equal(stored?.failureCount, 3);
  });

  it('clears the shared failure count on a success in another process', async () => {
    server.play([{ status: 503 }, { status: 503 }, { status: 200 }], { status: 503 });
    await childCalls(storeFile, server.url, 2);

    const child = await childCalls(storeFile, server.url, 1);
    await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    assert.deepEqual(child.results, [200]);
    const stored = runtime.circuits.get('api:circuit:api:GET /items');
    assert.equal(stored?.state, 'closed');
    assert.equal(stored?.failureCount, 1);
  });

  it('clears failures counted by another runtime on a success after the revision check', async () => {
    const otherContext = createResilienceTestContext(context.config(), storeFile);
    const other = new ResilienceRuntime(otherContext);
    const key = 'api:circuit:api:GET /items';
    const call = (via: ResilienceRuntime): Promise<unknown> =>
      via.http.call({ service: 'api', method: 'GET', path: '/items' });
    server.play([{ status: 200 }, { status: 503 }, { status: 503 }, { status: 200 }]);
    try {
      await call(runtime);

      await call(other);
      await call(other);
      const countedThere = runtime.circuits.get(key)?.failureCount;
      await new Promise((resolve) => setTimeout(resolve, revisionCheckIntervalMs + 5));
      await call(runtime);

      assert.equal(countedThere, 2);
      assert.equal(runtime.circuits.get(key)?.failureCount, 0);
    } finally {
      other.dispose();
      otherContext.cleanup();
    }
  });

  it('opens on the failure rate of both processes when neither alone has enough calls', async () => {
    // Five calls a minute before the rate counts; more than half of them failing opens it.
    const policies: PoliciesConfig = {
      retry: { maxAttempts: 1 },
      circuitBreaker: {
        consecutiveFailures: 100,
        failureRateThreshold: 0.5,
        minimumCalls: 5,
        samplingWindowMs: 60_000,
        halfOpenAfterMs: 60_000,
      },
    };
    context.setConfig({ services: { api: { baseUrl: server.url, policies } } });
    server.play(
      [{ status: 503 }, { status: 200 }, { status: 503 }, { status: 200 }, { status: 503 }],
      { status: 200 },
    );
    const call = (): Promise<unknown> =>
      runtime.http.call({ service: 'api', method: 'GET', path: '/items' });
    for (let i = 0; i < 3; i++) {
      await call();
    }
    const key = 'api:circuit:api:GET /items';
    const closedHere = runtime.circuits.get(key)?.state;

    // The child's 200 and 503 make five calls with three failures: 60% over the minimum.
    const child = await childCalls(storeFile, server.url, 3, policies);
    const before = server.requests.length;
    await assert.rejects(call(), { code: 'circuit_open' });

    assert.equal(closedHere, 'closed');
    assert.deepEqual(child.results, [200, 503, 'circuit_open']);
    assert.equal(server.requests.length, before);
    const stored = runtime.circuits.get(key);
    assert.equal(stored?.state, 'open');
    // Never more than one failure in a row: the rate opened it, not the consecutive count.
    assert.equal(stored?.failureCount, 1);
    const opened = runtime.circuits.history(key).find((t) => t.to === 'open');
    assert.equal(opened?.pid, child.pid);
  });

  it('lets another process call again after a reset here', async () => {
    server.play([], { status: 503 });
    await childCalls(storeFile, server.url, 3);
    server.play([], { status: 200 });

    runtime.pipelines.reset('api');
    const child = await childCalls(storeFile, server.url, 1);

    assert.deepEqual(child.results, [200]);
  });

  it('blocks another process after an isolate here', async () => {
    server.play([], { status: 200 });
    await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    runtime.pipelines.isolate('api');
    const child = await childCalls(storeFile, server.url, 1);

    assert.deepEqual(child.results, ['circuit_isolated']);
  });
});
