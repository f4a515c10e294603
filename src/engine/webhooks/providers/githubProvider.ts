import {
  bodyFingerprint,
  headerValue,
  hmacDigest,
  parseJsonObject,
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

const signatureHeader = 'x-hub-signature-256';
const signaturePrefix = 'sha256=';

/**
 * GitHub: `X-Hub-Signature-256: sha256=<hex>`, HMAC-SHA256 of the body. The scheme has no
 * timestamp, so there is no tolerance; replays are stopped by the `X-GitHub-Delivery` id instead.
 * The event type is `X-GitHub-Event`, with the body's `action` appended (`pull_request.opened`).
 */
export class GithubProvider implements WebhookProvider {
  readonly name = 'github' as const;
  readonly signatureHeaders = [signatureHeader, 'x-hub-signature'];

  verify(request: SignedRequest, options: VerifyOptions): VerificationResult {
    const header = headerValue(request.headers, signatureHeader);
    if (header === undefined) {
      const legacy = headerValue(request.headers, 'x-hub-signature') !== undefined;
      return fail(
        'missing_header',
        legacy
          ? 'only the SHA-1 X-Hub-Signature is present; set a secret on the GitHub webhook so it sends X-Hub-Signature-256'
          : 'no X-Hub-Signature-256 header; set a secret on the GitHub webhook',
      );
    }

    if (!header.startsWith(signaturePrefix)) {
      return fail('malformed_header', 'X-Hub-Signature-256 does not start with sha256=');
    }

    if (options.secrets.length === 0) {
      return fail(
        'missing_secret',
        'the endpoint has no secret configured; set the webhook secret',
      );
    }

    const received = header.slice(signaturePrefix.length).toLowerCase();
    const matches = options.secrets.some((secret) =>
      safeEqual(hmacDigest('sha256', secret, [request.body], 'hex'), received),
    );
    return matches
      ? { ok: true }
      : fail(
          'signature_mismatch',
          'X-Hub-Signature-256 does not match the body; check the raw body reaches the receiver unchanged and the secret matches the one set on GitHub',
        );
  }

  identify(request: SignedRequest): EventIdentity {
    const event = headerValue(request.headers, 'x-github-event') ?? 'unknown';
    const action = stringField(parseJsonObject(request.body), 'action');
    return {
      eventId: headerValue(request.headers, 'x-github-delivery') ?? bodyFingerprint(request.body),
      eventType: action === undefined ? event : `${event}.${action}`,
    };
  }

  sign(options: SignOptions): Record<string, string> {
    const digest = hmacDigest('sha256', options.secret, [options.body], 'hex');
    return {
      'x-hub-signature-256': `${signaturePrefix}${digest}`,
      'x-github-delivery': options.eventId,
      // The type we store carries the action after a dot; the header holds only the event name.
      'x-github-event': options.eventType.split('.')[0],
    };
  }

  describeSecretKind(secret: string): string | undefined {
    return /^(ghp|gho|ghs|ghu|github_pat)_/.test(secret.trim())
      ? 'the secret looks like a GitHub access token; webhooks use the secret typed into the webhook settings'
      : undefined;
  }
}
