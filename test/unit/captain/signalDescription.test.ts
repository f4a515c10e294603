import assert from 'node:assert/strict';
import { describeSignal, describeTopSignals, routeRequest } from '../../../src/captain';
import { routingLine } from '../../../src/extension/chat/chatPrompts';

describe('describeTopSignals', () => {
  it('names a word that fires twice once per kind, not twice alike', () => {
    const decision = routeRequest('set up Stripe webhooks for the integration');

    const described = describeTopSignals(decision.signals);

    assert.equal(decision.route, 'webhook-handler');
    assert.deepEqual(described, [
      'integrate → third-party-integrator 0.95',
      'webhook → webhook-handler 0.90',
      'webhook keyword +0.15',
    ]);
  });

  it('describes hand-offs, card terms and explicit addresses by kind', () => {
    assert.equal(
      describeSignal({
        signal: 'infrastructure',
        kind: 'handoff',
        weight: 0.9,
        target: 'infrastructure',
      }),
      'infrastructure hand-off 0.90',
    );
    assert.equal(
      describeSignal({ signal: 'oauth', kind: 'auth', weight: 0.2 }),
      'oauth auth term +0.20',
    );
    assert.equal(
      describeSignal({
        signal: '@captain:oauth',
        kind: 'explicit',
        weight: 1,
        target: 'oauth-specialist',
      }),
      '@captain:oauth 1.00',
    );
  });
});

describe('routingLine', () => {
  it('shows no duplicate signal names ("webhook 0.90, webhook 0.15")', () => {
    const line = routingLine(routeRequest('our webhooks from GitHub are failing'));

    assert.equal(
      line,
      'Routed to Webhook Handler (webhook-handler), confidence 0.90 — signals: webhook → webhook-handler 0.90, webhook keyword +0.15',
    );
    assert.doesNotMatch(line, /webhook 0\.90, webhook 0\.15/);
  });
});
