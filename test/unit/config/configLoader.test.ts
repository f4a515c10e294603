import assert from 'node:assert/strict';
import { formatProblem, readConfigText } from '../../../src/engine/config/configLoader';
import {
  resolveSecretValue,
  SecretReferenceError,
} from '../../../src/engine/config/secretReferences';

describe('configLoader', () => {
  it('accepts a config with every section', () => {
    const text = JSON.stringify({
      webhooks: { endpoints: { stripe: { provider: 'stripe', secret: '${env:WHSEC}' } } },
      oauth: {
        providers: {
          github: {
            authorizationEndpoint: 'https://a.example/auth',
            tokenEndpoint: 'https://a.example/token',
            clientId: 'abc',
          },
        },
      },
      services: { payments: { baseUrl: 'http://127.0.0.1:4010', policies: { timeoutMs: 100 } } },
      contracts: { specs: ['specs/**/*.yaml'] },
    });

    const reading = readConfigText('captain.config.json', text);

    assert.deepEqual(reading.problems, []);
    assert.equal(reading.config?.webhooks?.endpoints?.stripe.provider, 'stripe');
  });

  it('names the line, column and field of a wrong enum value', () => {
    const text =
      '{\n  "webhooks": {\n    "endpoints": {\n      "shop": { "provider": "shopfiy" }\n    }\n  }\n}\n';

    const reading = readConfigText('/ws/captain.config.json', text);

    assert.equal(reading.config, undefined);
    assert.equal(reading.problems.length, 1);
    const [problem] = reading.problems;
    assert.equal(problem.line, 4);
    assert.equal(problem.column, 29);
    assert.equal(problem.field, 'webhooks.endpoints.shop.provider');
    assert.match(
      formatProblem(problem),
      /^\/ws\/captain\.config\.json:4:29: expected one of "stripe"/,
    );
  });

  it('points an unknown field at its key', () => {
    const text = '{\n  "webhook": {}\n}';

    const [problem] = readConfigText('c.json', text).problems;

    assert.equal(problem.line, 2);
    assert.equal(problem.column, 3);
    assert.equal(problem.message, "unknown field 'webhook'");
  });

  it('reports a syntax error with its position', () => {
    const [problem] = readConfigText('c.json', '{\n  "services": {,}\n}').problems;

    assert.equal(problem.line, 2);
    assert.match(problem.message, /^syntax error/);
  });

  it('reports a missing required field', () => {
    const text = '{"services": {"pay": {"policies": {}}}}';

    const [problem] = readConfigText('c.json', text).problems;

    assert.equal(problem.message, "missing required field 'baseUrl'");
    assert.equal(problem.field, 'services.pay');
  });
});

describe('resolveSecretValue', () => {
  it('resolves env and secret references and passes literals through', async () => {
    const secrets = { get: async (name: string) => (name === 'stripe' ? 'whsec_x' : undefined) };

    assert.equal(await resolveSecretValue('${env:A}', { env: { A: 'a1' } }), 'a1');
    assert.equal(await resolveSecretValue('${secret:stripe}', { secrets }), 'whsec_x');
    assert.equal(await resolveSecretValue('literal', {}), 'literal');
  });

  it('names the missing variable without any value', async () => {
    await assert.rejects(
      resolveSecretValue('${env:MISSING_ONE}', { env: {} }),
      (error: unknown) => {
        assert.ok(error instanceof SecretReferenceError);
        assert.match(error.message, /MISSING_ONE is not set/);
        return true;
      },
    );
  });
});
