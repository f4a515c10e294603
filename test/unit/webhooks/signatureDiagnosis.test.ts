import assert from 'node:assert/strict';
import { diagnoseSignatureFailure } from '../../../src/engine/webhooks/signatureDiagnosis';
import { createWebhookProvider } from '../../../src/engine/webhooks/providers/providerRegistry';
import type {
  SignedRequest,
  VerifyOptions,
  WebhookProvider,
} from '../../../src/engine/webhooks/webhookProvider';

const nowMs = 1_700_000_000_000;

function diagnose(
  provider: WebhookProvider,
  request: SignedRequest,
  options: Partial<VerifyOptions>,
) {
  const full: VerifyOptions = { secrets: [], toleranceSeconds: 300, nowMs, ...options };
  const result = provider.verify(request, full);
  assert.equal(result.ok, false, 'expected the check to fail');
  return diagnoseSignatureFailure(
    provider,
    request,
    full,
    result.ok ? (undefined as never) : result.failure,
  );
}

function signed(
  provider: WebhookProvider,
  secret: string,
  body: string,
  timestampSeconds = nowMs / 1000,
): SignedRequest {
  const headers = provider.sign({
    body: Buffer.from(body),
    secret,
    timestampSeconds,
    eventId: 'evt_1',
    eventType: 'a.b',
  });
  return { headers, body: Buffer.from(body) };
}

describe('diagnoseSignatureFailure', () => {
  const stripe = createWebhookProvider({ provider: 'stripe' });
  const github = createWebhookProvider({ provider: 'github' });
  const standard = createWebhookProvider({ provider: 'standard' });
  const compact = '{"id":"evt_1","type":"charge.succeeded","data":{"amount":100}}';

  it('detects a body re-serialised as indented JSON after signing', () => {
    const request = signed(stripe, 'whsec_abc', compact);
    const pretty = { ...request, body: Buffer.from(JSON.stringify(JSON.parse(compact), null, 2)) };

    const diagnosis = diagnose(stripe, pretty, { secrets: ['whsec_abc'] });

    assert.match(diagnosis.hints.join('\n'), /re-serialised as compact JSON/);
  });

  it('detects a trailing newline added in transit', () => {
    const request = signed(github, 's3cret', compact);

    const diagnosis = diagnose(
      github,
      { ...request, body: Buffer.from(`${compact}\n`) },
      { secrets: ['s3cret'] },
    );

    assert.match(diagnosis.hints.join('\n'), /final newline removed/);
  });

  it('names a Stripe API key configured where the whsec_ secret belongs', () => {
    const request = signed(stripe, 'whsec_abc', compact);

    const diagnosis = diagnose(stripe, request, { secrets: ['sk_test_51abcdef'] });

    assert.match(diagnosis.hints.join('\n'), /secret API key \(sk_test_…\)/);
    assert.ok(!diagnosis.hints.join('\n').includes('51abcdef'));
  });

  it('names a Standard Webhooks secret without its whsec_ prefix', () => {
    const key = Buffer.alloc(24, 7).toString('base64');
    const request = signed(standard, `whsec_${key}`, compact);

    const diagnosis = diagnose(standard, request, {
      secrets: [Buffer.alloc(24, 9).toString('base64')],
    });

    assert.match(diagnosis.hints.join('\n'), /does not start with whsec_/);
  });

  it('detects whitespace around the secret', () => {
    const request = signed(github, 's3cret', compact);

    const diagnosis = diagnose(github, request, { secrets: ['s3cret\n'] });

    assert.match(diagnosis.hints.join('\n'), /whitespace in the secret/);
  });

  it('measures the clock offset of an old signature', () => {
    const request = signed(stripe, 'whsec_abc', compact, nowMs / 1000 - 900);

    const diagnosis = diagnose(stripe, request, { secrets: ['whsec_abc'] });

    assert.equal(diagnosis.code, 'timestamp_outside_tolerance');
    assert.equal(diagnosis.clockOffsetSeconds, 900);
    assert.match(diagnosis.hints[0], /900 s old/);
  });

  it('measures the clock offset of a signature from the future', () => {
    const request = signed(
      standard,
      `whsec_${Buffer.alloc(24, 1).toString('base64')}`,
      compact,
      nowMs / 1000 + 600,
    );

    const diagnosis = diagnose(standard, request, {
      secrets: [`whsec_${Buffer.alloc(24, 1).toString('base64')}`],
    });

    assert.equal(diagnosis.clockOffsetSeconds, -600);
    assert.match(diagnosis.hints[0], /600 s in the future/);
  });

  it('reports a missing header and the provider the request looks like', () => {
    const request = signed(github, 's3cret', compact);

    const diagnosis = diagnose(stripe, request, { secrets: ['whsec_abc'] });

    assert.equal(diagnosis.code, 'missing_header');
    assert.match(diagnosis.hints.join('\n'), /looks like a GitHub delivery/);
  });

  it('reports a malformed header', () => {
    const diagnosis = diagnose(
      stripe,
      { headers: { 'stripe-signature': 'garbage' }, body: Buffer.from(compact) },
      { secrets: ['whsec_abc'] },
    );

    assert.equal(diagnosis.code, 'malformed_header');
  });
});
