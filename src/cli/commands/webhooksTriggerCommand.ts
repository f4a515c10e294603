import {
  sampleEventTypes,
  triggerSampleEvent,
  type SampleProvider,
} from '../../engine/webhooks/webhookTrigger';
import { WebhooksService } from '../../engine/webhooks/webhooksService';
import { UsageError, type CliCommand } from '../cliCommand';

/**
 * `captain webhooks trigger <provider> <event-type>`: sends a realistic signed sample event
 * (stripe, github or shopify) through the receiver: to a `captain webhooks listen` running at the
 * configured host and port if there is one, else through the receiver's ingest path in-process.
 * With no event type, lists the samples.
 */
export const webhooksTriggerCommand: CliCommand = {
  name: 'webhooks trigger',
  summary: 'Send a signed sample event through the receiver',
  usage: 'captain webhooks trigger <stripe|github|shopify> <event-type> [--endpoint NAME] [--json]',
  options: {
    endpoint: {
      type: 'string',
      description: 'the endpoint to send to (default: the first of that provider)',
    },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  async run(invocation) {
    const [provider, eventType] = invocation.positionals;
    const samples = sampleEventTypes();
    if (!(provider in samples)) {
      throw new UsageError(
        `expected a provider of ${Object.keys(samples).join(', ')}, got ${provider ?? 'nothing'}`,
      );
    }
    if (eventType === undefined) {
      invocation.stdout.write(`${samples[provider as SampleProvider].join('\n')}\n`);
      return 0;
    }

    const engine = await invocation.engine();
    const service = new WebhooksService(engine, { autoForward: false });
    const result = await triggerSampleEvent(engine, service, {
      provider: provider as SampleProvider,
      eventType,
      endpoint: invocation.values.endpoint as string | undefined,
    });
    if (invocation.values.json === true) {
      invocation.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      invocation.stdout.write(
        `${result.eventType} ${result.eventId} → ${result.endpoint} (${result.via}): ${result.statusCode}\n`,
      );
    }
    return result.statusCode >= 200 && result.statusCode < 300 ? 0 : 1;
  },
};
