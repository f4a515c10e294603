import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { AttemptDeadlines } from '../../../src/engine/resilience/attemptDeadlines';

describe('AttemptDeadlines', () => {
  it('aborts an attempt that overruns with a TimeoutError, not before its timeout', async () => {
    const deadlines = new AttemptDeadlines(40);
    const startedAt = performance.now();
    const deadline = deadlines.start();

    await new Promise<void>((resolve) =>
      deadline.signal.addEventListener('abort', () => resolve()),
    );

    assert.ok(performance.now() - startedAt >= 39, 'aborted early');
    assert.equal((deadline.signal.reason as DOMException).name, 'TimeoutError');
    deadline.release();
  });

  it('shares one signal between attempts started within the slack', () => {
    const deadlines = new AttemptDeadlines(5000);

    const first = deadlines.start();
    const second = deadlines.start();

    assert.equal(deadlines.slackMs, 20);
    assert.equal(first.signal, second.signal);
    first.release();
    second.release();
  });

  it('clears the timer once every attempt of a group settled', async () => {
    const deadlines = new AttemptDeadlines(30);
    const first = deadlines.start();

    first.release();
    first.release();
    const next = deadlines.start();
    await sleep(60);

    assert.equal(first.signal.aborted, false);
    assert.notEqual(next.signal, first.signal);
    assert.equal(next.signal.aborted, true);
    next.release();
  });

  it('rejects a timeout that is not positive', () => {
    assert.throws(() => new AttemptDeadlines(0), RangeError);
  });
});
