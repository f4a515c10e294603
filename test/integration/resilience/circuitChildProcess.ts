// A second process for the shared-circuit test:
// `tsx circuitChildProcess.ts <store> <baseUrl> <calls> [policies-json]` makes <calls> GET /items
// calls and prints one JSON line with each call's status or error code. Without policies it uses
// one attempt per call and a circuit that opens after three consecutive failures.
import type { PoliciesConfig } from '../../../src/engine/config/captainConfig';
import { ResilienceRuntime } from '../../../src/engine/resilience/resilienceRuntime';
import { createResilienceTestContext } from './resilienceTestContext';

async function main(): Promise<void> {
  const [storeFile, baseUrl, calls, policiesJson] = process.argv.slice(2);
  const policies: PoliciesConfig =
    policiesJson !== undefined
      ? (JSON.parse(policiesJson) as PoliciesConfig)
      : {
          retry: { maxAttempts: 1 },
          circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 },
        };
  const context = createResilienceTestContext(
    { services: { api: { baseUrl, policies } } },
    storeFile,
  );
  const runtime = new ResilienceRuntime(context);
  const results: Array<number | string> = [];
  for (let i = 0; i < Number(calls); i++) {
    try {
      results.push(
        (await runtime.http.call({ service: 'api', method: 'GET', path: '/items' })).status,
      );
    } catch (error) {
      results.push((error as { code?: string }).code ?? 'error');
    }
  }
  runtime.dispose();
  context.store.close();
  process.stdout.write(`${JSON.stringify({ pid: process.pid, results })}\n`);
}

void main();
