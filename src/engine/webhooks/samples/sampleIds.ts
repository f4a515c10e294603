import crypto from 'node:crypto';

/** A fresh id in a provider's style: `prefix` and `length` random alphanumerics. */
export function sampleId(prefix: string, length = 24): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(length);
  return prefix + Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** A fresh positive integer id like GitHub's and Shopify's numeric ids. */
export function sampleNumber(): number {
  return 1_000_000_000 + crypto.randomInt(1_000_000_000);
}

/** What a sample template gets: fresh ids and the current time in s. */
export interface SampleInput {
  readonly nowSeconds: number;
}

/** A synthesized event: its id (for idempotency), headers beyond the signature, and body. */
export interface SampleEvent {
  readonly eventId: string;
  readonly eventType: string;
  readonly body: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}
