import {
  bodyFingerprint,
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

const signatureHeader = 'x-slack-signature';
const timestampHeader = 'x-slack-request-timestamp';

/**
 * Slack: `X-Slack-Signature: v0=<hex>`, HMAC-SHA256 of `v0:<timestamp>:<body>` keyed with the
 * app's signing secret, timestamp in `X-Slack-Request-Timestamp`. Events API bodies carry
 * `event_id` and `event.type`; a `url_verification` body asks for its `challenge` back.
 */
export class SlackProvider implements WebhookProvider {
  readonly name = 'slack' as const;
  readonly signatureHeaders = [signatureHeader];

  verify(request: SignedRequest, options: VerifyOptions): VerificationResult {
    const header = headerValue(request.headers, signatureHeader);
    const timestampText = headerValue(request.headers, timestampHeader);
    if (header === undefined || timestampText === undefined) {
      return fail(
        'missing_header',
        `no ${header === undefined ? 'X-Slack-Signature' : 'X-Slack-Request-Timestamp'} header; check that a proxy does not drop it`,
      );
    }

    const timestampSeconds = parseSeconds(timestampText);
    if (!header.startsWith('v0=') || timestampSeconds === undefined) {
      return fail(
        'malformed_header',
        timestampSeconds === undefined
          ? 'X-Slack-Request-Timestamp is not a number of seconds'
          : 'X-Slack-Signature does not start with v0=',
      );
    }

    if (options.secrets.length === 0) {
      return fail(
        'missing_secret',
        "the endpoint has no secret configured; set the app's signing secret",
      );
    }

    const received = header.slice(3).toLowerCase();
    const matches = options.secrets.some((secret) =>
      safeEqual(
        hmacDigest('sha256', secret, [`v0:${timestampText}:`, request.body], 'hex'),
        received,
      ),
    );
    if (!matches) {
      return fail(
        'signature_mismatch',
        "X-Slack-Signature does not match; check the raw body reaches the receiver unchanged and the secret is the app's signing secret (not a bot token)",
        timestampSeconds,
      );
    }

    const skew = checkTolerance(timestampSeconds, options.nowMs, options.toleranceSeconds);
    return skew === undefined
      ? { ok: true, timestampSeconds }
      : fail('timestamp_outside_tolerance', skew, timestampSeconds);
  }

  identify(request: SignedRequest): EventIdentity {
    const body = parseJsonObject(request.body);
    const type = stringField(body, 'type');
    if (type === 'url_verification') {
      return {
        eventId: bodyFingerprint(request.body),
        eventType: type,
        challenge: stringField(body, 'challenge') ?? '',
      };
    }
    return {
      eventId: stringField(body, 'event_id') ?? bodyFingerprint(request.body),
      eventType: stringField(body, 'event', 'type') ?? type ?? 'unknown',
    };
  }

  sign(options: SignOptions): Record<string, string> {
    const timestamp = String(options.timestampSeconds);
    const digest = hmacDigest('sha256', options.secret, [`v0:${timestamp}:`, options.body], 'hex');
    return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': timestamp };
  }

  describeSecretKind(secret: string): string | undefined {
    return /^xox[abpe]-/.test(secret.trim())
      ? "the secret is a Slack token (xox…); requests are signed with the app's signing secret from Basic Information"
      : undefined;
  }
}
