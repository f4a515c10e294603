import crypto from 'node:crypto';
import type {
  VerificationFailureCode,
  VerificationResult,
  WebhookHeaders,
} from './webhookProvider';

/**
 * Compares two signature strings in constant time. Different lengths return false at once
 * (the length is not secret); equal lengths go through `crypto.timingSafeEqual`.
 */
export function safeEqual(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  if (a.length !== b.length) {
    return false;
  }

  return crypto.timingSafeEqual(a, b);
}

/** HMAC of the concatenated parts, encoded as hex or base64. */
export function hmacDigest(
  algorithm: 'sha1' | 'sha256' | 'sha512',
  key: string | Buffer,
  parts: readonly (string | Buffer)[],
  encoding: 'hex' | 'base64',
): string {
  const mac = crypto.createHmac(algorithm, key);
  for (const part of parts) {
    mac.update(part);
  }
  return mac.digest(encoding);
}

/** The first value of a header (names are lower-case in Node), or undefined when absent or empty. */
export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}

/** Parses a timestamp header in seconds; undefined unless it is a plain non-negative integer. */
export function parseSeconds(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,12}$/.test(text.trim())) {
    return undefined;
  }

  return Number(text.trim());
}

/**
 * Checks a signed timestamp against now, in both directions.
 * @returns undefined when within tolerance, else a failure message naming the offset.
 */
export function checkTolerance(
  timestampSeconds: number,
  nowMs: number,
  toleranceSeconds: number,
): string | undefined {
  const offsetSeconds = Math.round(nowMs / 1000 - timestampSeconds);
  if (Math.abs(offsetSeconds) <= toleranceSeconds) {
    return undefined;
  }

  const direction = offsetSeconds > 0 ? 'old' : 'in the future';
  return `signed timestamp is ${Math.abs(offsetSeconds)} s ${direction}, beyond the tolerance of ${toleranceSeconds} s; check the clocks or replay with a fresh signature`;
}

/** A short stable id for a body without its own event id: `sha256:` and 32 hex digits. */
export function bodyFingerprint(body: Buffer): string {
  return `sha256:${crypto.createHash('sha256').update(body).digest('hex').slice(0, 32)}`;
}

/** Parses a JSON object body; undefined for anything else. Never throws. */
export function parseJsonObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A string field of a parsed body, or undefined. */
export function stringField(value: unknown, ...path: string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && current.length > 0 ? current : undefined;
}

/** A failed {@link VerificationResult}, for providers. */
export function verificationFailed(
  code: VerificationFailureCode,
  message: string,
  timestampSeconds?: number,
): VerificationResult {
  return { ok: false, failure: { code, message, timestampSeconds } };
}
