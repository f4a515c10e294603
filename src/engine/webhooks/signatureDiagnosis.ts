import type {
  SignedRequest,
  VerificationFailure,
  VerifyOptions,
  WebhookProvider,
} from './webhookProvider';

/** An explanation of a rejected delivery that a developer can act on. Never holds a secret. */
export interface SignatureDiagnosis {
  /** The verification failure code, or `unknown_endpoint` / `payload_too_large` from the receiver. */
  readonly code: string;
  /** One line: what went wrong. */
  readonly summary: string;
  /** What was found and what to check next, most likely first. */
  readonly hints: readonly string[];
  /** Receiver clock minus the signed timestamp, in s (positive: the event is old). */
  readonly clockOffsetSeconds?: number;
}

interface BodyVariant {
  readonly description: string;
  readonly body: (raw: Buffer) => Buffer | undefined;
}

// Alterations seen in practice, the smallest first so the hint names the least change: body parsers that re-serialise JSON, editors and proxies that
// add or strip a final newline, and Windows line endings.
const bodyVariants: readonly BodyVariant[] = [
  {
    description: 'with trailing whitespace or a final newline removed',
    body: (raw) => Buffer.from(raw.toString('utf8').replace(/\s+$/, ''), 'utf8'),
  },
  {
    description: 'with a final newline added',
    body: (raw) => Buffer.concat([raw, Buffer.from('\n')]),
  },
  {
    description: 'with CRLF line endings converted to LF',
    body: (raw) => Buffer.from(raw.toString('utf8').replace(/\r\n/g, '\n'), 'utf8'),
  },
  {
    description: 'with LF line endings converted to CRLF',
    body: (raw) => Buffer.from(raw.toString('utf8').replace(/\r?\n/g, '\r\n'), 'utf8'),
  },
  {
    description:
      're-serialised as compact JSON (a JSON body parser and JSON.stringify ran before the check)',
    body: (raw) => reserialise(raw, undefined),
  },
  {
    description: 're-serialised as indented JSON (pretty-printed in transit)',
    body: (raw) => reserialise(raw, 2),
  },
];

/**
 * Explains why `failure` happened by retrying the check under common mistakes: secrets with
 * surrounding whitespace, secrets of the wrong kind, bodies altered in transit, clock skew and
 * headers of another provider. Costs a few HMACs; run it only for rejected deliveries.
 */
export function diagnoseSignatureFailure(
  provider: WebhookProvider,
  request: SignedRequest,
  options: VerifyOptions,
  failure: VerificationFailure,
): SignatureDiagnosis {
  const hints: string[] = [];
  let clockOffsetSeconds: number | undefined;
  if (failure.timestampSeconds !== undefined) {
    clockOffsetSeconds = Math.round(options.nowMs / 1000 - failure.timestampSeconds);
  }

  switch (failure.code) {
    case 'missing_header':
    case 'malformed_header':
      hints.push(failure.message, ...otherProviderHints(provider, request));
      break;
    case 'missing_secret':
      hints.push(failure.message);
      break;
    case 'timestamp_outside_tolerance':
      hints.push(describeSkew(clockOffsetSeconds ?? 0, options.toleranceSeconds));
      break;
    case 'signature_mismatch':
      hints.push(...mismatchHints(provider, request, options));
      break;
  }

  return { code: failure.code, summary: failure.message, hints, clockOffsetSeconds };
}

function mismatchHints(
  provider: WebhookProvider,
  request: SignedRequest,
  options: VerifyOptions,
): string[] {
  const hints: string[] = [];
  const lenient = { ...options, toleranceSeconds: Number.POSITIVE_INFINITY };
  for (const secret of options.secrets) {
    const kind = provider.describeSecretKind?.(secret);
    if (kind !== undefined) {
      hints.push(`wrong kind of secret: ${kind}`);
    }
  }

  const trimmed = options.secrets.map((secret) => secret.trim());
  if (trimmed.some((secret, index) => secret !== options.secrets[index])) {
    const passes = provider.verify(request, { ...lenient, secrets: trimmed }).ok;
    hints.push(
      passes
        ? 'whitespace in the secret: the signature matches once leading/trailing spaces or newlines are removed from it'
        : 'the secret has leading or trailing whitespace; remove it (it still does not match after trimming)',
    );
  }

  for (const variant of bodyVariants) {
    const body = variant.body(request.body);
    if (body === undefined || body.equals(request.body)) {
      continue;
    }

    if (provider.verify({ headers: request.headers, body }, lenient).ok) {
      hints.push(
        `body altered in transit: the signature matches the body ${variant.description}; verify the raw bytes before any parsing`,
      );
      break;
    }
  }

  if (hints.length === 0) {
    hints.push(
      'neither a whitespace-trimmed secret nor a common body alteration explains it: the secret most likely belongs to another endpoint or mode (test/live), or the body was changed in transit',
    );
  }
  return hints;
}

function describeSkew(offsetSeconds: number, toleranceSeconds: number): string {
  const amount = Math.abs(offsetSeconds);
  if (offsetSeconds < 0) {
    return `clock skew: the signature is dated ${amount} s in the future (tolerance ${toleranceSeconds} s); the sender's clock is ahead of this machine or this clock is behind — sync time (NTP)`;
  }
  return `clock skew or late delivery: the signature is ${amount} s old (tolerance ${toleranceSeconds} s); if this is a re-sent old event, replay it from the provider so it is signed afresh, otherwise sync this machine's clock`;
}

const providerMarkers: readonly [string, string][] = [
  ['stripe-signature', 'Stripe'],
  ['x-hub-signature-256', 'GitHub'],
  ['x-shopify-hmac-sha256', 'Shopify'],
  ['x-slack-signature', 'Slack'],
  ['webhook-signature', 'Standard Webhooks'],
];

function otherProviderHints(provider: WebhookProvider, request: SignedRequest): string[] {
  return providerMarkers
    .filter(
      ([header]) =>
        !provider.signatureHeaders.includes(header) && request.headers[header] !== undefined,
    )
    .map(
      ([header, name]) =>
        `the request carries ${header}, so it looks like a ${name} delivery sent to a ${provider.name} endpoint; check the endpoint's provider`,
    );
}

function reserialise(raw: Buffer, indent: number | undefined): Buffer | undefined {
  try {
    return Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8')), null, indent), 'utf8');
  } catch {
    return undefined;
  }
}
