import { StripeOperations } from '../../engine/connectors/stripeOperations';
import { describeError, isCaptainError } from '../../engine/errors';
import { ResilienceRuntime } from '../../engine/resilience/resilienceRuntime';
import { UsageError, type CliCommand, type CliInvocation } from '../cliCommand';

/** The `--service` option every `captain stripe` verb takes. */
export const stripeServiceOption = {
  service: {
    type: 'string',
    description: 'the Stripe service (default: the one of kind "stripe")',
  },
  json: { type: 'boolean', description: 'print one JSON object' },
} as const;

/**
 * Runs one Stripe operation for a `captain stripe …` verb: prints `format(result)` (or the JSON
 * with --json) on stdout; a Captain error goes to stderr (and as `{ error }` with --json), exit 1.
 */
export async function runStripeVerb<T>(
  invocation: CliInvocation,
  verb: string,
  operation: (stripe: StripeOperations, service: string | undefined) => Promise<T>,
  format: (result: T) => string,
): Promise<number> {
  const engine = await invocation.engine();
  const runtime = new ResilienceRuntime(engine);
  const service = stringOption(invocation, 'service');
  try {
    const result = await operation(new StripeOperations(engine, runtime), service);
    invocation.stdout.write(
      invocation.values.json ? `${JSON.stringify(result)}\n` : format(result),
    );
    return 0;
  } catch (error) {
    if (!isCaptainError(error)) {
      throw error;
    }
    if (invocation.values.json) {
      invocation.stdout.write(
        `${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`,
      );
    }
    invocation.stderr.write(`captain stripe ${verb}: ${describeError(error)}\n`);
    return 1;
  } finally {
    runtime.dispose();
  }
}

/** A string option's value, or undefined. */
export function stringOption(invocation: CliInvocation, name: string): string | undefined {
  const value = invocation.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A positive integer option. @throws {UsageError} */
export function integerOption(invocation: CliInvocation, name: string): number | undefined {
  const value = stringOption(invocation, name);
  if (value === undefined) {
    return undefined;
  }

  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(
      `expected --${name} to be a positive integer, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value);
}

/** `captain stripe events [--limit N] [--load]`: recent events, optionally loaded into Webhooks. */
export const stripeEventsCommand: CliCommand = {
  name: 'stripe events',
  summary: 'List recent Stripe events; --load stores them in the Webhooks store',
  usage: 'captain stripe events [--limit N] [--load] [--endpoint NAME] [--service NAME] [--json]',
  options: {
    ...stripeServiceOption,
    limit: { type: 'string', description: 'how many, 1-100 (default 20)' },
    load: { type: 'boolean', description: 'store them as received events in the Webhooks store' },
    endpoint: {
      type: 'string',
      description: 'Stripe webhook endpoint to load into (default: first)',
    },
  },
  run(invocation) {
    if (invocation.positionals.length > 0) {
      throw new UsageError(`expected no arguments, got ${invocation.positionals.join(' ')}`);
    }

    const limit = integerOption(invocation, 'limit');
    return runStripeVerb(
      invocation,
      'events',
      (stripe, service) =>
        stripe.events({
          service,
          limit,
          load: invocation.values.load === true,
          endpoint: stringOption(invocation, 'endpoint'),
        }),
      (result) => {
        const lines = result.events.map(
          (event) =>
            `${new Date(event.created * 1000).toISOString()}  ${event.id}  ${event.type}${event.livemode ? '  (live)' : ''}`,
        );
        if (result.loaded) {
          lines.push(
            `loaded into webhook endpoint ${result.loaded.endpoint}: ${result.loaded.stored} new, ${result.loaded.duplicates} already stored`,
          );
        }
        return `${lines.join('\n')}\n`;
      },
    );
  },
};
