import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fc from 'fast-check';
import Stripe from 'stripe';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { GithubProvider } from '../../../src/engine/webhooks/providers/githubProvider';
import { StandardProvider } from '../../../src/engine/webhooks/providers/standardProvider';
import { StripeProvider } from '../../../src/engine/webhooks/providers/stripeProvider';

// Bounded: thousands of cases per provider, a few seconds in all.
const runs = 2000;
const payload = fc.string({ unit: 'binary', maxLength: 400 });
const secret = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((text) => text.trim() === text && text.length > 0);

describe("provider agreement with the providers' own libraries", () => {
  it('agrees with stripe on generated payloads, secrets and timestamps', () => {
    const provider = new StripeProvider();
    fc.assert(
      fc.property(
        payload.filter((text) => text.length > 0),
        secret,
        fc.integer({ min: -250, max: 250 }),
        (text, key, skewSeconds) => {
          const nowMs = 1_700_000_000_000;
          const timestamp = nowMs / 1000 + skewSeconds;
          const header = Stripe.webhooks.generateTestHeaderString({
            payload: text,
            secret: key,
            timestamp,
          });
          const body = Buffer.from(text, 'utf8');

          const ours = provider.verify(
            { headers: { 'stripe-signature': header }, body },
            { secrets: [key], toleranceSeconds: 300, nowMs },
          );
          const signed = provider.sign({
            body,
            secret: key,
            timestampSeconds: timestamp,
            eventId: 'evt',
            eventType: 't',
          });
          const theirs = Stripe.webhooks.signature!.verifyHeader(
            text,
            signed['stripe-signature'],
            key,
            300,
            undefined,
            nowMs,
          );
          const tampered = provider.verify(
            {
              headers: { 'stripe-signature': header },
              body: Buffer.concat([body, Buffer.from('x')]),
            },
            { secrets: [key], toleranceSeconds: 300, nowMs },
          );

          assert.equal(ours.ok, true);
          assert.equal(theirs, true);
          assert.equal(tampered.ok, false);
        },
      ),
      { numRuns: runs },
    );
  });

  it('agrees with @octokit/webhooks-methods on generated payloads and secrets', async () => {
    const { sign, verify } = await import('@octokit/webhooks-methods');
    const provider = new GithubProvider();
    await fc.assert(
      fc.asyncProperty(
        payload.filter((text) => text.length > 0),
        secret,
        async (text, key) => {
          const body = Buffer.from(text, 'utf8');

          const theirSignature = await sign(key, text);
          const ours = provider.verify(
            { headers: { 'x-hub-signature-256': theirSignature }, body },
            { secrets: [key], toleranceSeconds: 300, nowMs: 0 },
          );
          const ourSignature = provider.sign({
            body,
            secret: key,
            timestampSeconds: 0,
            eventId: 'd',
            eventType: 'push',
          })['x-hub-signature-256'];
          const wrongKey = provider.verify(
            { headers: { 'x-hub-signature-256': theirSignature }, body },
            { secrets: [`${key}x`], toleranceSeconds: 300, nowMs: 0 },
          );

          assert.equal(ours.ok, true);
          assert.equal(await verify(key, text, ourSignature), true);
          assert.equal(wrongKey.ok, false);
        },
      ),
      { numRuns: runs },
    );
  });

  it('agrees with standardwebhooks on generated payloads, ids and keys', () => {
    const provider = new StandardProvider();
    fc.assert(
      fc.property(
        payload,
        fc.uint8Array({ minLength: 16, maxLength: 48 }),
        fc.stringMatching(/^msg_[A-Za-z0-9]{1,20}$/),
        fc.integer({ min: -200, max: 200 }),
        (text, keyBytes, id, skewSeconds) => {
          const key = `whsec_${Buffer.from(keyBytes).toString('base64')}`;
          const library = new StandardWebhook(key);
          const nowMs = Date.now();
          const timestampSeconds = Math.floor(nowMs / 1000) + skewSeconds;
          const body = Buffer.from(text, 'utf8');
          const headers = {
            'webhook-id': id,
            'webhook-timestamp': String(timestampSeconds),
            'webhook-signature': library.sign(id, new Date(timestampSeconds * 1000), text),
          };

          const ours = provider.verify(
            { headers, body },
            { secrets: [key], toleranceSeconds: 300, nowMs },
          );
          const signed = provider.sign({
            body,
            secret: key,
            timestampSeconds,
            eventId: id,
            eventType: 't',
          });
          library.verify(text, signed, { jsonParse: false });
          const otherKey = provider.verify(
            { headers, body },
            {
              secrets: [`whsec_${crypto.randomBytes(24).toString('base64')}`],
              toleranceSeconds: 300,
              nowMs,
            },
          );

          assert.equal(ours.ok, true);
          assert.equal(otherKey.ok, false);
        },
      ),
      { numRuns: runs },
    );
  });
});
