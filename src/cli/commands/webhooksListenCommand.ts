import { maxBodyBytesLimit } from '../../engine/webhooks/webhookReceiver';
import { WebhooksService, type ReceiverStatus } from '../../engine/webhooks/webhooksService';
import { UsageError, type CliCommand } from '../cliCommand';

/**
 * `captain webhooks listen`: runs the receiver and the forwarder until interrupted, then drains
 * (requests in flight finish, queued events commit, deliveries in flight end) and exits 0.
 * Prints where each endpoint listens on stdout; activity goes to stderr.
 */
export const webhooksListenCommand: CliCommand = {
  name: 'webhooks listen',
  summary: 'Receive, verify, store and forward webhooks until interrupted',
  usage:
    'captain webhooks listen [--config F] [--db F] [--host H] [--port N] [--forward-to URL] [--max-body-bytes N] [--json]',
  options: {
    host: { type: 'string', description: 'bind address (default 127.0.0.1)' },
    port: {
      type: 'string',
      description: 'port (default captain.webhooks.port, 4242; 0 picks one)',
    },
    'forward-to': { type: 'string', description: 'deliver every accepted event to this URL' },
    'max-body-bytes': {
      type: 'string',
      description: `largest body accepted, in bytes (default captain.webhooks.maxBodyBytes, 1 MiB; at most ${maxBodyBytesLimit})`,
    },
    json: { type: 'boolean', description: 'print the status as one JSON line' },
  },
  async run(invocation) {
    const port = invocation.values.port === undefined ? undefined : Number(invocation.values.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
      throw new UsageError(`expected --port to be 0-65535, got ${String(invocation.values.port)}`);
    }
    const forwardTo = invocation.values['forward-to'] as string | undefined;
    if (forwardTo !== undefined && !/^https?:\/\//.test(forwardTo)) {
      throw new UsageError(`expected --forward-to to be an http(s) URL, got ${forwardTo}`);
    }
    const maxBodyBytes = parseMaxBodyBytes(
      invocation.values['max-body-bytes'] as string | undefined,
    );

    const engine = await invocation.engine();
    const service = new WebhooksService({
      ...engine,
      log: (level, component, message) => {
        if (level !== 'trace' && level !== 'debug') {
          invocation.stderr.write(`[${component}] ${message}\n`);
        }
      },
    });
    let status: ReceiverStatus;
    try {
      status = await service.start({
        host: invocation.values.host as string | undefined,
        port,
        forwardTo,
        maxBodyBytes,
      });
    } catch (error) {
      // The forwarder started with the service; stop it so the run can exit.
      await service.dispose();
      throw error;
    }
    if (invocation.values.json === true) {
      invocation.stdout.write(`${JSON.stringify(status)}\n`);
    } else {
      invocation.stdout.write(`listening at ${status.url}\n`);
      for (const endpoint of status.endpoints) {
        const target =
          endpoint.forwardTo === undefined ? '' : ` → ${forwardTo ?? endpoint.forwardTo}`;
        invocation.stdout.write(
          `  ${endpoint.name} (${endpoint.provider}): ${endpoint.url}${target}\n`,
        );
      }
      if (status.endpoints.length === 0) {
        invocation.stderr.write(
          'no webhook endpoints in captain.config.json; every request gets 404\n',
        );
      }
    }

    await invocation.interrupted;
    invocation.stderr.write('draining…\n');
    const final = service.status();
    await service.dispose();
    invocation.stderr.write(
      `stopped: ${final.accepted} accepted, ${final.duplicates} duplicates, ${final.rejected} rejected\n`,
    );
    return 0;
  },
};

/** `--max-body-bytes`: digits only, 1 to 25 MiB. @throws {UsageError} for anything else. */
function parseMaxBodyBytes(text: string | undefined): number | undefined {
  if (text === undefined) {
    return undefined;
  }

  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > maxBodyBytesLimit) {
    throw new UsageError(
      `expected --max-body-bytes to be a whole number of bytes from 1 to ${maxBodyBytesLimit} (25 MiB), got ${text}`,
    );
  }

  return value;
}
