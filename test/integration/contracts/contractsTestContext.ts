import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliCommand } from '../../../src/cli/cliCommand';
import type { CaptainConfig } from '../../../src/engine/config/captainConfig';
import type { EngineChange, EngineContext } from '../../../src/engine/engineContext';
import { defaultEngineSettings } from '../../../src/engine/engineContext';
import { CaptainStore } from '../../../src/engine/store/captainStore';

/** A temp workspace with a store, a config you can change, and the changes announced. */
export interface ContractsTestContext {
  readonly folder: string;
  readonly store: CaptainStore;
  config: CaptainConfig;
  readonly changes: EngineChange[];
  engine(): EngineContext;
  /** Copies a fixture (file or folder under test/fixtures/contracts) into the workspace. */
  copyFixture(from: string, to?: string): string;
  dispose(): void;
}

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const fixtures = path.join(__dirname, '../../fixtures/contracts');

/** Builds a context under os.tmpdir(); call `dispose()` in afterEach. */
export function createContractsTestContext(config: CaptainConfig = {}): ContractsTestContext {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-contracts-'));
  const store = CaptainStore.open(path.join(folder, '.captain', 'captain.db'));
  const changes: EngineChange[] = [];
  const context: ContractsTestContext = {
    folder,
    store,
    config,
    changes,
    engine: () => ({
      workspaceFolder: folder,
      configFile: path.join(folder, 'captain.config.json'),
      store,
      settings: defaultEngineSettings,
      secrets: { get: async () => undefined },
      env: {},
      config: () => context.config,
      now: () => Date.now(),
      notify: (change) => changes.push(change),
      log: () => undefined,
    }),
    copyFixture: (from, to = from) => {
      const target = path.join(folder, to);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.cpSync(path.join(fixtures, from), target, { recursive: true });
      return target;
    },
    dispose: () => {
      store.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  return context;
}

/** Runs a CLI verb with captured streams. */
export async function runCli(
  command: CliCommand,
  positionals: string[],
  values: CliRunValues = {},
  engine?: () => Promise<EngineContext>,
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  const code = await command.run({
    positionals,
    values,
    stdin: new PassThrough(),
    stdout,
    stderr,
    engine: engine ?? (() => Promise.reject(new Error('this verb should not need the engine'))),
    interrupted: new Promise(() => undefined),
  });
  return { code, stdout: out, stderr: err };
}

type CliRunValues = Record<string, string | boolean | string[] | undefined>;
