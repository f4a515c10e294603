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

function inputs(overrides: Partial<ReadinessInputs> = {}): ReadinessInputs {
  return {
    config: readyConfig,
    specs: [
      summarizeSpec('specs/payments.yaml', {
        servers: [{ url: 'https://api.payments.example/v1' }],
      }),
    ],
    reachable: { 'http://127.0.0.1:3000/hooks': true },
    oauth: [{ name: 'github', connection: { expiresInSeconds: 100, hasRefreshToken: true } }],
    ...overrides,
  };
}

function statusOf(report: ReturnType<typeof reviewReadiness>, integration: string, check: string) {
  return report.items.find((item) => item.integration === integration && item.check === check)
    ?.status;
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
