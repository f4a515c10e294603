import { spawnSync, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { initializeRequest, shutdownRequest } from '../src/engine/protocol';
import { median, type BenchResult } from './benchResult';

const repoRoot = path.resolve(__dirname, '..');
const coldStarts = 7;

/**
 * Foundation figures: extension activation (measured inside the real extension host, development
 * build), then from the production build: engine cold start against a bare forked Node process
 * answering over IPC (same run), bundle and .vsix sizes.
 */
export async function runFoundationBench(): Promise<BenchResult[]> {
  // The development build writes the test suites; packaging then replaces the bundles with the
  // production ones, which the extension host loads for the activation figure.
  build(['node', 'esbuild.js']);
  build(['npm', 'run', '-s', 'package']);
  return [activation(), await engineColdStart(), sizes()];
}

function build([command, ...args]: string[]): void {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.slice(-500)}`);
  }
}

async function engineColdStart(): Promise<BenchResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-bench-engine-'));
  const bareScript = path.join(folder, 'bare.js');
  // Answers with its CPU time so far: the same measure the engine reports when ready.
  fs.writeFileSync(
    bareScript,
    "process.on('message', () => { const u = process.cpuUsage(); process.send((u.user + u.system) / 1000); });\n",
  );
  const bare: number[] = [];
  const bareCpu: number[] = [];
  const engine: number[] = [];
  const engineCpu: number[] = [];

  try {
    for (let run = 0; run < coldStarts; run++) {
      const baseline = await bareRoundTrip(bareScript);
      bare.push(baseline.wallMs);
      bareCpu.push(baseline.cpuMs);
      const started = performance.now();
      const status = await engineReady(path.join(folder, `store-${run}.db`), folder);
      engine.push(performance.now() - started);
      engineCpu.push(status.readyCpuMs);
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }

  const engineMs = median(engine);
  const bareMs = median(bare);
  const ownCpuMs = median(engineCpu) - median(bareCpu);
  return {
    name: 'engine cold start (fork to ready, new store)',
    figures: {
      engineReadyWallMs: round(engineMs),
      bareNodeForkWallMs: round(bareMs),
      wallRatioToBareFork: round(engineMs / bareMs, 2),
      engineReadyCpuMs: round(median(engineCpu)),
      bareNodeCpuMs: round(median(bareCpu)),
      engineOwnCpuMs: round(ownCpuMs),
    },
    goal: 'ready under 150 ms after first use (wall time, fork to ready)',
    met: engineMs < 150,
    notes:
      `median of ${coldStarts}; each run forks the production engine bundle and creates and ` +
      'migrates a new SQLite store. The bare fork is the floor any engine process pays; CPU ' +
      'times are given since wall time on this shared 2-core machine swings with other load',
  };
}

function bareRoundTrip(script: string): Promise<{ wallMs: number; cpuMs: number }> {
  const started = performance.now();
  // execArgv: [] as the extension does; inherited, tsx's loaders would slow both sides.
  const child = fork(script, [], { execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  return new Promise((resolve) => {
    child.once('message', (cpuMs) => {
      resolve({ wallMs: performance.now() - started, cpuMs: Number(cpuMs) });
      child.kill();
    });
    child.send({ ping: true });
  });
}

async function engineReady(storePath: string, workspaceFolder: string) {
  const child = fork(path.join(repoRoot, 'dist', 'engine.js'), [], {
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const connection = createMessageConnection(
    new IPCMessageReader(child),
    new IPCMessageWriter(child),
  );
  connection.listen();
  try {
    return await connection.sendRequest(initializeRequest, {
      workspaceFolder,
      storePath,
      configFile: path.join(workspaceFolder, 'captain.config.json'),
      settings: {},
      trusted: true,
    });
  } finally {
    await connection.sendRequest(shutdownRequest).catch(() => undefined);
    connection.dispose();
    child.kill();
  }
}

function activation(): BenchResult {
  const run = spawnSync('npx', ['tsx', 'test/extension/runTest.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, CAPTAIN_TEST_GREP: 'activates without starting the engine' },
  });
  const match = /activation took ([\d.]+) ms, ([\d.]+) ms with loading/.exec(
    `${run.stdout}${run.stderr}`,
  );
  if (!match) {
    return {
      name: 'extension activation (real extension host)',
      figures: {},
      met: false,
      notes: `could not read the activation time (exit ${run.status}): ${run.stderr.slice(-300)}`,
    };
  }
  const activationMs = Number(match[1]);
  const loadAndActivationMs = Number(match[2]);
  return {
    name: 'extension activation (real extension host)',
    figures: { activationMs, loadAndActivationMs },
    goal: 'activation under 50 ms, loading the bundle included',
    met: loadAndActivationMs < 50,
    notes:
      "production bundle in code-server 1.100.3; loadAndActivationMs runs from the bundle's " +
      'first statement to the end of activate(), activationMs is activate() alone',
  };
}

function sizes(): BenchResult {
  const size = (file: string) => fs.statSync(path.join(repoRoot, file)).size;
  const bundleBytes = size('dist/extension.js');
  return {
    name: 'package size (production build)',
    figures: {
      extensionBundleBytes: bundleBytes,
      engineBundleBytes: size('dist/engine.js'),
      cliBundleBytes: size('dist/cli.js'),
      vsixBytes: size('api-integration-captain.vsix'),
    },
    goal: 'extension bundle under 1 MB',
    met: bundleBytes < 1024 * 1024,
    notes: 'the .vsix carries better-sqlite3 (its JS and native binary, ~2 MB unpacked)',
  };
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

if (require.main === module) {
  void runFoundationBench().then((results) => console.log(JSON.stringify(results, null, 2)));
}
