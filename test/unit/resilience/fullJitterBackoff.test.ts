import assert from 'node:assert/strict';
import type { IRetryBackoffContext } from 'cockatiel';
import { FullJitterBackoff } from '../../../src/engine/resilience/fullJitterBackoff';

function context(attempt: number, result: unknown = { value: { status: 503 } }) {
  return { attempt, result } as IRetryBackoffContext<unknown>;
}

describe('FullJitterBackoff', () => {
  it('waits between 0 and the doubling ceiling, capped at maxDelayMs', () => {
    const ceilings = [100, 200, 400, 800, 1000, 1000];
    for (const [index, ceiling] of ceilings.entries()) {
      const attempt = index + 1;
      const low = new FullJitterBackoff({ initialDelayMs: 100, maxDelayMs: 1000, random: () => 0 });
      const high = new FullJitterBackoff({
        initialDelayMs: 100,
        maxDelayMs: 1000,
        random: () => 0.999_999_9,
      });

      assert.equal(low.next(context(attempt)).duration, 0, `attempt ${attempt} low`);
      assert.equal(high.next(context(attempt)).duration, ceiling, `attempt ${attempt} high`);
    }
  });

  it('stays within bounds for any random draw', () => {
    const backoff = new FullJitterBackoff({ initialDelayMs: 50, maxDelayMs: 700 });
    for (let draw = 0; draw < 2000; draw++) {
      const attempt = 1 + (draw % 8);
      const duration = backoff.next(context(attempt)).duration;
      assert.ok(duration >= 0 && duration <= Math.min(700, 50 * 2 ** (attempt - 1)));
      assert.ok(Number.isInteger(duration));
    }
  });

  it("takes the API's Retry-After over the formula, capped at maxDelayMs", () => {
    const backoff = new FullJitterBackoff({
      initialDelayMs: 100,
      maxDelayMs: 5000,
      random: () => 0,
    });
    const asking = (value: string) => ({
      value: { status: 429, headers: new Headers({ 'retry-after': value }) },
    });

    assert.equal(backoff.next(context(1, asking('2'))).duration, 2000);
    assert.equal(backoff.next(context(1, asking('120'))).duration, 5000);
    assert.equal(backoff.next(context(1, asking('soon'))).duration, 0);
  });

  it('reads a wait carried on an error as retryAfterMs', () => {
    const backoff = new FullJitterBackoff({
      initialDelayMs: 100,
      maxDelayMs: 5000,
      random: () => 0,
    });

    assert.equal(backoff.next(context(2, { error: { retryAfterMs: 1234 } })).duration, 1234);
  });

  it('chains: next() of a backoff continues the sequence', () => {
    const backoff = new FullJitterBackoff({
      initialDelayMs: 10,
      maxDelayMs: 1000,
      random: () => 0.5,
    });

    const first = backoff.next(context(1));
    const second = first.next(context(2));

    assert.equal(first.duration, 5);
    assert.equal(second.duration, 10);
  });
});
