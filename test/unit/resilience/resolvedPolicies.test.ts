import assert from 'node:assert/strict';
import type { ServiceConfig } from '../../../src/engine/config/captainConfig';
import {
  defaultRetryOn,
  endpointNameFor,
  resolvePolicies,
} from '../../../src/engine/resilience/resolvedPolicies';

const service: ServiceConfig = {
  baseUrl: 'http://127.0.0.1:1',
  policies: {
    timeoutMs: 4000,
    retry: { maxAttempts: 4, initialDelayMs: 50 },
    circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 1000 },
    rateLimit: { requestsPerSecond: 10 },
  },
  endpoints: {
    'POST /charges': {
      policies: {
        timeoutMs: 15_000,
        retry: { maxAttempts: 2 },
        rateLimit: { requestsPerSecond: 2, burst: 4 },
        idempotencyHeader: 'X-Request-Key',
      },
    },
    '/health': { policies: { retry: { maxAttempts: 1 } } },
  },
};

describe('resolvePolicies', () => {
  it('fills every default for a service without policies', () => {
    const resolved = resolvePolicies({ baseUrl: 'http://x' }, 'GET /');

    assert.deepEqual(resolved, {
      timeoutMs: 10_000,
      retry: { maxAttempts: 3, initialDelayMs: 200, maxDelayMs: 30_000, retryOn: defaultRetryOn },
      circuitBreaker: {
        consecutiveFailures: 5,
        failureRateThreshold: undefined,
        minimumCalls: 10,
        samplingWindowMs: 60_000,
        halfOpenAfterMs: 30_000,
      },
      rateLimit: undefined,
      bulkhead: undefined,
      idempotencyHeader: 'Idempotency-Key',
      nonIdempotentMethods: ['POST', 'PATCH'],
    });
  });

  it("reads non-idempotent methods in upper case, an endpoint's list replacing the service's", () => {
    const configured: ServiceConfig = {
      baseUrl: 'http://x',
      policies: { nonIdempotentMethods: ['post', 'Delete'] },
      endpoints: { '/search': { policies: { nonIdempotentMethods: [] } } },
    };

    assert.deepEqual(resolvePolicies(configured, 'DELETE /orders').nonIdempotentMethods, [
      'POST',
      'DELETE',
    ]);
    assert.deepEqual(resolvePolicies(configured, '/search').nonIdempotentMethods, []);
  });

  it('lets an endpoint override fields one by one, keeping the service values for the rest', () => {
    const resolved = resolvePolicies(service, 'POST /charges');

    assert.equal(resolved.timeoutMs, 15_000);
    assert.equal(resolved.retry.maxAttempts, 2);
    assert.equal(resolved.retry.initialDelayMs, 50);
    assert.equal(resolved.circuitBreaker.consecutiveFailures, 3);
    assert.deepEqual(resolved.rateLimit, { requestsPerSecond: 2, burst: 4 });
    assert.equal(resolved.idempotencyHeader, 'X-Request-Key');
  });

  it('uses the service policies for an endpoint without overrides', () => {
    const resolved = resolvePolicies(service, 'GET /orders');

    assert.equal(resolved.timeoutMs, 4000);
    assert.equal(resolved.retry.maxAttempts, 4);
    assert.deepEqual(resolved.rateLimit, { requestsPerSecond: 10, burst: 1 });
  });

  it('rejects out-of-range numbers with the field named', () => {
    const bad = (policies: ServiceConfig['policies']) => () =>
      resolvePolicies({ baseUrl: 'http://x', policies }, 'GET /');

    assert.throws(bad({ retry: { maxAttempts: 0 } }), /retry.maxAttempts >= 1, got 0/);
    assert.throws(bad({ timeoutMs: -1 }), RangeError);
    assert.throws(bad({ circuitBreaker: { failureRateThreshold: 1.5 } }), /failureRateThreshold/);
    assert.throws(bad({ rateLimit: { requestsPerSecond: 0 } }), /requestsPerSecond/);
  });

  it('rejects a non-idempotent method that is not a method name', () => {
    const policies = { nonIdempotentMethods: ['POST', 'DELETE /orders'] };

    assert.throws(
      () => resolvePolicies({ baseUrl: 'http://x', policies }, 'GET /'),
      (error: unknown) =>
        error instanceof TypeError && /nonIdempotentMethods.*"DELETE \/orders"/.test(error.message),
    );
  });
});

describe('endpointNameFor', () => {
  it("prefers 'METHOD /path', then '/path', else the method and first segment", () => {
    assert.equal(endpointNameFor(service, 'post', '/charges?expand=x'), 'POST /charges');
    assert.equal(endpointNameFor(service, 'GET', '/health'), '/health');
    assert.equal(endpointNameFor(service, 'GET', '/orders/42/items'), 'GET /orders');
    assert.equal(endpointNameFor(service, 'DELETE', '/'), 'DELETE /');
  });
});
