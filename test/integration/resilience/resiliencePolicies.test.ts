import assert from 'node:assert/strict';
import type { ServiceConfig } from '../../../src/engine/config/captainConfig';
import { ResilienceRuntime } from '../../../src/engine/resilience/resilienceRuntime';
import { FaultServer } from './faultServer';
import { createResilienceTestContext, type ResilienceTestContext } from './resilienceTestContext';

describe('ResiliencePipeline through the HTTP connector', () => {
  let server: FaultServer;
  let context: ResilienceTestContext;
  let runtime: ResilienceRuntime;

  function useService(service: Partial<ServiceConfig>): void {
    context.setConfig({ services: { api: { baseUrl: server.url, ...service } } });
  }

  beforeEach(async () => {
    server = await FaultServer.start();
    context = createResilienceTestContext();
    runtime = new ResilienceRuntime(context, { random: () => 0.999 });
  });

  afterEach(async () => {
    runtime.dispose();
    context.cleanup();
    await server.close();
  });

  it('retries a 503 and stops at the attempt limit', async () => {
    useService({ policies: { retry: { maxAttempts: 3, initialDelayMs: 5 } } });
    server.play([], { status: 503 });

    const response = await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    assert.equal(response.status, 503);
    assert.equal(response.attempts, 3);
    assert.equal(server.requests.length, 3);
  });

  it('backs off the first window after a failed first attempt, then twice as long', async () => {
    useService({ policies: { retry: { maxAttempts: 3, initialDelayMs: 150 } } });
    server.play([], { status: 500 });

    const response = await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    // random() is 0.999: each wait is (almost) the whole window, 150 ms and then 300 ms.
    const [first, second, third] = server.requests.map((request) => request.at);
    assert.equal(response.attempts, 3);
    assert.ok(second - first >= 145 && second - first < 290, `first wait ${second - first} ms`);
    assert.ok(third - second >= 295, `second wait ${third - second} ms`);
  });

  it('does not retry a 400', async () => {
    useService({ policies: { retry: { maxAttempts: 4, initialDelayMs: 5 } } });
    server.play([{ status: 400 }]);

    const response = await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    assert.equal(response.status, 400);
    assert.equal(server.requests.length, 1);
  });

  it('retries a connection reset and succeeds', async () => {
    useService({ policies: { retry: { maxAttempts: 3, initialDelayMs: 5 } } });
    server.play([{ reset: true }, { status: 200, body: { id: 1 } }]);

    const response = await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { id: 1 });
    assert.equal(response.attempts, 2);
  });

  it('waits as long as Retry-After asks before the next attempt', async () => {
    useService({ policies: { retry: { maxAttempts: 2, initialDelayMs: 5 } } });
    server.play([{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }]);

    const response = await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    assert.equal(response.status, 200);
    const gapMs = server.requests[1].at - server.requests[0].at;
    assert.ok(gapMs >= 950, `second attempt came after ${gapMs} ms`);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    useService({ policies: { retry: { maxAttempts: 2, initialDelayMs: 5 } } });
    const inTwoSeconds = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000).toUTCString();
    server.play([{ status: 503, headers: { 'retry-after': inTwoSeconds } }, { status: 200 }]);

    await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    assert.ok(server.requests[1].at >= Date.parse(inTwoSeconds) - 50);
  });

  it('never retries a POST sent without an idempotency key', async () => {
    useService({ policies: { retry: { maxAttempts: 5, initialDelayMs: 5 } } });
    server.play([], { status: 503 });

    const response = await runtime.http.call({
      service: 'api',
      method: 'POST',
      path: '/charges',
      body: { amount: 5 },
      idempotency: false,
    });

    assert.equal(response.status, 503);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0].headers['idempotency-key'], undefined);
  });

  it('sends the same idempotency key on every attempt of a POST', async () => {
    useService({
      policies: { retry: { maxAttempts: 4, initialDelayMs: 5 }, idempotencyHeader: 'X-Idem' },
    });
    server.play([{ status: 500 }, { reset: true }, { status: 502 }, { status: 201 }]);

    const response = await runtime.http.call({
      service: 'api',
      method: 'POST',
      path: '/charges',
      body: { amount: 5 },
    });

    assert.equal(response.status, 201);
    const keys = server.keys('x-idem');
    assert.equal(keys.length, 4);
    assert.equal(new Set(keys).size, 1);
    assert.equal(keys[0], response.idempotencyKey);
  });

  it('gives a DELETE a key when the policies call it non-idempotent, the same on every retry', async () => {
    useService({
      policies: {
        retry: { maxAttempts: 3, initialDelayMs: 5 },
        nonIdempotentMethods: ['POST', 'PATCH', 'delete'],
      },
    });
    server.play([{ status: 503 }, { reset: true }, { status: 204 }]);

    const response = await runtime.http.call({
      service: 'api',
      method: 'DELETE',
      path: '/orders/42',
      callId: 'cancel-order-42',
    });

    assert.equal(response.status, 204);
    assert.equal(response.attempts, 3);
    const keys = server.keys();
    assert.equal(keys.length, 3);
    assert.equal(new Set(keys).size, 1);
    assert.equal(keys[0], response.idempotencyKey);
    assert.equal(runtime.idempotencyKeys.get('cancel-order-42')?.key, keys[0]);
  });

  it('tries a configured non-idempotent DELETE once when the caller turns keys off', async () => {
    useService({
      policies: { retry: { maxAttempts: 3, initialDelayMs: 5 }, nonIdempotentMethods: ['DELETE'] },
    });
    server.play([], { status: 503 });

    const response = await runtime.http.call({
      service: 'api',
      method: 'DELETE',
      path: '/orders/42',
      idempotency: false,
    });

    assert.equal(response.status, 503);
    assert.equal(server.requests.length, 1);
    assert.deepEqual(server.keys(), []);
  });

  it('sends a DELETE without a key and retries it, as before, when nothing is configured', async () => {
    useService({ policies: { retry: { maxAttempts: 2, initialDelayMs: 5 } } });
    server.play([{ status: 503 }, { status: 204 }]);

    const response = await runtime.http.call({
      service: 'api',
      method: 'DELETE',
      path: '/orders/42',
    });

    assert.equal(response.status, 204);
    assert.equal(response.attempts, 2);
    assert.equal(response.idempotencyKey, undefined);
    assert.deepEqual(server.keys(), []);
  });

  it("takes an endpoint's non-idempotent methods over the service's", async () => {
    useService({
      policies: { retry: { maxAttempts: 1 } },
      endpoints: {
        'DELETE /orders': { policies: { nonIdempotentMethods: ['POST', 'DELETE'] } },
        'POST /search': { policies: { nonIdempotentMethods: [] } },
      },
    });
    server.play([], { status: 200 });

    const orders = await runtime.http.call({ service: 'api', method: 'DELETE', path: '/orders' });
    const items = await runtime.http.call({ service: 'api', method: 'DELETE', path: '/items' });
    const search = await runtime.http.call({
      service: 'api',
      method: 'POST',
      path: '/search',
      body: { q: 'a' },
    });

    assert.ok(orders.idempotencyKey);
    assert.equal(items.idempotencyKey, undefined);
    assert.equal(search.idempotencyKey, undefined);
    assert.deepEqual(server.keys(), [orders.idempotencyKey]);
  });

  it('keeps an Idempotency-Key header the caller sent, on every attempt', async () => {
    useService({ policies: { retry: { maxAttempts: 3, initialDelayMs: 5 } } });
    server.play([{ status: 500 }, { status: 201 }]);

    const response = await runtime.http.call({
      service: 'api',
      method: 'POST',
      path: '/charges',
      headers: { 'idempotency-key': 'order-42-charge' },
      body: { amount: 5 },
      callId: 'charge-order-42',
    });

    assert.equal(response.status, 201);
    assert.deepEqual(server.keys(), ['order-42-charge', 'order-42-charge']);
    assert.equal(response.idempotencyKey, 'order-42-charge');
    assert.equal(runtime.idempotencyKeys.get('charge-order-42')?.key, 'order-42-charge');
  });

  it('reuses the idempotency key of a logical call after a restart', async () => {
    useService({ policies: { retry: { maxAttempts: 1 } } });
    server.play([{ reset: true }], { status: 201 });
    const call = {
      service: 'api',
      method: 'POST',
      path: '/orders',
      body: { sku: 'a' },
      logicalId: 'order-42',
    };
    await assert.rejects(runtime.http.call(call), { code: 'connection_failed' });
    runtime.dispose();

    // A new runtime over the same store file stands for the restarted process.
    const restarted = new ResilienceRuntime(context);
    const response = await restarted.http.call(call);

    assert.equal(response.status, 201);
    const keys = server.keys();
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
  });

  it('aborts an attempt that outlives the timeout', async () => {
    useService({ policies: { timeoutMs: 100, retry: { maxAttempts: 2, initialDelayMs: 5 } } });
    server.play([], { hang: true });
    const started = Date.now();

    await assert.rejects(runtime.http.call({ service: 'api', method: 'GET', path: '/slow' }), {
      code: 'call_timeout',
    });

    assert.equal(server.requests.length, 2);
    assert.ok(Date.now() - started < 1000);
  });

  it('treats GraphQL errors in a 200 answer as a graphql_error outcome', async () => {
    useService({});
    server.play([{ status: 200, body: { data: null, errors: [{ message: 'no such field' }] } }]);

    const response = await runtime.http.graphql('api', '{ shop { nme } }');

    assert.equal(response.status, 200);
    assert.equal(response.outcome, 'graphql_error');
    assert.deepEqual(JSON.parse(server.requests[0].body), {
      query: '{ shop { nme } }',
      variables: {},
    });
  });

  it('sends bearer auth from a secret reference and never returns it', async () => {
    context.setConfig({
      services: { api: { baseUrl: server.url, auth: { bearer: '${env:API_TOKEN}' } } },
    });
    runtime.dispose();
    runtime = new ResilienceRuntime({ ...context, env: { API_TOKEN: 'tok_secret' } });

    const response = await runtime.http.call({ service: 'api', method: 'GET', path: '/me' });

    assert.equal(server.requests[0].headers.authorization, 'Bearer tok_secret');
    assert.ok(!JSON.stringify(response).includes('tok_secret'));
  });

  it('keeps calls under the configured rate, counted by the server per second', async function () {
    this.timeout(10_000);
    useService({ policies: { rateLimit: { requestsPerSecond: 10 } } });

    await Promise.all(
      Array.from({ length: 25 }, () =>
        runtime.http.call({ service: 'api', method: 'GET', path: '/items' }),
      ),
    );

    assert.equal(server.requests.length, 25);
    const busiest = busiestWindow(server.requests.map((request) => request.at));
    assert.ok(busiest <= 10, `${busiest} requests within ${windowMs} ms`);
  });

  it('pauses the rate limiter after a 429 with Retry-After', async () => {
    useService({ policies: { rateLimit: { requestsPerSecond: 100 }, retry: { maxAttempts: 1 } } });
    server.play([{ status: 429, headers: { 'retry-after': '1' } }]);

    await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });
    await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    assert.ok(server.requests[1].at - server.requests[0].at >= 950);
  });

  it('keeps the service rate across all its endpoints, counted by the server', async function () {
    this.timeout(10_000);
    useService({ policies: { rateLimit: { requestsPerSecond: 5 } } });

    await Promise.all(
      ['/a', '/b', '/c', '/d'].flatMap((path) =>
        Array.from({ length: 3 }, () => runtime.http.call({ service: 'api', method: 'GET', path })),
      ),
    );

    assert.equal(server.requests.length, 12);
    const busiest = busiestWindow(server.requests.map((request) => request.at));
    assert.ok(busiest <= 5, `${busiest} requests within ${windowMs} ms`);
  });

  it('gives an endpoint that sets its own rateLimit a limiter of its own', async () => {
    useService({
      policies: { rateLimit: { requestsPerSecond: 1 } },
      endpoints: { 'GET /fast': { policies: { rateLimit: { requestsPerSecond: 1000 } } } },
    });
    await runtime.http.call({ service: 'api', method: 'GET', path: '/slow' });
    const started = Date.now();

    for (let i = 0; i < 5; i++) {
      await runtime.http.call({ service: 'api', method: 'GET', path: '/fast' });
    }

    assert.ok(Date.now() - started < 500, `five calls took ${Date.now() - started} ms`);
  });

  it('pauses every endpoint of the service after a 429 with Retry-After on one', async () => {
    useService({ policies: { rateLimit: { requestsPerSecond: 100 }, retry: { maxAttempts: 1 } } });
    server.play([{ status: 429, headers: { 'retry-after': '1' } }]);

    await runtime.http.call({ service: 'api', method: 'GET', path: '/orders' });
    await runtime.http.call({ service: 'api', method: 'GET', path: '/customers' });

    assert.deepEqual(
      server.requests.map((request) => request.path),
      ['/orders', '/customers'],
    );
    assert.ok(server.requests[1].at - server.requests[0].at >= 950);
  });

  it('rejects calls beyond the service bulkhead with bulkhead_full, across endpoints', async () => {
    useService({ policies: { bulkhead: { maxConcurrent: 2, maxQueued: 1 } } });
    server.play([], { delayMs: 200 });

    const settled = await Promise.allSettled(
      ['/a', '/b', '/c', '/d', '/e'].map((path) =>
        runtime.http.call({ service: 'api', method: 'GET', path }),
      ),
    );

    const codes = settled.map((result) =>
      result.status === 'fulfilled'
        ? result.value.status
        : (result.reason as { code: string }).code,
    );
    assert.deepEqual(codes, [200, 200, 200, 'bulkhead_full', 'bulkhead_full']);
    assert.equal(server.requests.length, 3);
    const outcomes = runtime.callLog.since(0).map((call) => call.outcome);
    assert.equal(outcomes.filter((outcome) => outcome === 'bulkhead_full').length, 2);
  });

  it('honours X-RateLimit-Remaining 0 without a configured rateLimit', async () => {
    useService({ policies: { retry: { maxAttempts: 1 } } });
    server.play([{ headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' } }]);

    await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });
    await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    const gapMs = server.requests[1].at - server.requests[0].at;
    assert.ok(gapMs >= 950, `second call came after ${gapMs} ms`);
  });

  it("honours Shopify's full call-limit bucket without a configured rateLimit", async () => {
    useService({ policies: { retry: { maxAttempts: 1 } } });
    server.play([{ headers: { 'x-shopify-shop-api-call-limit': '40/40' } }]);

    await runtime.http.call({ service: 'api', method: 'GET', path: '/products' });
    await runtime.http.call({ service: 'api', method: 'GET', path: '/products' });

    const gapMs = server.requests[1].at - server.requests[0].at;
    assert.ok(gapMs >= 450, `second call came after ${gapMs} ms`);
  });

  it('records each call for the health view', async () => {
    useService({});
    await runtime.http.call({ service: 'api', method: 'GET', path: '/items' });

    const calls = runtime.callLog.since(0);

    assert.equal(calls.length, 1);
    assert.equal(calls[0].endpoint, 'GET /items');
    assert.equal(calls[0].outcome, 'success');
  });
});

/**
 * Window of the server-side rate checks, in ms: one second less 50 ms for delivery jitter (a first
 * request that waits for its connection arrives late, and the next ones catch up). A limiter one
 * call per second too fast still fails: at 11/s, 11 calls fit in 950 ms.
 */
const windowMs = 950;

/** The most requests the server saw within `windowMs` of any one of them (times in ms). */
function busiestWindow(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let busiest = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= windowMs) {
      start += 1;
    }
    busiest = Math.max(busiest, end - start + 1);
  }
  return busiest;
}
