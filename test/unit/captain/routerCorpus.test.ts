import assert from 'node:assert/strict';
import { scoreWithCard } from '../../../src/captain/cardScorer';
import { routeRequest } from '../../../src/captain/router';
import { routes, handoffTargets } from '../../../src/captain/routingTypes';
import { loadCaptainCorpus, loadCaptainHeldOut, type CorpusEntry } from './captainCorpus';

const requiredAccuracy = 0.95;

/**
 * The held-out set is never tuned on, so its floor sits lower: it catches a lexicon change that
 * fits the corpus by breaking what it has not seen.
 */
const requiredHeldOutAccuracy = 0.85;

/** Requests the router gets wrong, each as a line saying what it expected and got. */
function missesOf(entries: readonly CorpusEntry[]): string[] {
  return entries.flatMap((entry) => {
    const decision = routeRequest(entry.text);
    return decision.route === entry.route && decision.handoff === entry.handoff
      ? []
      : [
          `  "${entry.text}": expected ${entry.handoff ?? entry.route}, got ${decision.handoff ?? decision.route}`,
        ];
  });
}

function cardAccuracyOf(entries: readonly CorpusEntry[]): number {
  const right = entries.filter((entry) => {
    const decision = scoreWithCard(entry.text);
    return decision.route === entry.route && decision.handoff === entry.handoff;
  });
  return right.length / entries.length;
}

describe('routeRequest on the labelled corpus', () => {
  const corpus = loadCaptainCorpus();

  it('holds at least 170 well-formed requests covering every route and hand-off', () => {
    assert.ok(corpus.length >= 170, `expected at least 170 requests, got ${corpus.length}`);
    for (const entry of corpus) {
      assert.ok(routes.includes(entry.route), `unknown route in: ${entry.text}`);
      assert.equal(
        entry.handoff !== null,
        entry.route === 'handoff',
        `handoff mismatch: ${entry.text}`,
      );
    }

    const covered = new Set(corpus.map((entry) => entry.handoff ?? entry.route));
    for (const label of [...routes.filter((route) => route !== 'handoff'), ...handoffTargets]) {
      assert.ok(covered.has(label), `no request labelled ${label}`);
    }
  });

  it(`routes at least ${requiredAccuracy * 100}% of requests to the labelled route and hand-off`, () => {
    const misses = missesOf(corpus);

    const accuracy = 1 - misses.length / corpus.length;
    console.log(
      `      router accuracy ${(accuracy * 100).toFixed(1)}% (${corpus.length - misses.length}/${corpus.length}),` +
        ` card substring scorer ${(cardAccuracyOf(corpus) * 100).toFixed(1)}%`,
    );
    if (misses.length > 0) {
      console.log(misses.join('\n'));
    }
    assert.ok(
      accuracy >= requiredAccuracy,
      `accuracy ${accuracy.toFixed(3)} below ${requiredAccuracy}`,
    );
  });
});

describe('routeRequest on the held-out requests', () => {
  const heldOut = loadCaptainHeldOut();

  it(`routes at least ${requiredHeldOutAccuracy * 100}% of requests it was not tuned on`, () => {
    const misses = missesOf(heldOut);

    const accuracy = 1 - misses.length / heldOut.length;
    console.log(
      `      held-out router accuracy ${(accuracy * 100).toFixed(1)}% (${heldOut.length - misses.length}/${heldOut.length}),` +
        ` card substring scorer ${(cardAccuracyOf(heldOut) * 100).toFixed(1)}%`,
    );
    if (misses.length > 0) {
      console.log(misses.join('\n'));
    }
    assert.ok(
      heldOut.length >= 40,
      `expected at least 40 held-out requests, got ${heldOut.length}`,
    );
    assert.ok(
      accuracy >= requiredHeldOutAccuracy,
      `held-out accuracy ${accuracy.toFixed(3)} below ${requiredHeldOutAccuracy}`,
    );
  });
});
