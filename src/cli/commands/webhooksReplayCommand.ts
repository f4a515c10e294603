import { WebhooksService } from '../../engine/webhooks/webhooksService';
import { UsageError, type CliCommand } from '../cliCommand';

const drainTimeoutMs = 30_000;

/**
 * `captain webhooks replay <seq|event-id>` or `--failed`: enqueues new deliveries of stored
 * events (to their configured target or `--to URL`), then delivers them in-process, waiting up
 * to 30 s for the first attempts; retries left over are sent by the editor's engine (or the next
 * CLI run). A delivery is leased while sent, so the two never send the same attempt.
 * Exit 1 when any replayed delivery is not delivered by then.
 */
export const webhooksReplayCommand: CliCommand = {
  name: 'webhooks replay',
  summary: 'Deliver stored webhook events again',
  usage:
    'captain webhooks replay <seq|event-id> | --failed [--endpoint NAME] [--type T] [--to URL] [--json]',
  options: {
    failed: { type: 'boolean', description: 'replay every failed and dead-lettered event' },
    endpoint: { type: 'string', description: 'with --failed: only this endpoint' },
    type: { type: 'string', description: 'with --failed: only this event type' },
    to: { type: 'string', description: 'deliver to this URL instead of the configured target' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  async run(invocation) {
    const failed = invocation.values.failed === true;
    const [reference] = invocation.positionals;
    if (failed === (reference !== undefined)) {
      throw new UsageError('expected either one event (seq or event id) or --failed');
    }
    const to = invocation.values.to as string | undefined;
    if (to !== undefined && !/^https?:\/\//.test(to)) {
      throw new UsageError(`expected --to to be an http(s) URL, got ${to}`);
    }

    const engine = await invocation.engine();
    // Forwarding starts with the first replay; leases keep a running editor engine off these.
    const service = new WebhooksService(engine, { autoForward: false });
    let seqs: number[];
    if (failed) {
      seqs = service.replayMany(
        {
          endpoint: invocation.values.endpoint as string | undefined,
          eventType: invocation.values.type as string | undefined,
        },
        to,
      );
    } else {
      const event = /^\d+$/.test(reference)
        ? service.events.get(Number(reference))
        : service.events.findByEventId(reference);
      if (event === undefined) {
        throw new UsageError(`no stored event ${reference}; list them with captain webhooks list`);
      }
      service.replay(event.seq, to);
      seqs = [event.seq];
    }

    const delivered = await deliverNow(service, seqs);
    const summary = { replayed: seqs.length, delivered: delivered.length, events: seqs };
    if (invocation.values.json === true) {
      invocation.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      invocation.stdout.write(`replayed ${seqs.length} event(s), ${delivered.length} delivered\n`);
    }
    return delivered.length === seqs.length ? 0 : 1;
  },
};

async function deliverNow(service: WebhooksService, seqs: number[]): Promise<number[]> {
  if (seqs.length === 0) {
    return [];
  }

  await service.ensureForwarding();
  const deadline = Date.now() + drainTimeoutMs;
  const isSettled = (seq: number) =>
    ['forwarded', 'dead_lettered', 'failed'].includes(
      service.events.get(seq)?.status ?? 'forwarded',
    );
  while (!seqs.every(isSettled) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await service.dispose();
  return seqs.filter((seq) => service.events.get(seq)?.status === 'forwarded');
}
