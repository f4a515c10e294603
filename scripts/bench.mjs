// `npm run bench`: runs bench/index.ts (every benchmark) with tsx; figures go to stdout as a
// table and to bench-results/bench.json. CAPTAIN_BENCH_ONLY=foundation,webhooks runs a subset.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['tsx', 'bench/index.ts'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
