import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const cliEntry = path.resolve(__dirname, '../../../src/cli/main.ts');
const tsxCli = require.resolve('tsx/cli');

/** What one `captain` process printed and how it ended. */
export interface CaptainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `captain <args>` as its own process (through tsx) in `workspace`, to its end. */
export function runCaptain(workspace: string, args: string[]): Promise<CaptainRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsxCli, cliEntry, ...args],
      { cwd: workspace, timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0;
        resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
}

/** Starts `captain <args>` in `workspace` without waiting for it (to kill it mid-call). */
export function startCaptain(workspace: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [tsxCli, cliEntry, ...args], {
    cwd: workspace,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  });
}
