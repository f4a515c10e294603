import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createWebhookProvider,
  providerNames,
} from '../../../src/engine/webhooks/providers/providerRegistry';
import { diagnoseSignatureFailure } from '../../../src/engine/webhooks/signatureDiagnosis';

const headerNames = [
  'stripe-signature',
  'x-hub-signature-256',
  'x-github-event',
  'x-github-delivery',
  'x-shopify-hmac-sha256',
  'x-shopify-webhook-id',
  'x-slack-signature',
  'x-slack-request-timestamp',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'x-signature',
  'x-timestamp',
];
const headerText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('t=', 'v1=', 't=1,v1=', 'sha256=', 'v0=', 'v1,', 'v1,abc v1,', '=,=,', ',,,'),
  fc.tuple(fc.integer(), fc.string({ maxLength: 70 })).map(([t, s]) => `t=${t},v1=${s}`),
);
const headers = fc.dictionary(
  fc.constantFrom(...headerNames),
  fc.oneof(headerText, fc.array(headerText, { maxLength: 3 })),
  { maxKeys: 8 },
);
const body = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.json().map((text) => Buffer.from(text)),
);

describe('providers under fuzzed headers and bodies', () => {
  for (const name of providerNames) {
    it(`never throws from ${name} verify, identify or diagnose`, () => {
      const provider = createWebhookProvider({
        provider: name,
        hmac: {
          header: 'x-signature',
          timestampHeader: 'x-timestamp',
          signedContent: '{timestamp}.{body}',
        },
      });
      fc.assert(
        fc.property(
          headers,
          body,
          fc.array(fc.string({ maxLength: 30 }), { maxLength: 2 }),
          fc.integer({ min: 0, max: 4_000_000_000_000 }),
          (h, b, secrets, nowMs) => {
            const options = { secrets, toleranceSeconds: 300, nowMs };
            const request = { headers: h, body: b };

            const result = provider.verify(request, options);
            const identity = provider.identify(request);
            const diagnosis = result.ok
              ? undefined
              : diagnoseSignatureFailure(provider, request, options, result.failure);

            assert.equal(typeof identity.eventId, 'string');
            assert.ok(identity.eventId.length > 0);
            assert.ok(result.ok || diagnosis!.hints.length > 0);
          },
        ),
        { numRuns: 500 },
      );
    });
  }
});
