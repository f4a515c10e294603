import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const cliEntry = path.resolve(__dirname, '../../../src/cli/main.ts');
// tsx as a loader keeps the CLI in one process (tsx's own CLI spawns a child), so a kill hits it.
const tsxLoader = pathToFileURL(require.resolve('tsx')).href;
const nodeArgs = ['--import', tsxLoader, cliEntry];

/** What one `captain` process printed and how it ended. */
export interface CaptainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `captain <args>` as its own process (through tsx's loader) in `workspace`, to its end. */
export function runCaptain(workspace: string, args: string[]): Promise<CaptainRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...nodeArgs, ...args],
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
  return spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: workspace,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  });
}
