import assert from 'node:assert/strict';
import { mock } from 'node:test';
import { ResilienceRuntime } from '../../../src/engine/resilience/resilienceRuntime';
import { FaultServer } from './faultServer';
import { createResilienceTestContext, type ResilienceTestContext } from './resilienceTestContext';

describe('SharedCircuitBreaker', () => {
  let server: FaultServer;
  let context: ResilienceTestContext;
  let runtime: ResilienceRuntime;
  const call = (): Promise<unknown> =>
    runtime.http.call({ service: 'api', method: 'GET', path: '/items' });
  const key = 'api:circuit:api:GET /items';

  beforeEach(async () => {
    server = await FaultServer.start();
    context = createResilienceTestContext();
    context.setConfig({
      services: {
        api: {
          baseUrl: server.url,
          policies: {
            retry: { maxAttempts: 1 },
            circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 30_000 },
          },
        },
      },
    });
    runtime = new ResilienceRuntime(context);
    mock.timers.enable({ apis: ['Date'], now: 1_700_000_000_000 });
  });

  afterEach(async () => {
    mock.timers.reset();
    runtime.dispose();
    context.cleanup();
    await server.close();
  });

  function transitions(): string[] {
    return runtime.circuits
      .history(key)
      .reverse()
      .map((t) => `${t.from}>${t.to}`);
  }

  it('opens after the consecutive failure threshold and rejects without calling', async () => {
    server.play([], { status: 503 });

    for (let i = 0; i < 3; i++) {
      await call();
    }
    await assert.rejects(call(), { code: 'circuit_open' });

    assert.equal(server.requests.length, 3);
    const circuit = runtime.circuits.get(key);
    assert.equal(circuit?.state, 'open');
    assert.equal(circuit?.failureCount, 3);
    assert.equal(circuit?.lastFailure, 'HTTP 503');
    assert.equal(circuit?.nextTrialAt, 1_700_000_000_000 + 30_000);
    assert.deepEqual(transitions(), ['closed>open']);
  });

  it('goes half-open after the delay and closes when the trial call succeeds', async () => {
    server.play([{ status: 500 }, { status: 500 }, { status: 500 }], { status: 200 });
    for (let i = 0; i < 3; i++) {
      await call();
    }

    mock.timers.tick(30_001);
    await call();

    assert.equal(runtime.circuits.get(key)?.state, 'closed');
    assert.equal(runtime.circuits.get(key)?.failureCount, 0);
    assert.deepEqual(transitions(), ['closed>open', 'open>half-open', 'half-open>closed']);
  });

  it('opens again when the trial call fails', async () => {
    server.play([], { status: 500 });
    for (let i = 0; i < 3; i++) {
      await call();
    }

    mock.timers.tick(30_001);
    await call();

    assert.equal(runtime.circuits.get(key)?.state, 'open');
    assert.deepEqual(transitions(), ['closed>open', 'open>half-open', 'half-open>open']);
  });

  it('opens on the failure rate over the sampling window', async () => {
    context.setConfig({
      services: {
        api: {
          baseUrl: server.url,
          policies: {
            retry: { maxAttempts: 1 },
            circuitBreaker: {
              consecutiveFailures: 100,
              failureRateThreshold: 0.5,
              minimumCalls: 4,
              samplingWindowMs: 10_000,
            },
          },
        },
      },
    });
    server.play(
      [{ status: 200 }, { status: 500 }, { status: 200 }, { status: 500 }, { status: 500 }],
      { status: 200 },
    );

    for (let i = 0; i < 5; i++) {
      await call();
    }

    assert.equal(runtime.circuits.get(key)?.state, 'open');
  });

  it('starts a fresh failure-rate window after a successful trial call', async () => {
    context.setConfig({
      services: {
        api: {
          baseUrl: server.url,
          policies: {
            retry: { maxAttempts: 1 },
            circuitBreaker: {
              consecutiveFailures: 100,
              failureRateThreshold: 0.5,
              minimumCalls: 4,
              samplingWindowMs: 60_000,
              halfOpenAfterMs: 1000,
            },
          },
        },
      },
    });
    server.play([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }, {}, {}], {
      status: 500,
    });
    for (let i = 0; i < 4; i++) {
      await call();
    }
    const opened = runtime.circuits.get(key)?.state;

    mock.timers.tick(1001);
    await call();
    await call();
    await call();

    // The four failures before the trial are still inside the minute, but no longer count.
    assert.equal(opened, 'open');
    assert.equal(runtime.circuits.get(key)?.state, 'closed');
    assert.deepEqual(transitions(), ['closed>open', 'open>half-open', 'half-open>closed']);
  });

  it('is reset and isolated by hand, with each change recorded', async () => {
    server.play([], { status: 200 });
    await call();

    runtime.pipelines.isolate('api', 'GET /items');
    await assert.rejects(call(), { code: 'circuit_isolated' });
    runtime.pipelines.reset('api');
    await call();

    assert.equal(server.requests.length, 2);
    assert.deepEqual(transitions(), ['closed>isolated', 'isolated>closed']);
    assert.ok(
      context.changes.some((change) => change.topic === 'circuits' && change.reason === 'isolated'),
    );
  });

  it('counts the failures of calls in flight when the circuit opened, opening it once', async () => {
    server.play([], { status: 503, delayMs: 20 });

    const responses = await Promise.all(Array.from({ length: 5 }, () => call()));

    assert.deepEqual(
      responses.map((response) => (response as { status: number }).status),
      [503, 503, 503, 503, 503],
    );
    assert.equal(runtime.circuits.get(key)?.state, 'open');
    assert.equal(runtime.circuits.get(key)?.failureCount, 5);
    assert.deepEqual(transitions(), ['closed>open']);
  });

  it('clears the failure count on a success while closed', async () => {
    server.play([{ status: 500 }, { status: 500 }], { status: 200 });
    await call();
    await call();
    const afterFailures = runtime.circuits.get(key)?.failureCount;

    await call();

    assert.equal(afterFailures, 2);
    assert.equal(runtime.circuits.get(key)?.failureCount, 0);
    assert.equal(runtime.circuits.get(key)?.state, 'closed');
  });

  it('counts a timeout as a failure', async () => {
    mock.timers.reset();
    context.setConfig({
      services: {
        api: {
          baseUrl: server.url,
          policies: {
            timeoutMs: 50,
            retry: { maxAttempts: 1 },
            circuitBreaker: { consecutiveFailures: 1 },
          },
        },
      },
    });
    server.play([], { hang: true });

    await assert.rejects(call(), { code: 'call_timeout' });

    assert.equal(runtime.circuits.get(key)?.state, 'open');
    assert.equal(runtime.circuits.get(key)?.lastFailure, 'timeout after 50 ms');
  });
});
