import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { crew, handoffDestinations } from '../../captain/crew';
import { describeTopSignals } from '../../captain/signalDescription';
import { defaultThreshold, routeRequest } from '../../captain/router';
import type { RoutingDecision } from '../../captain/routingTypes';
import type { CliCommand, CliInvocation } from '../cliCommand';

/** What the verb reads of its invocation: the words after `route`, the flags, the streams. */
export type RouteCommandArgs = Pick<
  CliInvocation,
  'positionals' | 'values' | 'stdin' | 'stdout' | 'stderr'
>;

const usage = 'captain route "<request>" [--json] [--stdin] [--threshold N]';

/**
 * `captain route`: shows which crew member would handle a request, without running anything.
 * With `--json`, one object per request: `{"route","handoff","confidence","engaged","signals"}`.
 * With `--stdin`, one request per line of standard input (blank lines skipped), answered in
 * order. `--threshold` is the engagement threshold in [0, 1] (default 0.75).
 *
 * Exit codes: 0 when every request was routed, 1 when standard input failed, 2 on bad usage.
 */
export const routeCommand: CliCommand = {
  name: 'route',
  summary: 'Decide which crew member handles a request',
  usage,
  options: {
    stdin: { type: 'boolean', description: 'read one request per line from standard input' },
    threshold: { type: 'string', description: 'engagement threshold from 0 to 1 (default 0.75)' },
  },
  async run(args: RouteCommandArgs): Promise<number> {
    const { stdout, stderr } = args;
    const json = args.values.json === true;
    const fromStdin = args.values.stdin === true;
    const request = args.positionals.join(' ').trim();
    const threshold = parseThreshold(args.values.threshold);
    if (threshold === undefined) {
      stderr.write(`captain route: --threshold expects a number from 0 to 1\nusage: ${usage}\n`);
      return 2;
    }

    if (fromStdin === request.length > 0) {
      const problem = fromStdin ? 'give a request or --stdin, not both' : 'no request given';
      stderr.write(`captain route: ${problem}\nusage: ${usage}\n`);
      return 2;
    }

    const answer = async (text: string) => {
      const decision = routeRequest(text, { threshold });
      await writeLine(stdout, json ? formatJson(decision) : formatHuman(decision));
    };

    if (!fromStdin) {
      await answer(request);
      return 0;
    }

    try {
      const lines = createInterface({ input: args.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (line.trim().length > 0) {
          await answer(line);
        }
      }
    } catch (error) {
      stderr.write(`captain route: could not read standard input (${String(error)})\n`);
      return 1;
    }

    return 0;
  },
};

function parseThreshold(raw: unknown): number | undefined {
  if (raw === undefined) {
    return defaultThreshold;
  }

  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined;
}

function formatJson(decision: RoutingDecision): string {
  const { route, handoff, confidence, engaged, signals } = decision;
  return JSON.stringify({ route, handoff, confidence, engaged, signals });
}

function formatHuman(decision: RoutingDecision): string {
  const confidence = decision.confidence.toFixed(2);
  const fired = describeTopSignals(decision.signals, decision.signals.length).join(', ');
  const because = fired.length > 0 ? ` (${fired})` : '';
  if (decision.handoff !== null) {
    const destination = handoffDestinations[decision.handoff];
    return `hand off to ${destination.displayName} ${confidence}${because}: ${destination.message}`;
  }

  const { route } = decision;
  const name = route === 'none' || route === 'handoff' ? 'nobody' : crew[route].displayName;
  const verdict = decision.engaged ? 'engaged' : `not engaged; ask: ${decision.question ?? ''}`;
  return `${name} ${confidence} ${verdict}${because}`;
}

/** Writes one line and waits for the stream to drain when its buffer is full. */
async function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) {
    await once(stream, 'drain');
  }
}
