import type { HmacSchemeConfig } from '../../config/captainConfig';
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

type TemplatePart = string | 'body' | 'timestamp' | 'id';

/**
 * A generic HMAC scheme described by config: which header carries the signature, the algorithm
 * (default sha256), encoding (default hex), a prefix (like `sha256=`), and the signed content as
 * a template of `{body}`, `{timestamp}` and `{id}` (default `{body}`). A timestamp header turns
 * on the tolerance check.
 */
export class HmacProvider implements WebhookProvider {
  readonly name = 'hmac' as const;
  readonly signatureHeaders: readonly string[];
  private readonly header: string;
  private readonly algorithm: 'sha1' | 'sha256' | 'sha512';
  private readonly encoding: 'hex' | 'base64';
  private readonly prefix: string;
  private readonly template: readonly { literal?: string; slot?: TemplatePart }[];

  /** @throws {TypeError} when the signed-content template names an unknown slot. */
  constructor(private readonly scheme: HmacSchemeConfig) {
    if (typeof scheme?.header !== 'string' || scheme.header.length === 0) {
      throw new TypeError('expected hmac.header to name the signature header, got nothing');
    }

    this.header = scheme.header.toLowerCase();
    this.signatureHeaders = [this.header];
    this.algorithm = scheme.algorithm ?? 'sha256';
    this.encoding = scheme.encoding ?? 'hex';
    this.prefix = scheme.prefix ?? '';
    this.template = parseTemplate(scheme.signedContent ?? '{body}');
  }

  verify(request: SignedRequest, options: VerifyOptions): VerificationResult {
    const header = headerValue(request.headers, this.header);
    if (header === undefined) {
      return fail(
        'missing_header',
        `no ${this.scheme.header} header; check the sender's signature header name`,
      );
    }

    if (!header.startsWith(this.prefix)) {
      return fail(
        'malformed_header',
        `${this.scheme.header} does not start with the configured prefix`,
      );
    }

    const timestampText = this.scheme.timestampHeader
      ? headerValue(request.headers, this.scheme.timestampHeader)
      : undefined;
    const timestampSeconds = parseSeconds(timestampText);
    if (this.scheme.timestampHeader && timestampSeconds === undefined) {
      return fail(
        timestampText === undefined ? 'missing_header' : 'malformed_header',
        `${this.scheme.timestampHeader} is missing or not a number of seconds`,
      );
    }

    if (options.secrets.length === 0) {
      return fail('missing_secret', 'the endpoint has no secret configured');
    }

    const received = header.slice(this.prefix.length).trim();
    const comparable = this.encoding === 'hex' ? received.toLowerCase() : received;
    const id = this.eventIdHeader(request) ?? '';
    const matches = options.secrets.some((secret) =>
      safeEqual(this.digest(secret, request.body, timestampText ?? '', id), comparable),
    );
    if (!matches) {
      return fail(
        'signature_mismatch',
        `${this.scheme.header} does not match; check the raw body is unchanged and the algorithm, encoding and signed content match the sender`,
        timestampSeconds,
      );
    }

    const skew =
      timestampSeconds === undefined
        ? undefined
        : checkTolerance(timestampSeconds, options.nowMs, options.toleranceSeconds);
    return skew === undefined
      ? { ok: true, timestampSeconds }
      : fail('timestamp_outside_tolerance', skew, timestampSeconds);
  }

  identify(request: SignedRequest): EventIdentity {
    const body = parseJsonObject(request.body);
    return {
      eventId:
        this.eventIdHeader(request) ?? stringField(body, 'id') ?? bodyFingerprint(request.body),
      eventType: stringField(body, 'type') ?? stringField(body, 'event') ?? 'unknown',
    };
  }

  sign(options: SignOptions): Record<string, string> {
    const timestamp = String(options.timestampSeconds);
    const headers: Record<string, string> = {
      [this.header]:
        `${this.prefix}${this.digest(options.secret, options.body, timestamp, options.eventId)}`,
    };
    if (this.scheme.timestampHeader) {
      headers[this.scheme.timestampHeader.toLowerCase()] = timestamp;
    }
    if (this.scheme.idHeader) {
      headers[this.scheme.idHeader.toLowerCase()] = options.eventId;
    }
    return headers;
  }

  private eventIdHeader(request: SignedRequest): string | undefined {
    return this.scheme.idHeader ? headerValue(request.headers, this.scheme.idHeader) : undefined;
  }

  private digest(secret: string, body: Buffer, timestamp: string, id: string): string {
    const parts = this.template.map((part) => {
      switch (part.slot) {
        case 'body':
          return body;
        case 'timestamp':
          return timestamp;
        case 'id':
          return id;
        default:
          return part.literal ?? '';
      }
    });
    return hmacDigest(this.algorithm, secret, parts, this.encoding);
  }
}

function parseTemplate(template: string): { literal?: string; slot?: TemplatePart }[] {
  const parts: { literal?: string; slot?: TemplatePart }[] = [];
  const pattern = /\{([a-z]+)\}/g;
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    if (!['body', 'timestamp', 'id'].includes(match[1])) {
      throw new TypeError(
        `expected {body}, {timestamp} or {id} in hmac.signedContent, got {${match[1]}}`,
      );
    }
    parts.push({ literal: template.slice(last, match.index) }, { slot: match[1] as TemplatePart });
    last = match.index + match[0].length;
  }
  parts.push({ literal: template.slice(last) });
  return parts.filter((part) => part.slot !== undefined || (part.literal ?? '').length > 0);
}
