import { CaptainError } from '../errors';

/** Stable codes of the failures a resilient call reports. */
export type ResilienceErrorCode =
  | 'circuit_open'
  | 'circuit_isolated'
  | 'call_timeout'
  | 'connection_failed'
  | 'bulkhead_full'
  | 'rate_limited'
  | 'unknown_service'
  | 'unknown_circuit'
  | 'live_key_refused'
  | 'service_misconfigured';

/**
 * Raised by the resilience policies and connectors. `code` is safe to branch on; the message says
 * what to check next and never carries a header value, token or key.
 */
export class ResilienceError extends CaptainError {
  constructor(
    override readonly code: ResilienceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'ResilienceError';
  }
}
