import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WebhooksService } from '../../../src/engine/webhooks/webhooksService';
import { createWebhooksTestContext, type WebhooksTestContext } from './webhooksTestContext';

const headerNames = [
  'stripe-signature',
  'x-hub-signature-256',
  'x-github-delivery',
  'x-github-event',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'x-slack-signature',
  'x-slack-request-timestamp',
  'x-shopify-hmac-sha256',
];
// Header values must be valid on the wire, so the alphabet is printable ASCII.
const headerValue = fc.string({
  unit: fc.constantFrom(...'abcdefv0123456789=,.-_ tx/+'.split('')),
  maxLength: 90,
});

describe('WebhookReceiver under fuzzed requests', () => {
  let context: WebhooksTestContext;
  let service: WebhooksService;
  let base: string;

  before(async () => {
    context = createWebhooksTestContext({
      webhooks: {
        endpoints: {
          stripe: { provider: 'stripe', secret: 'whsec_fuzz' },
          github: { provider: 'github', secret: 'gh' },
          standard: {
            provider: 'standard',
            secret: `whsec_${Buffer.alloc(24, 3).toString('base64')}`,
          },
          slack: { provider: 'slack', secret: 'sl' },
        },
      },
    });
    service = new WebhooksService(context);
    base = (await service.start()).url!;
  });

  after(async () => {
    await service.dispose();
    context.cleanup();
  });

  it('never answers 5xx and keeps serving, whatever the headers and body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('stripe', 'github', 'standard', 'slack', 'missing', '%E0%A4%A'),
        fc.dictionary(fc.constantFrom(...headerNames), headerValue, { maxKeys: 6 }),
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.json().map((text) => new TextEncoder().encode(text)),
        ),
        async (endpoint, headers, body) => {
          const response = await fetch(`${base}/webhooks/${endpoint}`, {
            method: 'POST',
            headers,
            body,
          });
          await response.text();

          assert.ok(response.status >= 400 && response.status < 500, `got ${response.status}`);
        },
      ),
      { numRuns: 300 },
    );

    const health = await fetch(`${base}/webhooks/stripe`, { method: 'POST', body: '{}' });
    assert.equal(health.status, 400);
  });
});
