import { CaptainError } from '../errors';

/** What went wrong in a Stripe call, in the words a person acts on. */
export type StripeErrorKind =
  | 'card_declined'
  | 'invalid_request'
  | 'rate_limited'
  | 'connection'
  | 'api_error'
  | 'authentication'
  | 'permission'
  | 'idempotency'
  | 'live_key_refused'
  | 'unknown';

const advice: Record<StripeErrorKind, string> = {
  card_declined: 'the card was declined; try another test card',
  invalid_request: 'Stripe rejected the request; check the parameters named in the message',
  rate_limited: 'Stripe is rate limiting this key; slow down or raise the retry delay',
  connection: 'could not reach Stripe; check the network and the service baseUrl',
  api_error: 'Stripe had an internal error; the call may be retried later',
  authentication: 'Stripe refused the API key; check the secret the service auth refers to',
  permission: 'the key lacks permission for this call; use a key with the right scope',
  idempotency: 'the idempotency key was reused with different parameters',
  live_key_refused:
    'a live key is configured; set "testModeOnly": false on the service to allow it',
  unknown: 'an unexpected Stripe error',
};

/** A Stripe failure mapped to a stable kind; `code` is `stripe_<kind>`. Never carries the key. */
export class StripeConnectorError extends CaptainError {
  constructor(
    readonly kind: StripeErrorKind,
    detail: string,
    readonly details: { statusCode?: number; stripeCode?: string; declineCode?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(`stripe_${kind}`, `${advice[kind]} (${detail})`, options);
    this.name = 'StripeConnectorError';
  }
}

/** Maps an error thrown by the `stripe` package to a {@link StripeConnectorError}. */
export function mapStripeError(error: unknown): StripeConnectorError {
  const stripe = error as {
    type?: string;
    message?: string;
    statusCode?: number;
    code?: string;
    decline_code?: string;
  };
  const kinds: Record<string, StripeErrorKind> = {
    StripeCardError: 'card_declined',
    StripeInvalidRequestError: 'invalid_request',
    StripeRateLimitError: 'rate_limited',
    StripeConnectionError: 'connection',
    StripeAPIError: 'api_error',
    StripeAuthenticationError: 'authentication',
    StripePermissionError: 'permission',
    StripeIdempotencyError: 'idempotency',
  };
  const kind = kinds[stripe.type ?? ''] ?? (stripe.statusCode === 429 ? 'rate_limited' : 'unknown');
  return new StripeConnectorError(
    kind,
    stripe.message ?? String(error),
    { statusCode: stripe.statusCode, stripeCode: stripe.code, declineCode: stripe.decline_code },
    { cause: error },
  );
}
