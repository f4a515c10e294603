import assert from 'node:assert/strict';
import { clarifyingQuestions } from '../../../src/captain/clarifyingQuestions';
import { crew, handoffDestinations } from '../../../src/captain/crew';
import { slashCommandRoutes } from '../../../src/captain/explicitAddress';
import { handoffTargets, routes } from '../../../src/captain/routingTypes';

describe('crew', () => {
  it('gives each crew member the tool from the card', () => {
    assert.equal(crew['third-party-integrator'].tool, 'api_connector');
    assert.equal(crew['webhook-handler'].tool, 'webhook_handler');
    assert.equal(crew['oauth-specialist'].tool, 'oauth_manager');
    assert.equal(crew['api-contract-validator'].tool, 'contract_validator');
  });

  it('describes every crew route and every hand-off in one line', () => {
    for (const route of routes.filter((r) => r !== 'handoff' && r !== 'none')) {
      const member = crew[route as keyof typeof crew];
      assert.equal(member.route, route);
      assert.ok(member.displayName.length > 0 && !member.description.includes('\n'));
    }

    for (const target of handoffTargets) {
      assert.equal(handoffDestinations[target].target, target);
      assert.ok(handoffDestinations[target].message.endsWith('.'));
    }
  });

  it('has a clarifying question for every route but hand-off', () => {
    for (const route of routes.filter((r) => r !== 'handoff')) {
      assert.ok(clarifyingQuestions[route as keyof typeof clarifyingQuestions].endsWith('?'));
    }
  });

  it('maps the chat slash commands, leaving status to the chat', () => {
    assert.deepEqual(slashCommandRoutes, {
      integrate: 'third-party-integrator',
      webhook: 'webhook-handler',
      oauth: 'oauth-specialist',
      contract: 'api-contract-validator',
      resilience: 'resilience',
      status: null,
    });
  });
});
