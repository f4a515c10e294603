import assert from 'node:assert/strict';
import type { CaptainConfig } from '../../../src/engine/config/captainConfig';
import {
  isSecretReference,
  renderReadinessMarkdown,
  reviewReadiness,
  summarizeSpec,
  type ReadinessInputs,
} from '../../../src/extension/captain/readinessChecklist';

const readyConfig: CaptainConfig = {
  webhooks: {
    endpoints: {
      stripe: {
        provider: 'stripe',
        secret: '${secret:STRIPE_WEBHOOK}',
        toleranceSeconds: 300,
        forwardTo: 'http://127.0.0.1:3000/hooks',
      },
    },
  },
  oauth: { providers: { github: { clientId: 'abc', clientSecret: '${env:GH_SECRET}' } } },
  services: {
    payments: {
      baseUrl: 'https://api.payments.example/v1',
      policies: { timeoutMs: 5000, retry: { maxAttempts: 3 }, circuitBreaker: {} },
    },
  },
  contracts: { webhookSchemas: { stripe: 'specs/stripe-events.json' } },
};

/** 2024-05-01 12:34:56 UTC, in ms. */
const refreshedAt = Date.UTC(2024, 4, 1, 12, 34, 56);

function inputs(overrides: Partial<ReadinessInputs> = {}): ReadinessInputs {
  return {
    config: readyConfig,
    specs: [
      summarizeSpec('specs/payments.yaml', {
        servers: [{ url: 'https://api.payments.example/v1' }],
      }),
    ],
    reachable: { 'http://127.0.0.1:3000/hooks': true },
    oauth: [
      {
        name: 'github',
        connection: { expiresInSeconds: 100, hasRefreshToken: true, lastRefreshAt: refreshedAt },
      },
    ],
    ...overrides,
  };
}

function statusOf(report: ReturnType<typeof reviewReadiness>, integration: string, check: string) {
  return report.items.find((item) => item.integration === integration && item.check === check)
    ?.status;
}

function oauthRefreshItem(report: ReturnType<typeof reviewReadiness>) {
  return report.items.find(
    (item) => item.integration === 'github' && item.check === 'OAuth refresh working',
  );
}

describe('reviewReadiness', () => {
  it('passes every check of a ready configuration', () => {
    const report = reviewReadiness(inputs());

    assert.deepEqual(
      report.items
        .filter((item) => item.status !== 'pass')
        .map((item) => `${item.integration}: ${item.check}`),
      [],
    );
    assert.equal(report.open, 0);
  });

  it('flags a literal webhook secret and points at Set Secret, without echoing the value', () => {
    const config: CaptainConfig = {
      webhooks: { endpoints: { shop: { provider: 'shopify', secret: 'shpss_live_value' } } },
    };

    const report = reviewReadiness(inputs({ config }));

    const item = report.items.find((entry) => entry.check === 'Secrets as references');
    assert.equal(item?.status, 'fail');
    assert.equal(item?.fix?.command, 'captain.secrets.set');
    assert.ok(!renderReadinessMarkdown(report).includes('shpss_live_value'));
  });

  it('fails signature verification for an endpoint without a secret', () => {
    const config: CaptainConfig = { webhooks: { endpoints: { gh: { provider: 'github' } } } };

    const report = reviewReadiness(inputs({ config }));

    assert.equal(statusOf(report, 'gh', 'Signature verification on'), 'fail');
    assert.equal(statusOf(report, 'gh', 'Tolerance set'), 'pass');
    assert.equal(statusOf(report, 'gh', 'Forwarding target reachable'), 'warn');
  });

  it('fails an unreachable forwarding target and warns on a missing tolerance', () => {
    const endpoint = { ...readyConfig.webhooks!.endpoints!.stripe, toleranceSeconds: undefined };
    const config: CaptainConfig = { ...readyConfig, webhooks: { endpoints: { stripe: endpoint } } };

    const report = reviewReadiness(
      inputs({ config, reachable: { 'http://127.0.0.1:3000/hooks': false } }),
    );

    assert.equal(statusOf(report, 'stripe', 'Forwarding target reachable'), 'fail');
    assert.equal(statusOf(report, 'stripe', 'Tolerance set'), 'warn');
  });

  it('lists the missing resilience policies of a service', () => {
    const config: CaptainConfig = {
      services: { crm: { baseUrl: 'https://crm.example', policies: { timeoutMs: 1000 } } },
    };

    const report = reviewReadiness(inputs({ config }));

    const item = report.items.find((entry) => entry.check === 'Resilience policies present');
    assert.equal(item?.status, 'fail');
    assert.match(item?.detail ?? '', /retry, circuit breaker/);
    assert.equal(statusOf(report, 'crm', 'Contract spec covers it'), 'warn');
  });

  it('judges OAuth refresh from the connection', () => {
    const expired = [
      { name: 'github', connection: { expiresInSeconds: -5, hasRefreshToken: false } },
    ];

    assert.equal(
      statusOf(reviewReadiness(inputs({ oauth: expired })), 'github', 'OAuth refresh working'),
      'fail',
    );
    assert.equal(
      statusOf(reviewReadiness(inputs({ oauth: [] })), 'github', 'OAuth refresh working'),
      'fail',
    );
    assert.equal(
      statusOf(reviewReadiness(inputs({ oauth: undefined })), 'github', 'OAuth refresh working'),
      'unknown',
    );
  });

  it('passes OAuth refresh on a recorded refresh and a live token, naming when it refreshed', () => {
    const report = reviewReadiness(inputs());

    const item = oauthRefreshItem(report);
    assert.equal(item?.status, 'pass');
    assert.equal(
      item?.detail,
      'The last refresh succeeded at 2024-05-01 12:34 UTC; the access token expires in 1 min.',
    );
  });

  it('fails an expired token with a refresh token and no refresh since, pointing at Refresh', () => {
    const oauth = [
      {
        name: 'github',
        connection: { expiresInSeconds: -600, hasRefreshToken: true, lastRefreshAt: refreshedAt },
      },
    ];

    const report = reviewReadiness(inputs({ oauth }));

    const item = oauthRefreshItem(report);
    assert.equal(item?.status, 'fail');
    assert.deepEqual(item?.fix, { command: 'captain.oauth.refresh', title: 'Refresh OAuth Token' });
    assert.match(item?.detail ?? '', /expired 10 min ago and has not been refreshed since/);
    assert.match(item?.detail ?? '', /last refresh succeeded at 2024-05-01 12:34 UTC/);
    assert.match(item?.detail ?? '', /connect again/);
    assert.match(
      renderReadinessMarkdown(report),
      /✗ OAuth refresh working: .* Fix: \*\*Refresh OAuth Token\*\* \(`captain\.oauth\.refresh`\)/,
    );
  });

  it('fails an expired token that was never refreshed, saying so', () => {
    const oauth = [{ name: 'github', connection: { expiresInSeconds: -5, hasRefreshToken: true } }];

    const item = oauthRefreshItem(reviewReadiness(inputs({ oauth })));

    assert.equal(item?.status, 'fail');
    assert.match(item?.detail ?? '', /expired 5 s ago .*\(it was never refreshed\)/);
  });

  it('does not pass OAuth refresh on a refresh token alone (regression)', () => {
    const oauth = [
      { name: 'github', connection: { expiresInSeconds: 3000, hasRefreshToken: true } },
    ];

    const item = oauthRefreshItem(reviewReadiness(inputs({ oauth })));

    assert.equal(item?.status, 'warn');
    assert.match(item?.detail ?? '', /no refresh has happened yet/);
    assert.equal(item?.fix?.command, 'captain.oauth.refresh');
  });

  it('counts a client-credentials connection as renewable without a refresh token', () => {
    const oauth = [
      {
        name: 'github',
        connection: {
          expiresInSeconds: 3000,
          hasRefreshToken: false,
          grantType: 'client_credentials' as const,
          lastRefreshAt: refreshedAt,
        },
      },
    ];

    assert.equal(oauthRefreshItem(reviewReadiness(inputs({ oauth })))?.status, 'pass');
  });

  it('counts a spec with the provider webhooks as coverage for an endpoint', () => {
    const config: CaptainConfig = {
      webhooks: { endpoints: { gh: { provider: 'github', secret: '${env:X}' } } },
    };
    const specs = [
      summarizeSpec('specs/github-webhooks.yaml', { openapi: '3.1.0', webhooks: { push: {} } }),
    ];

    const report = reviewReadiness(inputs({ config, specs }));

    assert.equal(statusOf(report, 'gh', 'Contract spec covers it'), 'pass');
  });
});

describe('isSecretReference', () => {
  it('accepts env and secret references only', () => {
    assert.equal(isSecretReference('${env:STRIPE_KEY}'), true);
    assert.equal(isSecretReference('${secret:stripe.webhook}'), true);
    assert.equal(isSecretReference('whsec_abc'), false);
    assert.equal(isSecretReference('prefix ${env:X}'), false);
  });
});

describe('summarizeSpec', () => {
  it('reads servers of OpenAPI 3 and host of Swagger 2', () => {
    assert.deepEqual(
      summarizeSpec('a.yaml', { swagger: '2.0', host: 'api.example.com:443' }).serverHosts,
      ['api.example.com'],
    );
    assert.deepEqual(
      summarizeSpec('b.yaml', { 'x-webhooks': { 'order.created': {} } }).webhookNames,
      ['order.created'],
    );
  });
});
