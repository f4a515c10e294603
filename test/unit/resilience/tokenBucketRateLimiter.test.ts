import assert from 'node:assert/strict';
import { TokenBucketRateLimiter } from '../../../src/engine/resilience/tokenBucketRateLimiter';

/** A clock the test moves; `sleep` advances it instead of waiting. */
function fakeClock(startMs = 1_000_000) {
  const clock = {
    nowMs: startMs,
    slept: [] as number[],
    now: () => clock.nowMs,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.nowMs += ms;
    },
  };
  return clock;
}

describe('TokenBucketRateLimiter', () => {
  it('lets the burst through at once, then one call per 1/rate seconds', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketRateLimiter({ requestsPerSecond: 4, burst: 2, ...clock });
    const grantedAt: number[] = [];

    for (let call = 0; call < 6; call++) {
      await limiter.acquire();
      grantedAt.push(clock.nowMs - 1_000_000);
    }

    assert.deepEqual(grantedAt, [0, 0, 250, 500, 750, 1000]);
  });

  it('never grants more than rate × window + burst in any window', async () => {
    const clock = fakeClock();
    const rate = 7;
    const limiter = new TokenBucketRateLimiter({ requestsPerSecond: rate, ...clock });
    const grantedAt: number[] = [];
    for (let call = 0; call < 50; call++) {
      await limiter.acquire();
      grantedAt.push(clock.nowMs);
    }

    for (const start of grantedAt) {
      const inWindow = grantedAt.filter((at) => at >= start && at < start + 1000).length;
      assert.ok(inWindow <= rate, `${inWindow} calls in the second from ${start}`);
    }
  });

  it('refills with idle time, up to the burst only', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketRateLimiter({ requestsPerSecond: 10, burst: 3, ...clock });
    for (let call = 0; call < 3; call++) {
      await limiter.acquire();
    }

    clock.nowMs += 60_000;
    clock.slept.length = 0;
    for (let call = 0; call < 4; call++) {
      await limiter.acquire();
    }

    assert.deepEqual(clock.slept, [100]);
  });

  it('pauses until the time an API signal names, then resumes at the rate', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketRateLimiter({ requestsPerSecond: 100, burst: 5, ...clock });
    await limiter.acquire();

    limiter.observe({ pauseUntil: clock.nowMs + 2000 });
    await limiter.acquire();

    assert.equal(clock.nowMs - 1_000_000, 2010);
  });

  it('drops to one call per refill when the API says one or none remains', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketRateLimiter({ requestsPerSecond: 10, burst: 5, ...clock });

    limiter.observe({ remaining: 1 });
    await limiter.acquire();

    assert.deepEqual(clock.slept, [100]);
  });

  it('rejects a waiter whose signal aborts, and serves the next', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketRateLimiter({ requestsPerSecond: 1, ...clock });
    await limiter.acquire();
    const aborted = AbortSignal.abort(new Error('caller gave up'));

    await assert.rejects(limiter.acquire(aborted), /caller gave up/);
    await limiter.acquire();

    assert.equal(clock.nowMs - 1_000_000, 1000);
  });

  it('without a rate, lets calls through at once until the API asks for a pause', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketRateLimiter({ ...clock });
    for (let call = 0; call < 100; call++) {
      await limiter.acquire();
    }

    limiter.observe({ pauseUntil: clock.nowMs + 2000 });
    await limiter.acquire();
    await limiter.acquire();

    assert.deepEqual(clock.slept, [2000]);
  });

  it('takes a free token at once, and none while a pause the API asked for holds', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketRateLimiter({ requestsPerSecond: 10, burst: 2, ...clock });

    const first = limiter.tryAcquire();
    const second = limiter.tryAcquire();
    const third = limiter.tryAcquire();
    clock.nowMs += 100;
    const afterRefill = limiter.tryAcquire();
    limiter.observe({ pauseUntil: clock.nowMs + 1000 });
    clock.nowMs += 500;
    const duringPause = limiter.tryAcquire();
    await limiter.acquire();

    assert.deepEqual(
      [first, second, third, afterRefill, duringPause],
      [true, true, false, true, false],
    );
    assert.deepEqual(clock.slept, [500, 100]);
  });

  it('refuses a rate that is not positive', () => {
    assert.throws(() => new TokenBucketRateLimiter({ requestsPerSecond: 0 }), RangeError);
  });
});
