import { CaptainError } from '../errors';

/**
 * An error of the webhooks capability. Codes: `receiver_running`, `receiver_listen_failed`,
 * `event_not_found`, `no_target`, `unknown_endpoint`, `unknown_sample`.
 */
export class WebhooksError extends CaptainError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'WebhooksError';
  }
}
