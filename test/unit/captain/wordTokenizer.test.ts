import assert from 'node:assert/strict';
import { stemWord } from '../../../src/captain/wordStemmer';
import { tokenizeWords } from '../../../src/captain/wordTokenizer';

describe('tokenizeWords', () => {
  it('splits on anything that is not a letter or digit, and lowercases', () => {
    const words = tokenizeWords('Third-party payment_intent.succeeded, OAuth2!').map((t) => t.word);

    assert.deepEqual(words, ['third', 'party', 'payment', 'intent', 'succeeded', 'oauth2']);
  });

  it('drops apostrophes so a possessive keeps its word', () => {
    const tokens = tokenizeWords("Stripe's API’s");

    assert.deepEqual(
      tokens.map((t) => t.word),
      ['stripes', 'apis'],
    );
    assert.equal(tokens[1].stem, 'api');
  });

  it('numbers the words in order', () => {
    assert.deepEqual(
      tokenizeWords('a  b c').map((t) => t.index),
      [0, 1, 2],
    );
  });
});

describe('stemWord', () => {
  const families = [
    ['webhook', 'webhooks'],
    ['integrate', 'integrates', 'integrated', 'integrating', 'integration'],
    ['retry', 'retries', 'retried', 'retrying'],
    ['throttle', 'throttled', 'throttling', 'throttles', 'throttler'],
    ['authenticate', 'authenticating', 'authentication', 'authenticated'],
    ['sync', 'syncs', 'synced', 'syncing'],
    ['synchronize', 'synchronizing', 'synchronization'],
    ['limit', 'limits', 'limited', 'limiting', 'limiter'],
    ['callback', 'callbacks'],
    ['api', 'apis'],
    ['log', 'logging', 'logged'],
  ];
  for (const family of families) {
    it(`folds ${family.join(', ')} together`, () => {
      const stems = new Set(family.map(stemWord));

      assert.equal(stems.size, 1, [...stems].join(' '));
    });
  }

  it('keeps distinct words apart', () => {
    assert.notEqual(stemWord('async'), stemWord('sync'));
    assert.notEqual(stemWord('prevent'), stemWord('event'));
    assert.notEqual(stemWord('rapid'), stemWord('api'));
    assert.equal(stemWord('status'), 'status');
    assert.equal(stemWord('k8s'), 'k8s');
  });
});
