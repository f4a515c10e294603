import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { StandardProvider } from '../../../src/engine/webhooks/providers/standardProvider';
import { diagnoseSignatureFailure } from '../../../src/engine/webhooks/signatureDiagnosis';
import type { SignedRequest, VerifyOptions } from '../../../src/engine/webhooks/webhookProvider';

const nowMs = 1_700_000_000_000;
const timestampSeconds = nowMs / 1000;
const id = 'msg_rotation_1';
const text = '{"type":"invoice.paid","data":{"id":"in_1"}}';

function newSecret(): string {
  return `whsec_${crypto.randomBytes(24).toString('base64')}`;
}

/** `v1,<base64>` as the standardwebhooks library signs it with `secret`. */
function librarySignature(secret: string): string {
  return new StandardWebhook(secret).sign(id, new Date(timestampSeconds * 1000), text);
}

function request(signatureHeader: string): SignedRequest {
  return {
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(timestampSeconds),
      'webhook-signature': signatureHeader,
    },
    body: Buffer.from(text),
  };
}

describe('StandardProvider', () => {
  const provider = new StandardProvider();
  const current = newSecret();
  const options: VerifyOptions = { secrets: [current], toleranceSeconds: 300, nowMs };

  it('accepts several space-separated signatures when only one matches the secret (rotation)', () => {
    const header = [newSecret(), current, newSecret()].map(librarySignature).join(' ');

    const result = provider.verify(request(header), options);

    assert.equal(header.split(' ').length, 3);
    assert.deepEqual(result, { ok: true, timestampSeconds });
  });

  it('accepts the matching signature in any position among the others', () => {
    const others = [newSecret(), newSecret()].map(librarySignature);

    const first = provider.verify(
      request([librarySignature(current), ...others].join(' ')),
      options,
    );
    const last = provider.verify(
      request([...others, librarySignature(current)].join(' ')),
      options,
    );

    assert.equal(first.ok, true);
    assert.equal(last.ok, true);
  });

  it('skips entries of other versions and accepts the matching v1 one', () => {
    const header = `v1a,${crypto.randomBytes(32).toString('base64')} ${librarySignature(current)}`;

    const result = provider.verify(request(header), options);

    assert.equal(result.ok, true);
  });

  it('rejects several signatures when none matches the secret, with a diagnosis', () => {
    const header = [newSecret(), newSecret(), newSecret()].map(librarySignature).join(' ');
    const rejected = request(header);

    const result = provider.verify(rejected, options);

    assert.equal(result.ok, false);
    const diagnosis = diagnoseSignatureFailure(
      provider,
      rejected,
      options,
      result.ok ? (undefined as never) : result.failure,
    );
    assert.equal(diagnosis.code, 'signature_mismatch');
    assert.ok(diagnosis.hints.length > 0);
  });

  it('accepts the old signature while both the old and the new secret are configured', () => {
    const old = newSecret();
    const header = `${librarySignature(current)} ${librarySignature(old)}`;

    const withOldOnly = provider.verify(request(librarySignature(old)), {
      ...options,
      secrets: [current, old],
    });
    const withBoth = provider.verify(request(header), { ...options, secrets: [old] });

    assert.equal(withOldOnly.ok, true);
    assert.equal(withBoth.ok, true);
  });
});
