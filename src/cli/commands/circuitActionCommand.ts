import { isCaptainError } from '../../engine/errors';
import { ResilienceRuntime } from '../../engine/resilience/resilienceRuntime';
import { UsageError, type CliCommand, type CliInvocation } from '../cliCommand';
import { formatCircuit } from './circuitsCommand';

/** What a circuit action does to the stored circuits, seen at once by the editor and other runs. */
type CircuitAction = 'reset' | 'isolate';

const summaries: Record<CircuitAction, string> = {
  reset: 'Close the circuits of a service (or one endpoint)',
  isolate: 'Hold the circuits of a service (or one endpoint) open until reset',
};

/** `captain circuits <action> <service>[:<endpoint>]`: one verb per action, the same shape. */
function circuitActionCommand(action: CircuitAction): CliCommand {
  const name = `circuits ${action}`;
  return {
    name,
    summary: summaries[action],
    usage: `captain ${name} <service>[:<endpoint>] [--json]`,
    options: { json: { type: 'boolean', description: 'print the changed circuits as JSON' } },
    async run(invocation: CliInvocation): Promise<number> {
      const target = invocation.positionals[0];
      if (!target) {
        throw new UsageError('expected <service>[:<endpoint>], like stripe or "github:GET /repos"');
      }

      const colon = target.indexOf(':');
      const service = colon < 0 ? target : target.slice(0, colon);
      const endpoint = colon < 0 ? undefined : target.slice(colon + 1);
      const context = await invocation.engine();
      const runtime = new ResilienceRuntime(context);
      try {
        const changed = runtime.pipelines[action](service, endpoint);
        if (invocation.values.json) {
          invocation.stdout.write(`${JSON.stringify(changed)}\n`);
        } else {
          for (const circuit of changed) {
            invocation.stdout.write(`${formatCircuit(circuit, context.now())}\n`);
          }
        }
        return 0;
      } catch (error) {
        if (isCaptainError(error) && error.code === 'unknown_circuit') {
          invocation.stderr.write(`captain ${name}: ${error.message}\n`);
          return 1;
        }
        throw error;
      } finally {
        runtime.dispose();
      }
    },
  };
}

export const circuitsResetCommand = circuitActionCommand('reset');
export const circuitsIsolateCommand = circuitActionCommand('isolate');
