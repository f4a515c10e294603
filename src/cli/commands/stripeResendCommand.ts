import { UsageError, type CliCommand } from '../cliCommand';
import { runStripeVerb, stringOption, stripeServiceOption } from './stripeEventsCommand';

/** `captain stripe resend <event-id> [--to URL]`: the event, signed, to the local receiver. */
export const stripeResendCommand: CliCommand = {
  name: 'stripe resend',
  summary: "Send a Stripe event to the local receiver, signed with the endpoint's secret",
  usage: 'captain stripe resend <event-id> [--to URL] [--endpoint NAME] [--service NAME] [--json]',
  options: {
    ...stripeServiceOption,
    to: {
      type: 'string',
      description: 'URL to post to (default: the receiver /webhooks/<endpoint>)',
    },
    endpoint: { type: 'string', description: 'Stripe webhook endpoint whose secret signs it' },
  },
  run(invocation) {
    const [eventId, ...extra] = invocation.positionals;
    if (!eventId || extra.length > 0) {
      throw new UsageError('expected one event id, like evt_123');
    }

    return runStripeVerb(
      invocation,
      'resend',
      (stripe, service) =>
        stripe.resend({
          service,
          eventId,
          to: stringOption(invocation, 'to'),
          endpoint: stringOption(invocation, 'endpoint'),
        }),
      (result) => `${result.eventId} (${result.eventType}) → ${result.url}: ${result.statusCode}\n`,
    );
  },
};
