import fs from 'node:fs';
import path from 'node:path';
import type { BenchResult } from './benchResult';
import { runCaptainBench } from './captainBench';
import { runContractsBench } from './contractsBench';
import { runFoundationBench } from './foundationBench';
import { runOAuthBench } from './oauthBench';
import { runResilienceBench } from './resilienceBench';
import { runWebhooksBench } from './webhooksBench';

/** Every benchmark of the project, in order. A failing one is reported, not fatal to the rest. */
const benches: Array<{ name: string; run: () => Promise<BenchResult | BenchResult[]> }> = [
  { name: 'foundation', run: runFoundationBench },
  { name: 'captain', run: runCaptainBench },
  { name: 'webhooks', run: runWebhooksBench },
  { name: 'resilience', run: runResilienceBench },
  { name: 'oauth', run: runOAuthBench },
  { name: 'contracts', run: runContractsBench },
];

async function main(): Promise<void> {
  const only = process.env.CAPTAIN_BENCH_ONLY?.split(',');
  const results: Array<BenchResult & { bench: string }> = [];
  for (const bench of benches) {
    if (only && !only.includes(bench.name)) {
      continue;
    }
    process.stderr.write(`bench: ${bench.name}…\n`);
    try {
      const outcome = await bench.run();
      for (const result of Array.isArray(outcome) ? outcome : [outcome]) {
        results.push({ bench: bench.name, ...result });
      }
    } catch (error) {
      results.push({
        bench: bench.name,
        name: bench.name,
        figures: {},
        met: false,
        notes: `failed: ${(error as Error).message}`,
      });
    }
  }

  const folder = path.resolve(__dirname, '..', 'bench-results');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'bench.json');
  fs.writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
  );

  for (const result of results) {
    const verdict =
      result.met === undefined ? '' : result.met ? '  [goal met]' : '  [goal NOT met]';
    console.log(`\n${result.bench} / ${result.name}${verdict}`);
    if (result.goal) console.log(`  goal: ${result.goal}`);
    for (const [figure, value] of Object.entries(result.figures)) {
      console.log(`  ${figure.padEnd(34)} ${value}`);
    }
    if (result.notes) console.log(`  note: ${result.notes}`);
  }
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}

void main();
