/** Socket-level codes that mean "try again": the request may not have reached the API. */
const transientCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * True for connection failures of `fetch` (undici's `TypeError: fetch failed` with a socket
 * cause) and of the Stripe client (`StripeConnectionError`). A caller's abort is not transient.
 */
export function isTransientNetworkError(error: Error): boolean {
  if (error.name === 'AbortError') {
    return false;
  }
  if (
    error.name === 'StripeConnectionError' ||
    (error as { type?: string }).type === 'StripeConnectionError'
  ) {
    return true;
  }

  const code = (error as { code?: string }).code;
  const cause = (error as { cause?: { code?: string } }).cause;
  if ((code && transientCodes.has(code)) || (cause?.code && transientCodes.has(cause.code))) {
    return true;
  }
  return error instanceof TypeError && error.message === 'fetch failed';
}
