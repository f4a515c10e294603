import assert from 'node:assert/strict';
import { scoreWithCard } from '../../../src/captain/cardScorer';
import { routeRequest } from '../../../src/captain/router';
import { routes, handoffTargets } from '../../../src/captain/routingTypes';
import { loadCaptainCorpus } from './captainCorpus';

const requiredAccuracy = 0.95;

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
    const misses: string[] = [];

    for (const entry of corpus) {
      const decision = routeRequest(entry.text);
      if (decision.route !== entry.route || decision.handoff !== entry.handoff) {
        misses.push(
          `  "${entry.text}": expected ${entry.handoff ?? entry.route}, got ${decision.handoff ?? decision.route}`,
        );
      }
    }

    const accuracy = 1 - misses.length / corpus.length;
    const card =
      corpus.filter((entry) => {
        const decision = scoreWithCard(entry.text);
        return decision.route === entry.route && decision.handoff === entry.handoff;
      }).length / corpus.length;
    console.log(
      `      router accuracy ${(accuracy * 100).toFixed(1)}% (${corpus.length - misses.length}/${corpus.length}),` +
        ` card substring scorer ${(card * 100).toFixed(1)}%`,
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
