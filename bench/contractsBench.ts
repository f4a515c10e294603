import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { BenchResult } from './benchResult';
import { PayloadValidator } from '../src/engine/contracts/payloadValidator';
import { diffSpecs } from '../src/engine/contracts/specDiff';
import { loadSpec } from '../src/engine/contracts/specLoader';

const childTimeoutMs = 120_000;
const throughputMs = 1000;
const throughputMaxChecks = 200_000;

function githubSpec(): string {
  return require.resolve('@octokit/openapi/generated/api.github.com.json');
}

function oldGithubSpec(): string {
  return require.resolve('@octokit/openapi-old/generated/api.github.com.json');
}

interface ChildResult {
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly errors: number;
}

function runChild(side: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // Both sides run the same way: same Node flags, clock started before their modules load.
    const script = path.join(__dirname, 'contractsValidateChild.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, side, githubSpec()], {
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: childTimeoutMs,
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ChildResult);
      } catch {
        reject(new Error(`${side} child exited ${code} without a result`));
      }
    });
  });
}

/**
 * On the GitHub REST description: load + validate against `@apidevtools/swagger-parser`'s
 * validate (each in its own process, peak RSS read there), the cold first payload validation of an
 * operation, validations per second once compiled, and the diff of two published versions.
 */
export async function runContractsBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const ours = await runChild('captain');
  const theirs = await runChild('swagger-parser');
  const ratio = theirs.ms / ours.ms;
  results.push({
    name: 'contracts: validate GitHub REST description',
    figures: {
      captainMs: Math.round(ours.ms),
      swaggerParserMs: Math.round(theirs.ms),
      ratio: Number(ratio.toFixed(2)),
      captainCpuMs: Math.round(ours.cpuMs),
      swaggerParserCpuMs: Math.round(theirs.cpuMs),
      cpuRatio: Number((theirs.cpuMs / ours.cpuMs).toFixed(2)),
      captainPeakRssMb: Math.round(ours.maxRssMb),
      swaggerParserPeakRssMb: Math.round(theirs.maxRssMb),
      captainErrors: ours.errors,
    },
    goal: 'ratio ≥ 3 and captain peak RSS < 300 MB',
    met: ratio >= 3 && ours.maxRssMb < 300,
    notes:
      'each side in its own Node process (same flags), clock started before its modules load; swagger-parser dereferences the whole document',
  });

  const spec = await loadSpec(githubSpec());
  const setupStarted = performance.now();
  const validator = new PayloadValidator(spec).warm();
  const setupMs = performance.now() - setupStarted;
  const target = {
    kind: 'operation',
    operation: 'repos/get',
    direction: 'response',
    status: 200,
  } as const;
  const repository = { id: 1, name: 'x' };
  const coldStarted = performance.now();
  validator.check(target, repository);
  const coldMs = performance.now() - coldStarted;
  const secondStarted = performance.now();
  validator.check(
    { kind: 'operation', operation: 'issues/get', direction: 'response', status: 200 },
    {},
  );
  const nextOperationMs = performance.now() - secondStarted;
  results.push({
    name: 'contracts: first payload validation of an operation (cold)',
    figures: {
      coldMs: Math.round(coldMs),
      nextOperationMs: Math.round(nextOperationMs),
      validatorSetupMs: Math.round(setupMs),
    },
    goal: 'coldMs < 300',
    met: coldMs < 300,
    notes:
      'repos/get 200 then issues/get 200, each compiled on first use; the ajv instance is created and warmed when the spec loads (validatorSetupMs, as the engine does)',
  });

  let checks = 0;
  const loopStarted = performance.now();
  while (checks < throughputMaxChecks && performance.now() - loopStarted < throughputMs) {
    validator.check(target, repository);
    checks++;
  }
  results.push({
    name: 'contracts: payload validations per second (compiled)',
    figures: {
      validationsPerSecond: Math.round(checks / ((performance.now() - loopStarted) / 1000)),
    },
    notes: 'repos/get 200 with an invalid payload (errors explained each time)',
  });

  const loadStarted = performance.now();
  const base = await loadSpec(oldGithubSpec());
  const loadMs = performance.now() - loadStarted;
  const diffStarted = performance.now();
  const diff = diffSpecs(base, spec);
  const diffMs = performance.now() - diffStarted;
  results.push({
    name: 'contracts: diff of two GitHub REST versions (22.0.0 → current)',
    figures: {
      diffMs: Math.round(diffMs),
      loadBaseMs: Math.round(loadMs),
      changes: diff.changes.length,
      breaking: diff.breaking,
    },
    goal: 'diffMs < 3000',
    met: diffMs < 3000,
  });
  return results;
}

if (require.main === module) {
  void runContractsBench().then((results) =>
    process.stdout.write(JSON.stringify(results, null, 2) + '\n'),
  );
}
