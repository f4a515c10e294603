import assert from 'node:assert/strict';
import { routeRequest } from '../../../src/captain';
import { textToRoute, type HistoryTurn } from '../../../src/extension/chat/clarificationHistory';

const captain = 'captain.captain';

function questionTurn(prompt: string, routedText = prompt): HistoryTurn[] {
  return [
    { prompt, participant: captain },
    { result: { metadata: { answeredBy: 'question', routedText } }, participant: captain },
  ];
}

describe('textToRoute', () => {
  it('routes the reply to a clarifying question together with the request that prompted it', () => {
    const history = questionTurn('set up the token');
    assert.equal(routeRequest('set up the token').engaged, false);

    const text = textToRoute(history, 'for the GitHub OAuth app', captain);
    const decision = routeRequest(text);

    assert.equal(text, 'set up the token for the GitHub OAuth app');
    assert.equal(decision.route, 'oauth-specialist');
    assert.equal(decision.engaged, true);
    assert.equal(decision.question, undefined);
  });

  it('builds on the routed text of a chain of answers', () => {
    const history = questionTurn('from stripe', 'handle the callback from stripe');

    assert.equal(
      textToRoute(history, 'the webhook one', captain),
      'handle the callback from stripe the webhook one',
    );
  });

  it('routes the prompt alone after an answer that was not a question', () => {
    const history: HistoryTurn[] = [
      { prompt: 'show the webhooks from the last hour', participant: captain },
      { result: { metadata: { answeredBy: 'action' } }, participant: captain },
    ];

    assert.equal(textToRoute(history, 'add retries', captain), 'add retries');
  });

  it("ignores another participant's question and an empty history", () => {
    const other: HistoryTurn[] = [
      { prompt: 'set up the token', participant: 'copilot' },
      { result: { metadata: { answeredBy: 'question' } }, participant: 'copilot' },
    ];

    assert.equal(textToRoute(other, 'for GitHub', captain), 'for GitHub');
    assert.equal(textToRoute([], 'for GitHub', captain), 'for GitHub');
  });
});
