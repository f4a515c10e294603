/**
 * One side of the contracts validation race, run by `contractsBench.ts` in its own Node process
 * (`node --import tsx contractsValidateChild.ts <captain|swagger-parser> <spec>`) so its peak
 * memory is its own. The clock starts before either side's modules load, so module load counts
 * on both sides; this file imports nothing of either at the top. Prints one JSON line:
 * `{ ms, cpuMs, maxRssMb, errors }`; `cpuMs` (user + system, all threads of the process) is the
 * steadier figure on a machine shared with other work.
 */
async function validateOnce(side: string, spec: string): Promise<number> {
  if (side === 'captain') {
    type Validator = typeof import('../src/engine/contracts/specValidator');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validateSpec }: Validator = require('../src/engine/contracts/specValidator');
    const result = await validateSpec(spec);
    return result.problems.filter((p) => p.severity === 'error').length;
  }

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const SwaggerParser = require('@apidevtools/swagger-parser') as {
    validate(file: string): Promise<unknown>;
  };
  return SwaggerParser.validate(spec).then(
    () => 0,
    () => 1,
  );
}

async function main(): Promise<void> {
  const [side = 'captain', spec = ''] = process.argv.slice(2);
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const errors = await validateOnce(side, spec);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, cpuMs, maxRssMb, errors }) + '\n');
}

void main();
