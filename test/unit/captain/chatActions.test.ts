import assert from 'node:assert/strict';
import { routeRequest } from '../../../src/captain';
import {
  actionMode,
  asksForExplanation,
  describeAction,
  recogniseAction,
  timeWindowMs,
  type ActionVocabulary,
} from '../../../src/extension/chat/chatActions';

const vocabulary: ActionVocabulary = {
  webhookEndpoints: { stripe: 'stripe', 'gh-app': 'github' },
  oauthProviders: ['github', 'okta'],
  services: ['payments', 'shipping-api'],
};

function actionFor(text: string, slashCommand?: string) {
  const decision = routeRequest(text, { slashCommand });
  return recogniseAction(text, decision, vocabulary, slashCommand);
}

describe('recogniseAction', () => {
  it('reads "show the webhooks from the last hour" as a one-hour event listing', () => {
    const action = actionFor('show the webhooks from the last hour');

    assert.deepEqual(action, {
      kind: 'listWebhookEvents',
      params: { windowMs: 3_600_000, failedOnly: false },
    });
  });

  it('reads "replay the last failed Stripe event" as a replay of the newest failed stripe event', () => {
    const action = actionFor('replay the last failed Stripe event');

    assert.deepEqual(action, {
      kind: 'replayWebhookEvent',
      params: { scope: 'last', failedOnly: true, endpoint: 'stripe', provider: 'stripe' },
    });
  });

  it('replays every failed event when asked for all of them', () => {
    const action = actionFor('replay all failed webhooks');

    assert.equal(action?.kind, 'replayWebhookEvent');
    assert.equal(action.kind === 'replayWebhookEvent' && action.params.scope, 'all');
  });

  it('maps a provider name to its configured endpoint', () => {
    const action = actionFor('list failed github webhook deliveries from the past 2 days');

    assert.deepEqual(action, {
      kind: 'listWebhookEvents',
      params: { windowMs: 2 * 86_400_000, failedOnly: true, provider: 'github' },
    });
  });

  it('reads "connect the GitHub OAuth provider" as a sign-in to the configured provider', () => {
    assert.deepEqual(actionFor('connect the GitHub OAuth provider'), {
      kind: 'connectOAuth',
      params: { provider: 'github' },
    });
  });

  it('reads "check the specs for breaking changes" as a breaking-change check', () => {
    assert.deepEqual(actionFor('check the specs for breaking changes'), {
      kind: 'checkContracts',
      params: { breakingOnly: true },
    });
  });

  it('reads "reset the open circuit on payments" as a reset of that service', () => {
    assert.deepEqual(actionFor('reset the open circuit on payments'), {
      kind: 'resetCircuit',
      params: { service: 'payments' },
    });
  });

  it('matches hyphenated service names written with spaces', () => {
    const action = actionFor('reset the circuit breaker for shipping api');

    assert.deepEqual(action, { kind: 'resetCircuit', params: { service: 'shipping-api' } });
  });

  it('runs the readiness review for /status whatever the text', () => {
    assert.equal(actionFor('', 'status')?.kind, 'readinessReview');
    assert.equal(actionFor('are we ready to ship the integrations?')?.kind, 'readinessReview');
  });

  it('leaves code requests to the model', () => {
    assert.equal(actionFor('integrate Stripe with retries'), undefined);
    assert.equal(actionFor('a webhook receiver for Shopify orders in Express'), undefined);
    assert.equal(actionFor('write a handler that replays failed events'), undefined);
  });

  it('leaves hand-offs and unrelated requests alone', () => {
    assert.equal(actionFor('set up DNS for our API gateway'), undefined);
    assert.equal(actionFor('rename the user model'), undefined);
  });
});

describe('questions and imperatives', () => {
  const questions = [
    'explain how to replay a webhook safely',
    'why did the retry of the webhook fail?',
    'should I reset the circuit breaker manually or let it half-open?',
    'what events does the Stripe API send?',
    'how do I replay a Stripe event from the CLI?',
    'what is a dead-lettered webhook event?',
    'can you tell me what replaying an event does?',
    'what does resetting the payments circuit do?',
    'is it safe to retry webhook deliveries?',
    'when should I reset the open circuit on payments?',
    'could you explain how the circuit breaker closes?',
    'tell me about the webhook events Shopify sends',
  ];

  for (const question of questions) {
    it(`takes no action for "${question}"`, () => {
      assert.equal(actionFor(question), undefined);
      assert.equal(asksForExplanation(question), true);
    });
  }

  const imperatives: Array<[string, string]> = [
    ['replay the last failed Stripe event', 'replayWebhookEvent'],
    ['please replay all failed webhooks', 'replayWebhookEvent'],
    ['reset the open circuit on payments', 'resetCircuit'],
    ['connect the GitHub OAuth provider', 'connectOAuth'],
    ['refresh the okta token', 'refreshOAuth'],
    [':webhook-handler redeliver the last github webhook', 'replayWebhookEvent'],
  ];

  for (const [imperative, kind] of imperatives) {
    it(`runs "${imperative}" without asking`, () => {
      const action = actionFor(imperative);

      assert.equal(action?.kind, kind);
      assert.equal(actionMode(imperative, action), 'run');
    });
  }

  const ambiguous: Array<[string, string]> = [
    ['can you replay the last failed Stripe event?', 'replayWebhookEvent'],
    ['I think we need to reset the circuit on payments', 'resetCircuit'],
    ['the last failed github webhook needs a replay', 'replayWebhookEvent'],
    ['maybe connect the okta oauth provider', 'connectOAuth'],
  ];

  for (const [request, kind] of ambiguous) {
    it(`asks for confirmation before acting on "${request}"`, () => {
      const action = actionFor(request);

      assert.equal(action?.kind, kind);
      assert.equal(actionMode(request, action), 'confirm');
    });
  }

  it('runs read-only actions asked as questions about stored state', () => {
    const action = actionFor('any failed webhooks in the last hour?');

    assert.equal(action?.kind, 'listWebhookEvents');
    assert.equal(actionMode('any failed webhooks in the last hour?', action), 'run');
  });

  it('says what a confirmed replay would do', () => {
    const action = actionFor('can you replay the last failed Stripe event?')!;

    assert.equal(
      describeAction(action),
      'replay the newest failed stripe event of endpoint **stripe**, sending it to its forwarding target again',
    );
  });
});

describe('timeWindowMs', () => {
  it('reads counted and uncounted windows', () => {
    assert.equal(timeWindowMs('in the last hour'), 3_600_000);
    assert.equal(timeWindowMs('past 15 minutes'), 900_000);
    assert.equal(timeWindowMs('previous two weeks'), 14 * 86_400_000);
    assert.equal(timeWindowMs('today'), 86_400_000);
    assert.equal(timeWindowMs('all of them'), undefined);
  });
});
