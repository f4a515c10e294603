import Stripe from 'stripe';
import {
  bodyFingerprint,
  checkTolerance,
  headerValue,
  hmacDigest,
  parseJsonObject,
  parseSeconds,
  verificationFailed as fail,
  stringField,
} from '../signatureCompare';
import type {
  EventIdentity,
  SignedRequest,
  SignOptions,
  VerificationResult,
  VerifyOptions,
  WebhookProvider,
} from '../webhookProvider';

const signatureHeader = 'stripe-signature';
const cryptoProvider = Stripe.createNodeCryptoProvider();

interface StripeHeaderParts {
  readonly timestampSeconds: number;
  readonly signatures: string[];
}

/** Reads `t=` and every `v1=` of a Stripe-Signature header; undefined when either is absent. */
export function parseStripeSignature(header: string): StripeHeaderParts | undefined {
  let timestampSeconds: number | undefined;
  const signatures: string[] = [];
  for (const item of header.split(',')) {
    const separator = item.indexOf('=');
    const key = item.slice(0, separator).trim();
    const value = item.slice(separator + 1).trim();
    if (key === 't') {
      timestampSeconds = parseSeconds(value);
    } else if (key === 'v1' && value.length > 0) {
      signatures.push(value);
    }
  }
  return timestampSeconds === undefined || signatures.length === 0
    ? undefined
    : { timestampSeconds, signatures };
}

/**
 * Stripe: `Stripe-Signature: t=<s>,v1=<hex>[,v1=…]`, HMAC-SHA256 of `t.body` keyed with the
 * `whsec_` secret. The check itself runs through the `stripe` package's verifier (with its Node
 * crypto provider, no network); parsing, the future-timestamp bound and failure reasons are ours.
 */
export class StripeProvider implements WebhookProvider {
  readonly name = 'stripe' as const;
  readonly signatureHeaders = [signatureHeader];

  verify(request: SignedRequest, options: VerifyOptions): VerificationResult {
    const header = headerValue(request.headers, signatureHeader);
    if (header === undefined) {
      return fail(
        'missing_header',
        'no Stripe-Signature header; check that a proxy does not drop it',
      );
    }

    const parts = parseStripeSignature(header);
    if (parts === undefined) {
      return fail(
        'malformed_header',
        'Stripe-Signature has no t= timestamp or no v1= signature; check the sender uses the v1 scheme',
      );
    }

    if (options.secrets.length === 0) {
      return fail(
        'missing_secret',
        'the endpoint has no secret configured; set its whsec_ signing secret',
      );
    }

    const skew = checkTolerance(parts.timestampSeconds, options.nowMs, options.toleranceSeconds);
    const signatureMatches = options.secrets.some((secret) =>
      this.verifiedByStripe(request.body, header, secret),
    );
    if (signatureMatches && skew === undefined) {
      return { ok: true, timestampSeconds: parts.timestampSeconds };
    }

    if (signatureMatches && skew !== undefined) {
      return fail('timestamp_outside_tolerance', skew, parts.timestampSeconds);
    }
    return fail(
      'signature_mismatch',
      'no v1 signature matches the body; check the raw body reaches the receiver unchanged and the whsec_ secret belongs to this endpoint',
      parts.timestampSeconds,
    );
  }

  identify(request: SignedRequest): EventIdentity {
    const body = parseJsonObject(request.body);
    return {
      eventId: stringField(body, 'id') ?? bodyFingerprint(request.body),
      eventType: stringField(body, 'type') ?? 'unknown',
    };
  }

  sign(options: SignOptions): Record<string, string> {
    if (options.secret.length === 0) {
      throw new TypeError('expected a non-empty Stripe signing secret, got an empty string');
    }

    const signature = hmacDigest(
      'sha256',
      options.secret,
      [`${options.timestampSeconds}.`, options.body],
      'hex',
    );
    return { 'stripe-signature': `t=${options.timestampSeconds},v1=${signature}` };
  }

  describeSecretKind(secret: string): string | undefined {
    const prefix = /^(sk|rk|pk)_(live|test)_/.exec(secret.trim());
    if (prefix) {
      const kind = { sk: 'secret API key', rk: 'restricted API key', pk: 'publishable key' }[
        prefix[1] as 'sk' | 'rk' | 'pk'
      ];
      return `the secret is a Stripe ${kind} (${prefix[0]}…); webhooks are signed with the endpoint's signing secret, which starts with whsec_`;
    }
    return secret.trim().startsWith('whsec_')
      ? undefined
      : 'the secret does not start with whsec_; copy the signing secret of this endpoint from the Stripe dashboard or `stripe listen`';
  }

  /** Tolerance is checked separately (both directions), so Stripe's own age check is disabled. */
  private verifiedByStripe(body: Buffer, header: string, secret: string): boolean {
    try {
      return Stripe.webhooks.signature!.verifyHeader(body, header, secret, 0, cryptoProvider);
    } catch {
      return false;
    }
  }
}
