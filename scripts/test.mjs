// `npm test`: every check and suite of the project, in order, ending with one line
// `N passed, N failed, N skipped` that adds them all up (CI reads only that line and the exit code).
// Static checks (types, lint, format, contributed commands) count one each. Set CAPTAIN_TEST_ONLY
// to a comma-separated list of step names to run a subset, e.g. `CAPTAIN_TEST_ONLY=mocha npm test`.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'typecheck', kind: 'check', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', kind: 'check', command: ['npx', 'eslint', 'src', 'test', 'scripts', 'bench'] },
  { name: 'format', kind: 'check', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'commands', kind: 'check', command: ['node', 'scripts/check-commands.mjs'] },
  { name: 'build', kind: 'check', command: ['node', 'esbuild.js'] },
  {
    name: 'mocha',
    kind: 'mocha',
    command: [
      'npx',
      'mocha',
      '--reporter',
      'spec',
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
    ],
  },
  {
    name: 'host-setup',
    kind: 'check',
    command: ['bash', 'test/host/setup-host.sh', '--with-chat'],
  },
  { name: 'extension-host', kind: 'summary', command: ['npx', 'tsx', 'test/extension/runTest.ts'] },
  {
    name: 'restricted-mode',
    kind: 'summary',
    command: ['npx', 'tsx', 'test/extension/runTest.ts'],
    env: { CAPTAIN_TRUST: 'restricted' },
  },
  { name: 'package', kind: 'check', command: ['npm', 'run', '-s', 'package'] },
  { name: 'ui', kind: 'summary', command: ['node', 'test/ui/runUiTests.mjs'] },
  { name: 'chat-ui', kind: 'summary', command: ['node', 'test/ui/chat/runChatUiTests.mjs'] },
];

const only = process.env.CAPTAIN_TEST_ONLY?.split(',').map((name) => name.trim());
const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];

for (const step of steps) {
  if (only && !only.includes(step.name)) {
    continue;
  }

  const started = Date.now();
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const { code, output } = await run(step.command, step.env);
  const counts = countsOf(step, code, output);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  report.push(
    `${step.name.padEnd(16)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)`,
  );
}

console.log('\n=== summary');
for (const line of report) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

function countsOf(step, code, output) {
  if (step.kind === 'check') {
    return code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  }

  let counts;
  if (step.kind === 'mocha') {
    const number = (pattern) => Number(output.match(pattern)?.[1] ?? 0);
    counts = {
      passed: number(/^\s*(\d+) passing/m),
      failed: number(/^\s*(\d+) failing/m),
      skipped: number(/^\s*(\d+) pending/m),
    };
  } else {
    const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/gm)];
    const last = lines.at(-1);
    counts = last
      ? { passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0) }
      : { passed: 0, failed: 0, skipped: 0 };
  }
  // A runner that crashed or exited non-zero without reporting a failure still counts as one.
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
  }
  if (code === 0 && counts.passed + counts.failed + counts.skipped === 0) {
    console.log(`${step.name}: ran no test`);
    counts.failed = 1;
  }
  return counts;
}

function run([command, ...args], env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', ...env },
    });
    let output = '';
    const relay = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
