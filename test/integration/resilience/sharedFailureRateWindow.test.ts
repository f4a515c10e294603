import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CircuitOutcomeRepository } from '../../../src/engine/resilience/circuitOutcomeRepository';
import { CircuitRepository } from '../../../src/engine/resilience/circuitRepository';
import {
  SharedFailureRateWindow,
  type SharedFailureRateWindowOptions,
} from '../../../src/engine/resilience/sharedFailureRateWindow';
import { CaptainStore } from '../../../src/engine/store/captainStore';

describe('SharedFailureRateWindow', () => {
  const key = 'api:circuit:api:GET /items';
  let folder: string;
  let stores: CaptainStore[];
  let nowMs: number;

  /** A window on its own connection to the one store file, as another process would have. */
  function openWindow(
    settings: Partial<SharedFailureRateWindowOptions> = {},
  ): SharedFailureRateWindow {
    const store = CaptainStore.open(path.join(folder, 'captain.db'));
    stores.push(store);
    return new SharedFailureRateWindow({
      outcomes: new CircuitOutcomeRepository(store.db),
      key,
      failureRateThreshold: 0.5,
      minimumCalls: 4,
      samplingWindowMs: 10_000,
      now: () => nowMs,
      ...settings,
    });
  }

  function storedBuckets(): number {
    const row = stores[0].db
      .prepare('SELECT COUNT(*) AS n FROM resilience_circuit_outcomes WHERE circuit_key = ?')
      .get(key) as { n: number };
    return row.n;
  }

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-rate-window-'));
    stores = [];
    nowMs = 1_700_000_000_000;
  });

  afterEach(() => {
    for (const store of stores) {
      store.close();
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('splits the window into buckets of at most a second, at least five of them', () => {
    assert.equal(openWindow({ samplingWindowMs: 60_000 }).bucketMs, 1000);
    assert.equal(openWindow({ samplingWindowMs: 10_000 }).bucketMs, 1000);
    assert.equal(openWindow({ samplingWindowMs: 2000 }).bucketMs, 400);
    assert.equal(openWindow({ samplingWindowMs: 100 }).bucketMs, 20);
  });

  it('waits for the minimum calls before the rate counts', () => {
    const window = openWindow();

    const verdicts = [window.recordFailure(), window.recordFailure(), window.recordFailure()];

    assert.deepEqual(verdicts, [false, false, false]);
    assert.deepEqual(window.counts(), { calls: 3, failures: 3 });
  });

  it('opens when more than the threshold failed, not at exactly the threshold', () => {
    const window = openWindow();
    window.recordSuccess();
    window.recordSuccess();
    nowMs += 1500;

    const atHalf = [window.recordFailure(), window.recordFailure()];
    const overHalf = window.recordFailure();

    assert.deepEqual(atHalf, [false, false]);
    assert.equal(overHalf, true);
  });

  it('adds up the outcomes of two connections to the store', () => {
    const here = openWindow();
    const there = openWindow();
    here.recordFailure();
    here.recordSuccess();
    there.recordSuccess();

    const verdict = there.recordFailure();
    const opened = here.recordFailure();

    assert.equal(verdict, false);
    assert.equal(opened, true);
    assert.deepEqual(here.counts(), { calls: 5, failures: 3 });
    assert.deepEqual(there.counts(), here.counts());
  });

  it('forgets outcomes once their bucket leaves the window, and prunes them', () => {
    const window = openWindow();
    window.recordFailure();
    window.recordFailure();
    window.recordFailure();
    nowMs += 9_500;
    window.recordSuccess();

    const stillInside = window.counts();
    nowMs += 1_000;
    const verdict = window.recordFailure();

    assert.deepEqual(stillInside, { calls: 4, failures: 3 });
    assert.equal(verdict, false);
    assert.deepEqual(window.counts(), { calls: 2, failures: 1 });
    assert.equal(storedBuckets(), 2);
  });

  it('at a threshold of 1 opens only when every call in the window failed', () => {
    const window = openWindow({ failureRateThreshold: 1 });
    window.recordSuccess();
    for (let i = 0; i < 3; i++) {
      window.recordFailure();
    }

    const withOneSuccess = window.recordFailure();
    nowMs += 10_000;
    const verdicts = [1, 2, 3, 4].map(() => window.recordFailure());

    assert.equal(withOneSuccess, false);
    assert.deepEqual(verdicts, [false, false, false, true]);
  });

  it('starts afresh when the circuit closes again', () => {
    const window = openWindow();
    for (let i = 0; i < 4; i++) {
      window.recordFailure();
    }
    const circuits = new CircuitRepository(stores[0].db);
    const transition = { failureCount: 0, attemptNo: 0, at: nowMs };

    circuits.write('api', 'GET /items', { ...transition, state: 'open', reason: 'rate' });
    const whileOpen = window.counts();
    circuits.write('api', 'GET /items', { ...transition, state: 'closed', reason: 'reset' });

    assert.deepEqual(whileOpen, { calls: 4, failures: 4 });
    assert.deepEqual(window.counts(), { calls: 0, failures: 0 });
  });
});
