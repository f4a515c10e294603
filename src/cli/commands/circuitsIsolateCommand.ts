import { isCaptainError } from '../../engine/errors';
import { ResilienceRuntime } from '../../engine/resilience/resilienceRuntime';
import { UsageError, type CliCommand, type CliInvocation } from '../cliCommand';
import { formatCircuit } from './circuitsCommand';

/** `captain circuits isolate <service>[:<endpoint>]`, seen at once by the editor and other runs. */
export const circuitsIsolateCommand: CliCommand = {
  name: 'circuits isolate',
  summary: 'Hold the circuits of a service (or one endpoint) open until reset',
  usage: 'captain circuits isolate <service>[:<endpoint>] [--json]',
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
      const changed = runtime.pipelines.isolate(service, endpoint);
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
        invocation.stderr.write(`captain circuits isolate: ${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      runtime.dispose();
    }
  },
};
