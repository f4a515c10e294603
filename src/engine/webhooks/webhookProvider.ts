import type { WebhookProviderName } from '../config/captainConfig';

/** Request headers as Node gives them: lower-cased names, a string or (rarely) a list. */
export type WebhookHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** The bytes and headers of one delivery as received; the body is never re-encoded. */
export interface SignedRequest {
  readonly headers: WebhookHeaders;
  readonly body: Buffer;
}

/** What a check needs besides the request. */
export interface VerifyOptions {
  /** Every secret that may have signed it (rotation); already resolved from references. */
  readonly secrets: readonly string[];
  /** Largest allowed distance between the signed timestamp and now, both directions, in s. */
  readonly toleranceSeconds: number;
  /** The current time in ms since the epoch (injectable clock). */
  readonly nowMs: number;
}

/** Why a signature check failed; stable codes the receiver, views and tests branch on. */
export type VerificationFailureCode =
  | 'missing_secret'
  | 'missing_header'
  | 'malformed_header'
  | 'signature_mismatch'
  | 'timestamp_outside_tolerance';

export interface VerificationFailure {
  readonly code: VerificationFailureCode;
  /** For people; never contains a secret or a signature value. */
  readonly message: string;
  /** The signed timestamp in s, when the scheme carries one and it could be read. */
  readonly timestampSeconds?: number;
}

export type VerificationResult =
  | { readonly ok: true; readonly timestampSeconds?: number }
  | { readonly ok: false; readonly failure: VerificationFailure };

/** The provider's event id and type, read after the signature passed. */
export interface EventIdentity {
  readonly eventId: string;
  readonly eventType: string;
  /** Slack's `url_verification` challenge to echo instead of storing anything. */
  readonly challenge?: string;
}

/** Input for producing a signature, for forwarding and triggers. */
export interface SignOptions {
  readonly body: Buffer;
  readonly secret: string;
  /** Seconds since the epoch. */
  readonly timestampSeconds: number;
  readonly eventId: string;
  readonly eventType: string;
}

/**
 * One signature scheme. `verify` never throws on hostile input: every problem comes back as a
 * {@link VerificationFailure}. `sign` produces the headers the sender would have set, so a
 * forwarded or synthesized event passes the developer's own check.
 */
export interface WebhookProvider {
  readonly name: WebhookProviderName;
  /** Lower-cased names of headers that carry signature material (masked in storage, replaced on forward). */
  readonly signatureHeaders: readonly string[];
  verify(request: SignedRequest, options: VerifyOptions): VerificationResult;
  identify(request: SignedRequest): EventIdentity;
  /** @throws {TypeError} when the secret cannot be used by this scheme. */
  sign(options: SignOptions): Record<string, string>;
  /** A warning when a secret is the wrong kind for this scheme (an API key, a bot token), else undefined. */
  describeSecretKind?(secret: string): string | undefined;
}
