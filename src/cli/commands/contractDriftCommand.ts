import { ContractsService } from '../../engine/contracts/contractsService';
import { EventDriftChecker, maxDriftListed } from '../../engine/contracts/eventDriftChecker';
import { isCaptainError } from '../../engine/errors';
import { UsageError, type CliCommand } from '../cliCommand';

/**
 * `captain contract drift [--limit <n>] [--json]`: checks the webhook events captured in the
 * store against the workspace's specs (`contracts.specs`, `contracts.webhookSchemas`) and lists
 * the drifting ones, newest first, as `spec:line: event_type id: problem`. Exit 0 when none
 * drifts, 1 when one does, 2 on bad input.
 */
export const contractDriftCommand: CliCommand = {
  name: 'contract drift',
  summary: 'List captured webhook events whose payload drifts from the spec that describes them',
  usage: 'captain contract drift [--limit <n>] [--json]',
  options: {
    limit: {
      type: 'string',
      description: `most events listed (default and cap ${maxDriftListed})`,
    },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  async run(invocation) {
    const limit =
      invocation.values.limit === undefined ? maxDriftListed : Number(invocation.values.limit);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new UsageError(
        `expected --limit as a positive whole number, got ${String(invocation.values.limit)}`,
      );
    }

    const engine = await invocation.engine();
    const service = new ContractsService(engine);
    let events;
    try {
      events = await new EventDriftChecker(engine, service).list(limit);
    } catch (error) {
      if (!isCaptainError(error)) {
        throw error;
      }
      invocation.stderr.write(`captain: ${error.message}\n`);
      return 2;
    }
    if (invocation.values.json === true) {
      invocation.stdout.write(JSON.stringify({ drifting: events.length, events }) + '\n');
    } else {
      for (const event of events) {
        const where = `${service.relative(event.file)}:${event.line}`;
        for (const problem of event.problems) {
          invocation.stdout.write(`${where}: ${event.eventType} ${event.eventId}: ${problem}\n`);
        }
      }
      invocation.stderr.write(
        `captain: ${events.length} captured event(s) drift from their spec\n`,
      );
    }
    return events.length > 0 ? 1 : 0;
  },
};
