import assert from 'node:assert/strict';
import { scoreWithCard } from '../../../src/captain/cardScorer';

describe('scoreWithCard', () => {
  it('takes the first table row with a substring match', () => {
    const decision = scoreWithCard('integrate Stripe webhooks');

    assert.equal(decision.route, 'third-party-integrator');
    assert.equal(decision.tableConfidence, 0.95);
  });

  it('matches substrings, as the card does, so the traps fire', () => {
    assert.equal(scoreWithCard('prevent double submits in the form').route, 'webhook-handler');
    assert.equal(scoreWithCard('make the loader async').route, 'none');
    assert.equal(scoreWithCard('rapid prototyping of the UI').confidence, 0.15);
  });

  it('adds the card terms and caps the score at 1', () => {
    assert.equal(scoreWithCard('connect the oauth api').confidence, 0.65);
    assert.equal(
      scoreWithCard('integrate rest api, graphql, webhook, oauth, third-party, retry').confidence,
      1,
    );
  });

  it('engages only when a row matched and the score reaches the threshold', () => {
    assert.equal(scoreWithCard('webhook').engaged, false);
    assert.equal(scoreWithCard('webhook', 0.1).engaged, true);
    assert.equal(scoreWithCard('rest api graphql integration', 0.1).engaged, false);
  });

  it('knows no hand-offs', () => {
    assert.equal(scoreWithCard('set up DNS records for the receiver').handoff, null);
  });
});
