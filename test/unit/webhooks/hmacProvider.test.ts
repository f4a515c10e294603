import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import type { HmacSchemeConfig } from '../../../src/engine/config/captainConfig';
import { HmacProvider } from '../../../src/engine/webhooks/providers/hmacProvider';
import { diagnoseSignatureFailure } from '../../../src/engine/webhooks/signatureDiagnosis';
import type { SignedRequest, VerifyOptions } from '../../../src/engine/webhooks/webhookProvider';

const nowMs = 1_700_000_000_000;
const nowSeconds = nowMs / 1000;
const secret = 'hmac-shared-secret';
const body = Buffer.from('{"id":"ord_1","type":"order.created","total":42}');

/** Signs like a sender would, with node:crypto alone, so the provider is checked against it. */
function senderSignature(
  algorithm: string,
  encoding: 'hex' | 'base64',
  key: string,
  content: Buffer,
): string {
  return crypto.createHmac(algorithm, key).update(content).digest(encoding);
}

function verifyAndDiagnose(provider: HmacProvider, request: SignedRequest, secrets: string[]) {
  const options: VerifyOptions = { secrets, toleranceSeconds: 300, nowMs };
  const result = provider.verify(request, options);
  const diagnosis = result.ok
    ? undefined
    : diagnoseSignatureFailure(provider, request, options, result.failure);
  return { result, diagnosis };
}

describe('HmacProvider', () => {
  describe('sha256, hex, with a sha256= prefix over the body', () => {
    const scheme: HmacSchemeConfig = { header: 'X-Signature', prefix: 'sha256=' };
    const provider = new HmacProvider(scheme);
    const signature = `sha256=${senderSignature('sha256', 'hex', secret, body)}`;

    it("accepts the sender's signature", () => {
      const { result } = verifyAndDiagnose(
        provider,
        { headers: { 'x-signature': signature }, body },
        [secret],
      );

      assert.deepEqual(result, { ok: true, timestampSeconds: undefined });
    });

    it('accepts the signature in upper-case hex', () => {
      const upper = `sha256=${signature.slice('sha256='.length).toUpperCase()}`;

      const { result } = verifyAndDiagnose(provider, { headers: { 'x-signature': upper }, body }, [
        secret,
      ]);

      assert.equal(result.ok, true);
    });

    it('rejects a signature made with another secret and says what to check', () => {
      const wrong = `sha256=${senderSignature('sha256', 'hex', 'another-secret', body)}`;

      const { result, diagnosis } = verifyAndDiagnose(
        provider,
        { headers: { 'x-signature': wrong }, body },
        [secret],
      );

      assert.equal(result.ok, false);
      assert.equal(diagnosis?.code, 'signature_mismatch');
      assert.match(diagnosis!.hints.join('\n'), /secret most likely belongs to another endpoint/);
    });

    it('rejects a body with a newline added in transit and names the alteration', () => {
      const altered = Buffer.concat([body, Buffer.from('\n')]);

      const { diagnosis } = verifyAndDiagnose(
        provider,
        { headers: { 'x-signature': signature }, body: altered },
        [secret],
      );

      assert.equal(diagnosis?.code, 'signature_mismatch');
      assert.match(diagnosis!.hints.join('\n'), /body altered in transit/);
    });

    it('rejects a header without the configured prefix as malformed', () => {
      const bare = signature.slice('sha256='.length);

      const { diagnosis } = verifyAndDiagnose(
        provider,
        { headers: { 'x-signature': bare }, body },
        [secret],
      );

      assert.equal(diagnosis?.code, 'malformed_header');
    });
  });

  describe('sha512, base64, over "{timestamp}.{body}" with a timestamp header', () => {
    const scheme: HmacSchemeConfig = {
      header: 'X-Webhook-Signature',
      algorithm: 'sha512',
      encoding: 'base64',
      timestampHeader: 'X-Webhook-Timestamp',
      signedContent: '{timestamp}.{body}',
    };
    const provider = new HmacProvider(scheme);

    function signedAt(timestampSeconds: number, key = secret): SignedRequest {
      const content = Buffer.concat([Buffer.from(`${timestampSeconds}.`), body]);
      return {
        headers: {
          'x-webhook-signature': senderSignature('sha512', 'base64', key, content),
          'x-webhook-timestamp': String(timestampSeconds),
        },
        body,
      };
    }

    it("accepts the sender's signature and reports its timestamp", () => {
      const { result } = verifyAndDiagnose(provider, signedAt(nowSeconds), [secret]);

      assert.deepEqual(result, { ok: true, timestampSeconds: nowSeconds });
    });

    it('accepts the signature during a rotation when the second secret signed it', () => {
      const { result } = verifyAndDiagnose(provider, signedAt(nowSeconds), ['old-secret', secret]);

      assert.equal(result.ok, true);
    });

    it('rejects a timestamp changed after signing', () => {
      const request = signedAt(nowSeconds);
      const tampered = {
        ...request,
        headers: { ...request.headers, 'x-webhook-timestamp': String(nowSeconds + 1) },
      };

      const { diagnosis } = verifyAndDiagnose(provider, tampered, [secret]);

      assert.equal(diagnosis?.code, 'signature_mismatch');
      assert.ok(diagnosis!.hints.length > 0);
    });

    it('rejects a signature made with another secret', () => {
      const { diagnosis } = verifyAndDiagnose(provider, signedAt(nowSeconds, 'another'), [secret]);

      assert.equal(diagnosis?.code, 'signature_mismatch');
    });

    it('rejects a valid signature older than the tolerance with the measured offset', () => {
      const { diagnosis } = verifyAndDiagnose(provider, signedAt(nowSeconds - 900), [secret]);

      assert.equal(diagnosis?.code, 'timestamp_outside_tolerance');
      assert.equal(diagnosis?.clockOffsetSeconds, 900);
    });

    it('rejects a request without the timestamp header as missing a header', () => {
      const headers = {
        'x-webhook-signature': signedAt(nowSeconds).headers['x-webhook-signature'],
      };

      const { diagnosis } = verifyAndDiagnose(provider, { headers, body }, [secret]);

      assert.equal(diagnosis?.code, 'missing_header');
    });

    it('signs so that its own check passes', () => {
      const headers = provider.sign({
        body,
        secret,
        timestampSeconds: nowSeconds,
        eventId: 'ord_1',
        eventType: 'order.created',
      });

      const { result } = verifyAndDiagnose(provider, { headers, body }, [secret]);

      assert.equal(result.ok, true);
      assert.deepEqual(signedAt(nowSeconds).headers, headers);
    });
  });
});
