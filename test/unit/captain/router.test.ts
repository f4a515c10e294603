import assert from 'node:assert/strict';
import { clarifyingQuestions } from '../../../src/captain/clarifyingQuestions';
import { defaultThreshold, routeRequest } from '../../../src/captain/router';

function routeOf(text: string): string {
  const decision = routeRequest(text);
  return decision.handoff ?? decision.route;
}

describe('routeRequest', () => {
  describe('traps that substring matching falls into', () => {
    const traps = [
      'rapid prototyping of the UI',
      'prevent double submits in the form',
      'make the loader async',
      'add a click event listener to the save button',
      'the rest of the page renders twice',
      'encrypt user notes at rest',
      'the continuous integration pipeline is red',
      'convert this callback-based function to async/await',
      'why is my jest test timing out',
    ];
    for (const text of traps) {
      it(`routes "${text}" to nobody`, () => {
        const decision = routeRequest(text);

        assert.equal(decision.route, 'none');
        assert.equal(decision.engaged, false);
      });
    }
  });

  describe('inflections', () => {
    const cases: Array<[string, string]> = [
      ['our webhooks from GitHub are failing', 'webhook-handler'],
      ['integrating the Twilio SMS service', 'third-party-integrator'],
      ['too many retries against the payments api', 'resilience'],
      ['we got throttled by the Slack API', 'rate-limiting'],
      ['receive callbacks from the payment provider', 'webhook-handler'],
      ['authenticating users against Okta', 'oauth-specialist'],
      ['the request was rate-limited by Shopify', 'rate-limiting'],
      ['the circuit breakers keep tripping', 'resilience'],
    ];
    for (const [text, route] of cases) {
      it(`reads "${text}" as ${route}`, () => {
        assert.equal(routeOf(text), route);
      });
    }
  });

  describe('phrases', () => {
    it('matches multi-word signals as phrases, hyphenated or not', () => {
      assert.equal(routeOf('add a circuit breaker to the client'), 'resilience');
      assert.equal(routeOf('apply a rate limit to outbound calls'), 'rate-limiting');
      assert.equal(routeOf('check the api contract'), 'api-contract-validator');
      assert.equal(routeOf('add schema validation to requests'), 'api-contract-validator');
      assert.equal(routeOf('wrap the external api client'), 'third-party-integrator');
      assert.equal(routeOf('a third party sends us data'), 'third-party-integrator');
      assert.equal(routeOf('a third-party sends us data'), 'third-party-integrator');
    });

    it('does not match a phrase whose words are apart', () => {
      const decision = routeRequest('the rate is fine but the limit is low');

      assert.equal(decision.route, 'none');
    });
  });

  describe('choosing among crew routes', () => {
    it('prefers the specific topic over the generic "integrate"', () => {
      assert.equal(routeOf('integrate Stripe webhooks'), 'webhook-handler');
      assert.equal(routeOf('integrate Google sign-in with OAuth'), 'oauth-specialist');
    });

    it('prefers a named resilience pattern over the topic it protects', () => {
      assert.equal(routeOf('add a circuit breaker around the oauth token endpoint'), 'resilience');
    });

    it('lets hand-off work win over the integration words around it', () => {
      assert.equal(routeOf('set up DNS for the webhook endpoint'), 'infrastructure');
      assert.equal(
        routeOf('audit our oauth implementation for vulnerabilities'),
        'security-review',
      );
      assert.equal(routeOf('document the oauth flow'), 'documentation');
    });

    it('keeps a database sync with a third-party service as integration work', () => {
      assert.equal(
        routeOf('sync Stripe customers into our postgres database'),
        'third-party-integrator',
      );
      assert.equal(routeOf('sync the two postgres databases nightly'), 'database');
    });

    it('hands business logic off only when no crew signal fires', () => {
      assert.equal(routeOf('calculate the discount for loyal customers'), 'business-logic');
      assert.equal(routeOf('calculate tax when the Stripe webhook arrives'), 'webhook-handler');
    });
  });

  describe('audited misroutes', () => {
    const cases: Array<[string, string, boolean?]> = [
      ['handle the callback from the OAuth provider', 'oauth-specialist', true],
      ['throttle the scroll handler in React', 'none', false],
      ['retry the failed unit test in CI', 'none', false],
      ['review our OAuth implementation for security holes', 'security-review', true],
      ['integrations page is blank', 'none', false],
      ['set up continuous integration with GitHub Actions', 'infrastructure', true],
      ['refresh the GitHub token', 'oauth-specialist', true],
      ['integrate Stripe with retries', 'third-party-integrator', true],
    ];

    for (const [text, expected, engaged] of cases) {
      it(`routes "${text}" to ${expected}${engaged ? ', engaged' : ''}`, () => {
        const decision = routeRequest(text);

        assert.equal(decision.handoff ?? decision.route, expected);
        assert.equal(decision.engaged, engaged);
      });
    }

    it('still routes retries of calls to a service to resilience', () => {
      assert.equal(routeOf('add retries to the Stripe charge calls'), 'resilience');
      assert.equal(routeOf('throttle our calls to the HubSpot API'), 'rate-limiting');
    });
  });

  describe('explicit addressing', () => {
    it('routes @captain:<crew> there whatever the score', () => {
      const decision = routeRequest('@captain:webhook-handler what happened to the refund');

      assert.equal(decision.route, 'webhook-handler');
      assert.equal(decision.explicit, true);
      assert.equal(decision.engaged, true);
      assert.equal(decision.confidence, 1);
      assert.deepEqual(decision.signals[0], {
        signal: '@captain:webhook-handler',
        kind: 'explicit',
        weight: 1,
        target: 'webhook-handler',
      });
    });

    it('routes the chat view\'s leading ":<crew>" there, which lost its @captain to the parser', () => {
      const decision = routeRequest(':webhook-handler set up DNS for the receiver');

      assert.equal(decision.route, 'webhook-handler');
      assert.equal(decision.handoff, null);
      assert.equal(decision.confidence, 1);
      assert.equal(decision.explicit, true);
      assert.equal(decision.signals[0].signal, '@captain:webhook-handler');
      assert.ok(!decision.signals.some((signal) => signal.signal === 'webhook-handler'));
    });

    it('reads a leading ":<slash command name>" as an address and an unknown one as text', () => {
      assert.equal(routeRequest(':oauth refresh it').route, 'oauth-specialist');
      assert.equal(routeRequest(':plumber fix the sink').explicit, false);
      assert.equal(routeRequest('ratio 3:webhook').explicit, false);
    });

    it('routes a slash command there, even against the text', () => {
      const decision = routeRequest('set up a circuit breaker', { slashCommand: 'webhook' });

      assert.equal(decision.route, 'webhook-handler');
      assert.equal(decision.explicit, true);
    });

    it('routes the text normally for /status, which the chat answers itself', () => {
      const decision = routeRequest('add retries', { slashCommand: '/status' });

      assert.equal(decision.route, 'resilience');
      assert.equal(decision.explicit, false);
    });

    it('rejects an unknown slash command', () => {
      assert.throws(() => routeRequest('x', { slashCommand: 'deploy' }), TypeError);
    });

    it('reads an unknown @captain name as ordinary text', () => {
      const decision = routeRequest('@captain:plumber fix the sink');

      assert.equal(decision.route, 'none');
      assert.equal(decision.explicit, false);
    });

    it('does not read the crew name in the address as a signal', () => {
      const decision = routeRequest('@captain:oauth-specialist look at this');

      assert.deepEqual(
        decision.signals.map((signal) => signal.kind),
        ['explicit'],
      );
    });
  });

  describe('threshold', () => {
    it('engages at the default threshold of 0.75 on one table signal', () => {
      const decision = routeRequest('set up Stripe webhooks');

      assert.equal(defaultThreshold, 0.75);
      assert.equal(decision.confidence, 0.9);
      assert.equal(decision.engaged, true);
      assert.equal(decision.question, undefined);
    });

    it('asks one clarifying question below a threshold the caller raises', () => {
      const decision = routeRequest('set up Stripe webhooks', { threshold: 0.95 });

      assert.equal(decision.route, 'webhook-handler');
      assert.equal(decision.engaged, false);
      assert.equal(decision.question, clarifyingQuestions['webhook-handler']);
    });

    it('does not engage on card keywords alone, and asks instead', () => {
      const decision = routeRequest('the rest api for orders');

      assert.equal(decision.route, 'third-party-integrator');
      assert.equal(decision.confidence, 0.3);
      assert.equal(decision.engaged, false);
      assert.equal(typeof decision.question, 'string');
    });

    it('counts a weak signal at half weight without integration context', () => {
      const decision = routeRequest('handle the payment_intent.succeeded event');

      assert.equal(decision.route, 'webhook-handler');
      assert.equal(decision.confidence, 0.45);
      assert.equal(decision.engaged, false);
    });

    it('hands off without a question', () => {
      const decision = routeRequest('renew the TLS certificate on the api server');

      assert.equal(decision.handoff, 'infrastructure');
      assert.equal(decision.question, undefined);
    });

    it('rejects a threshold outside [0, 1]', () => {
      assert.throws(() => routeRequest('x', { threshold: 1.5 }), RangeError);
      assert.throws(() => routeRequest('x', { threshold: Number.NaN }), RangeError);
    });
  });

  describe('signals', () => {
    it('lists every signal that fired with its kind and weight, in request order', () => {
      const decision = routeRequest('integrate the GitHub API with OAuth and add retries');

      assert.deepEqual(
        decision.signals.map(({ signal, kind, weight }) => `${signal}/${kind}/${weight}`),
        [
          'integrate/route/0.95',
          'integrate/intent/0.15',
          'github/context/0',
          'external api/route/0.95',
          'api/keyword/0.15',
          'oauth/route/0.9',
          'oauth/keyword/0.15',
          'oauth/auth/0.2',
          'retry/route/0.85',
          'retry/resilience/0.15',
        ],
      );
    });

    it('adds the card terms up to the card score, capped at 1', () => {
      const decision = routeRequest(
        'integrate the third-party REST api and graphql api, oauth sso, retry with a circuit breaker',
      );

      // keywords api, rest, graphql, oauth, third-party (0.75) + intent 0.15 + auth 0.2 + resilience 0.15
      assert.equal(decision.confidence, 1);
    });

    it('counts the card keywords once each', () => {
      const decision = routeRequest('api api api');

      assert.equal(decision.signals.length, 1);
      assert.equal(decision.confidence, 0.15);
    });
  });

  it('rejects a request that is not a string', () => {
    assert.throws(() => routeRequest(42 as unknown as string), TypeError);
  });
});
