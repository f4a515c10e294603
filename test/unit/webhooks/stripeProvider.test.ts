import assert from 'node:assert/strict';
import Stripe from 'stripe';
import { StripeProvider } from '../../../src/engine/webhooks/providers/stripeProvider';

const secret = 'whsec_test_secret';
const nowMs = 1_700_000_000_000;
const nowSeconds = nowMs / 1000;
const text = JSON.stringify(
  { id: 'evt_test_webhook', object: 'event', type: 'charge.succeeded' },
  null,
  2,
);
const body = Buffer.from(text);

function header(
  options: { timestamp?: number; payload?: string; secret?: string; scheme?: string } = {},
): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload: options.payload ?? text,
    secret: options.secret ?? secret,
    timestamp: options.timestamp ?? nowSeconds,
    scheme: options.scheme,
  });
}

function verify(signature: string | undefined, payload: Buffer = body, toleranceSeconds = 300) {
  const headers = signature === undefined ? {} : { 'stripe-signature': signature };
  return new StripeProvider().verify(
    { headers, body: payload },
    { secrets: [secret], toleranceSeconds, nowMs },
  );
}

function failureCode(result: ReturnType<typeof verify>): string | undefined {
  return result.ok ? undefined : result.failure.code;
}

describe('StripeProvider', () => {
  it('accepts a valid header on a Buffer payload', () => {
    assert.equal(verify(header()).ok, true);
  });

  it('accepts the same bytes however the payload string was encoded', () => {
    const unicode = '{"id":"evt_ü","type":"café.created"}';

    const result = verify(header({ payload: unicode }), Buffer.from(unicode, 'utf8'));

    assert.equal(result.ok, true);
  });

  it('rejects a request with no header', () => {
    assert.equal(failureCode(verify(undefined)), 'missing_header');
  });

  it('rejects a header that is not in the expected format', () => {
    assert.equal(failureCode(verify("I'm not even a real signature header")), 'malformed_header');
  });

  it('rejects a header with no signatures of the expected scheme', () => {
    assert.equal(failureCode(verify(header({ scheme: 'v0' }))), 'malformed_header');
  });

  it('rejects a header whose signature does not match the payload', () => {
    const bad = `t=${nowSeconds},v1=${'a'.repeat(64)}`;

    assert.equal(failureCode(verify(bad)), 'signature_mismatch');
  });

  it('rejects a signature over a different payload', () => {
    assert.equal(failureCode(verify(header(), Buffer.from(`${text} `))), 'signature_mismatch');
  });

  it('rejects a timestamp older than the tolerance', () => {
    const result = verify(header({ timestamp: nowSeconds - 301 }));

    assert.equal(failureCode(result), 'timestamp_outside_tolerance');
  });

  it('rejects a timestamp further in the future than the tolerance', () => {
    assert.equal(
      failureCode(verify(header({ timestamp: nowSeconds + 301 }))),
      'timestamp_outside_tolerance',
    );
  });

  it('accepts a timestamp just inside the tolerance in both directions', () => {
    assert.equal(verify(header({ timestamp: nowSeconds - 299 })).ok, true);
    assert.equal(verify(header({ timestamp: nowSeconds + 299 })).ok, true);
  });

  it('honours a custom tolerance', () => {
    assert.equal(
      failureCode(verify(header({ timestamp: nowSeconds - 20 }), body, 10)),
      'timestamp_outside_tolerance',
    );
  });

  it('accepts a header with several v1 signatures when one is valid', () => {
    const valid = header();
    const several = `${valid},v1=${'0'.repeat(64)},v0=${'1'.repeat(64)}`;
    const reordered = `t=${nowSeconds},v1=${'f'.repeat(64)},${valid.split(',')[1]}`;

    assert.equal(verify(several).ok, true);
    assert.equal(verify(reordered).ok, true);
  });

  it('accepts any of several secrets during a rotation', () => {
    const result = new StripeProvider().verify(
      { headers: { 'stripe-signature': header() }, body },
      { secrets: ['whsec_old', secret], toleranceSeconds: 300, nowMs },
    );

    assert.equal(result.ok, true);
  });

  it('rejects when no secret is configured', () => {
    const result = new StripeProvider().verify(
      { headers: { 'stripe-signature': header() }, body },
      { secrets: [], toleranceSeconds: 300, nowMs },
    );

    assert.equal(failureCode(result), 'missing_secret');
  });

  it('signs so that stripe.webhooks.constructEvent accepts the event', () => {
    const signed = new StripeProvider().sign({
      body,
      secret,
      timestampSeconds: Math.floor(Date.now() / 1000),
      eventId: 'evt',
      eventType: 'x',
    });

    const event = Stripe.webhooks.constructEvent(body, signed['stripe-signature'], secret);

    assert.equal(event.id, 'evt_test_webhook');
  });

  it('reads the event id and type from the body', () => {
    assert.deepEqual(new StripeProvider().identify({ headers: {}, body }), {
      eventId: 'evt_test_webhook',
      eventType: 'charge.succeeded',
    });
  });

  it('never includes the secret or a signature in a failure message', () => {
    const signature = header({ secret: 'whsec_other' });

    const result = verify(signature);

    assert.equal(result.ok, false);
    const message = result.ok ? '' : result.failure.message;
    assert.ok(!message.includes(secret) && !message.includes(signature.split('v1=')[1]));
  });
});
