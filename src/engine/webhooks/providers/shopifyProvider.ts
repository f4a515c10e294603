import {
  bodyFingerprint,
  headerValue,
  hmacDigest,
  safeEqual,
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

const signatureHeader = 'x-shopify-hmac-sha256';

/**
 * Shopify: `X-Shopify-Hmac-Sha256: <base64>`, HMAC-SHA256 of the body keyed with the app's
 * client secret. No timestamp is signed; `X-Shopify-Webhook-Id` is the idempotency key and
 * `X-Shopify-Topic` (`orders/create`) the event type.
 */
export class ShopifyProvider implements WebhookProvider {
  readonly name = 'shopify' as const;
  readonly signatureHeaders = [signatureHeader];

  verify(request: SignedRequest, options: VerifyOptions): VerificationResult {
    const header = headerValue(request.headers, signatureHeader);
    if (header === undefined) {
      return fail(
        'missing_header',
        'no X-Shopify-Hmac-Sha256 header; check that a proxy does not drop it',
      );
    }

    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(header.trim())) {
      return fail('malformed_header', 'X-Shopify-Hmac-Sha256 is not base64');
    }

    if (options.secrets.length === 0) {
      return fail(
        'missing_secret',
        "the endpoint has no secret configured; set the app's client secret",
      );
    }

    const matches = options.secrets.some((secret) =>
      safeEqual(hmacDigest('sha256', secret, [request.body], 'base64'), header.trim()),
    );
    return matches
      ? { ok: true }
      : fail(
          'signature_mismatch',
          "X-Shopify-Hmac-Sha256 does not match the body; check the raw body reaches the receiver unchanged and the secret is the app's client secret",
        );
  }

  identify(request: SignedRequest): EventIdentity {
    return {
      eventId:
        headerValue(request.headers, 'x-shopify-webhook-id') ??
        headerValue(request.headers, 'x-shopify-event-id') ??
        bodyFingerprint(request.body),
      eventType: headerValue(request.headers, 'x-shopify-topic') ?? 'unknown',
    };
  }

  sign(options: SignOptions): Record<string, string> {
    return {
      'x-shopify-hmac-sha256': hmacDigest('sha256', options.secret, [options.body], 'base64'),
      'x-shopify-webhook-id': options.eventId,
      'x-shopify-topic': options.eventType,
      'x-shopify-triggered-at': new Date(options.timestampSeconds * 1000).toISOString(),
    };
  }

  describeSecretKind(secret: string): string | undefined {
    return /^shp(at|ca|pa|ss)_/.test(secret.trim())
      ? "the secret looks like a Shopify access token; webhooks are signed with the app's client secret"
      : undefined;
  }
}
