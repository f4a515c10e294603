import {
  checkTolerance,
  headerValue,
  hmacDigest,
  parseJsonObject,
  parseSeconds,
  safeEqual,
  stringField,
  verificationFailed as fail,
} from '../signatureCompare';
import type {
  EventIdentity,
  SignedRequest,
  SignOptions,
  VerificationResult,
  VerifyOptions,
  WebhookProvider,
} from '../webhookProvider';

const secretPrefix = 'whsec_';

/**
 * The key bytes of a Standard Webhooks secret: base64 after an optional `whsec_` prefix.
 * @throws {TypeError} when the rest is not base64.
 */
export function standardSecretKey(secret: string): Buffer {
  const encoded = secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret;
  if (encoded.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
    throw new TypeError(
      'expected a Standard Webhooks secret of the form whsec_<base64>, got something else',
    );
  }

  return Buffer.from(encoded, 'base64');
}

/**
 * Standard Webhooks (Svix and others): `webhook-id`, `webhook-timestamp` and
 * `webhook-signature: v1,<base64> [v1,<base64> …]` (several during key rotation), HMAC-SHA256
 * of `id.timestamp.body` keyed with the base64 part of a `whsec_` secret.
 */
export class StandardProvider implements WebhookProvider {
  readonly name = 'standard' as const;
  readonly signatureHeaders = ['webhook-signature'];

  verify(request: SignedRequest, options: VerifyOptions): VerificationResult {
    const id = headerValue(request.headers, 'webhook-id');
    const timestampText = headerValue(request.headers, 'webhook-timestamp');
    const header = headerValue(request.headers, 'webhook-signature');
    if (id === undefined || timestampText === undefined || header === undefined) {
      const missing =
        id === undefined
          ? 'webhook-id'
          : timestampText === undefined
            ? 'webhook-timestamp'
            : 'webhook-signature';
      return fail(
        'missing_header',
        `no ${missing} header; check the sender follows Standard Webhooks`,
      );
    }

    const timestampSeconds = parseSeconds(timestampText);
    const signatures = header
      .split(' ')
      .filter((entry) => entry.startsWith('v1,'))
      .map((entry) => entry.slice(3));
    if (timestampSeconds === undefined || signatures.length === 0) {
      return fail(
        'malformed_header',
        timestampSeconds === undefined
          ? 'webhook-timestamp is not a number of seconds'
          : 'webhook-signature has no v1,<base64> entry',
      );
    }

    const keys = options.secrets.flatMap((secret) => {
      try {
        return [standardSecretKey(secret)];
      } catch {
        return [];
      }
    });
    if (keys.length === 0) {
      return fail(
        'missing_secret',
        'the endpoint has no usable secret; set a whsec_<base64> secret',
      );
    }

    const matches = keys.some((key) => {
      const expected = hmacDigest(
        'sha256',
        key,
        [`${id}.${timestampText}.`, request.body],
        'base64',
      );
      return signatures.some((received) => safeEqual(expected, received));
    });
    if (!matches) {
      return fail(
        'signature_mismatch',
        "no v1 signature matches; check the raw body reaches the receiver unchanged and the whsec_ secret is this endpoint's",
        timestampSeconds,
      );
    }

    const skew = checkTolerance(timestampSeconds, options.nowMs, options.toleranceSeconds);
    return skew === undefined
      ? { ok: true, timestampSeconds }
      : fail('timestamp_outside_tolerance', skew, timestampSeconds);
  }

  identify(request: SignedRequest): EventIdentity {
    return {
      eventId: headerValue(request.headers, 'webhook-id') ?? 'unknown',
      eventType: stringField(parseJsonObject(request.body), 'type') ?? 'unknown',
    };
  }

  sign(options: SignOptions): Record<string, string> {
    const timestamp = String(options.timestampSeconds);
    const digest = hmacDigest(
      'sha256',
      standardSecretKey(options.secret),
      [`${options.eventId}.${timestamp}.`, options.body],
      'base64',
    );
    return {
      'webhook-id': options.eventId,
      'webhook-timestamp': timestamp,
      'webhook-signature': `v1,${digest}`,
    };
  }

  describeSecretKind(secret: string): string | undefined {
    if (!secret.trim().startsWith(secretPrefix)) {
      return 'the secret does not start with whsec_; Standard Webhooks secrets are whsec_ followed by base64';
    }
    try {
      standardSecretKey(secret.trim());
      return undefined;
    } catch {
      return 'the part after whsec_ is not base64; copy the whole secret';
    }
  }
}
