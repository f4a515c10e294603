import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { summarizeSpec } from '../../../src/extension/captain/readinessChecklist';
import {
  maxPromptOperations,
  specialistPrompt,
  type PromptSpec,
} from '../../../src/extension/chat/chatPrompts';

const demoSpec = path.join(__dirname, '../../../demo/specs/payments.openapi.yaml');

/** A spec summary with `count` GET operations `/items/0` … named `getItem0` …. */
function specWith(file: string, count: number): PromptSpec {
  return {
    file,
    serverUrls: ['https://api.example.com/v2'],
    operations: Array.from({ length: count }, (_, index) => ({
      method: 'GET',
      path: `/items/${index}`,
      operationId: `getItem${index}`,
    })),
  };
}

function operationLines(prompt: string): string[] {
  return prompt.split('\n').filter((line) => /^ {2}- [A-Z]+ \//.test(line));
}

describe('specialistPrompt', () => {
  it('grounds the prompt in the operations and servers of the workspace spec', () => {
    const summary = summarizeSpec(
      'specs/payments.openapi.yaml',
      parseYaml(fs.readFileSync(demoSpec, 'utf8')),
    );

    const prompt = specialistPrompt('third-party-integrator', {
      specs: [summary],
      dependencies: ['express'],
    });

    assert.ok(
      prompt.includes(
        '- specs/payments.openapi.yaml "Payments API"; servers: http://127.0.0.1:4010',
      ),
      prompt,
    );
    assert.ok(prompt.includes('  - GET /payments listPayments'), prompt);
    assert.ok(prompt.includes('  - POST /payments createPayment'), prompt);
    assert.ok(prompt.includes('  - GET /payments/{paymentId} getPayment'), prompt);
    assert.ok(!prompt.includes('paymentSucceeded'), 'a webhook was listed as an operation');
    assert.ok(!prompt.includes('not listed'), 'a short spec was reported as cut');
  });

  it(`lists at most ${maxPromptOperations} operations across specs and says how many it left out`, () => {
    const specs = [specWith('specs/a.yaml', 30), specWith('specs/b.yaml', 25)];

    const prompt = specialistPrompt('api-contract-validator', { specs, dependencies: [] });

    const lines = operationLines(prompt);
    assert.equal(lines.length, maxPromptOperations);
    assert.equal(lines[29], '  - GET /items/29 getItem29');
    assert.equal(lines[30], '  - GET /items/0 getItem0');
    assert.ok(prompt.includes('- specs/b.yaml; servers: https://api.example.com/v2'), prompt);
    assert.ok(prompt.includes('(15 more operation(s) not listed.)'), prompt);
  });

  it('clips an overlong path so one spec cannot flood the prompt', () => {
    const spec: PromptSpec = {
      file: 'specs/long.yaml',
      serverUrls: [],
      operations: [{ method: 'POST', path: `/${'x'.repeat(5_000)}` }],
    };

    const prompt = specialistPrompt('resilience', { specs: [spec], dependencies: [] });

    const [line] = operationLines(prompt);
    assert.ok(line && line.length < 220, `line is ${line?.length} characters`);
    assert.ok(line.endsWith('…'));
    assert.ok(prompt.includes('- specs/long.yaml; servers: (none)'));
  });

  it('says when the workspace has no specs', () => {
    const prompt = specialistPrompt('webhook-handler', { specs: [], dependencies: [] });

    assert.ok(prompt.includes('Specs in the workspace: (none found).'));
  });
});

describe('summarizeSpec operations and servers', () => {
  it('reads the operations of every method in document order, without path-level keys', () => {
    const summary = summarizeSpec('a.yaml', {
      openapi: '3.0.3',
      servers: [{ url: 'https://api.example.com/v1' }],
      paths: {
        '/orders': {
          parameters: [],
          get: { operationId: 'listOrders' },
          post: {},
        },
        '/orders/{id}': { delete: { operationId: 'deleteOrder' } },
      },
    });

    assert.deepEqual(summary.serverUrls, ['https://api.example.com/v1']);
    assert.deepEqual(summary.operations, [
      { method: 'GET', path: '/orders', operationId: 'listOrders' },
      { method: 'POST', path: '/orders', operationId: undefined },
      { method: 'DELETE', path: '/orders/{id}', operationId: 'deleteOrder' },
    ]);
  });

  it('builds the server URL of a Swagger 2 spec from scheme, host and basePath', () => {
    const summary = summarizeSpec('b.yaml', {
      swagger: '2.0',
      host: 'api.example.com',
      basePath: '/v2',
      schemes: ['https'],
    });

    assert.deepEqual(summary.serverUrls, ['https://api.example.com/v2']);
    assert.deepEqual(summary.serverHosts, ['api.example.com']);
  });
});
