import { CircuitRepository, type CircuitRecord } from '../../engine/resilience/circuitRepository';
import type { CliCommand, CliInvocation } from '../cliCommand';

/** `captain circuits`: every stored circuit with its state, failures and next trial. */
export const circuitsCommand: CliCommand = {
  name: 'circuits',
  summary: 'List circuit breakers shared by the editor and CLI runs',
  usage: 'captain circuits [--json]',
  options: { json: { type: 'boolean', description: 'print a JSON array' } },
  async run(invocation: CliInvocation): Promise<number> {
    const context = await invocation.engine();
    const circuits = new CircuitRepository(context.store.db).list();
    if (invocation.values.json) {
      invocation.stdout.write(`${JSON.stringify(circuits)}\n`);
      return 0;
    }
    if (circuits.length === 0) {
      invocation.stdout.write('no circuits yet: they appear after the first call to a service\n');
      return 0;
    }

    const now = context.now();
    for (const circuit of circuits) {
      invocation.stdout.write(`${formatCircuit(circuit, now)}\n`);
    }
    return 0;
  },
};

/** One line: `service:endpoint  state  failures  last failure  next trial`. */
export function formatCircuit(circuit: CircuitRecord, nowMs: number): string {
  const parts = [
    `${circuit.service}:${circuit.endpoint}`.padEnd(32),
    circuit.state.padEnd(9),
    `failures ${circuit.failureCount}`,
  ];
  if (circuit.lastFailure) {
    parts.push(
      `last: ${circuit.lastFailure} at ${new Date(circuit.lastFailureAt ?? 0).toISOString()}`,
    );
  }
  if (circuit.state === 'open' && circuit.nextTrialAt !== undefined) {
    parts.push(`next trial in ${Math.max(0, Math.ceil((circuit.nextTrialAt - nowMs) / 1000))} s`);
  }
  return parts.join('  ');
}
