import assert from 'node:assert/strict';
import {
  parseRetryAfterMs,
  readRateLimitSignal,
} from '../../../src/engine/resilience/rateLimitSignals';

const nowMs = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('parseRetryAfterMs', () => {
  it('reads delta seconds, including fractions and padding', () => {
    assert.equal(parseRetryAfterMs('0', nowMs), 0);
    assert.equal(parseRetryAfterMs('7', nowMs), 7000);
    assert.equal(parseRetryAfterMs(' 1.5 ', nowMs), 1500);
  });

  it('reads an HTTP date as the time until it, and a past date as 0', () => {
    assert.equal(parseRetryAfterMs('Thu, 01 Jan 2026 12:00:30 GMT', nowMs), 30_000);
    assert.equal(parseRetryAfterMs('Thu, 01 Jan 2026 11:59:00 GMT', nowMs), 0);
    // The obsolete forms HTTP still allows: RFC 850 and asctime.
    assert.equal(parseRetryAfterMs('Thursday, 01-Jan-26 12:01:00 GMT', nowMs), 60_000);
    assert.equal(
      parseRetryAfterMs(
        'Thu Jan  1 12:00:10 2026',
        nowMs + new Date(nowMs).getTimezoneOffset() * 60_000,
      ),
      10_000,
    );
  });

  it('returns undefined for missing or unreadable values', () => {
    for (const value of [
      null,
      undefined,
      '',
      '   ',
      'soon',
      '-5',
      '1e3',
      '5 seconds',
      'Mon, banana',
      '2026-01-01T12:00:30Z',
    ]) {
      assert.equal(parseRetryAfterMs(value, nowMs), undefined, JSON.stringify(value));
    }
  });
});

describe('readRateLimitSignal', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('pauses on a 429 until its Retry-After, and one second for a bare 429', () => {
    assert.equal(
      readRateLimitSignal(headers({ 'retry-after': '3' }), 429, nowMs).pauseUntil,
      nowMs + 3000,
    );
    assert.equal(readRateLimitSignal(headers({}), 429, nowMs).pauseUntil, nowMs + 1000);
  });

  it('ignores Retry-After on a success', () => {
    assert.equal(
      readRateLimitSignal(headers({ 'retry-after': '3' }), 200, nowMs).pauseUntil,
      undefined,
    );
  });

  it('pauses until an exhausted X-RateLimit window resets (delta or epoch seconds)', () => {
    const delta = headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '10' });
    const epoch = headers({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(nowMs / 1000 + 20),
    });

    assert.equal(readRateLimitSignal(delta, 200, nowMs).pauseUntil, nowMs + 10_000);
    assert.equal(readRateLimitSignal(epoch, 200, nowMs).pauseUntil, nowMs + 20_000);
    assert.equal(
      readRateLimitSignal(headers({ 'x-ratelimit-remaining': '5' }), 200, nowMs).remaining,
      5,
    );
  });

  it("reads Shopify's call limit and waits for a slot when the bucket is full", () => {
    const full = readRateLimitSignal(
      headers({ 'x-shopify-shop-api-call-limit': '39/40' }),
      200,
      nowMs,
    );
    const roomy = readRateLimitSignal(
      headers({ 'x-shopify-shop-api-call-limit': '10/40' }),
      200,
      nowMs,
    );

    assert.deepEqual(full, { pauseUntil: nowMs + 500, remaining: 1 });
    assert.deepEqual(roomy, { pauseUntil: undefined, remaining: 30 });
  });
});
