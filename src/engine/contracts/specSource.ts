import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ContractsError } from './contractsError';
import type { LoadedSpec } from './loadedSpec';
import { loadSpec } from './specLoader';

/** Largest file `git show` may return, in bytes (the GitHub description is ~13 MB). */
const maxGitFileBytes = 256 * 1024 * 1024;
const gitTimeoutMs = 30_000;

/** Where one side of a diff comes from: a file, or a file at a git ref (`HEAD:openapi.yaml`). */
export interface SpecSourceRef {
  readonly label: string;
  readonly file: string;
  readonly gitRef?: string;
}

/**
 * Reads `<git-ref>:<path>` or a plain path. A plain path that exists wins over the git reading
 * (so `C:\specs\a.yaml` or a file with a colon in its name stays a file).
 */
export function parseSpecSource(argument: string, workspaceFolder: string): SpecSourceRef {
  const absolute = path.resolve(workspaceFolder, argument);
  const match = /^([^:]+):(.+)$/.exec(argument);
  if (match === null || existsSync(absolute) || /^[a-zA-Z]:[\\/]/.test(argument)) {
    return { label: argument, file: absolute };
  }

  return { label: argument, file: path.resolve(workspaceFolder, match[2]!), gitRef: match[1]! };
}

/**
 * Loads a spec from a file or from a git ref; files reached through relative `$ref`s are read
 * at the same ref. Git runs in `workspaceFolder`.
 * @throws {ContractsError} `contracts.git` for a bad ref or a path missing at that ref;
 *   `contracts.read` for a missing file.
 */
export async function loadSpecSource(
  source: SpecSourceRef,
  workspaceFolder: string,
): Promise<LoadedSpec> {
  if (source.gitRef === undefined) {
    return loadSpec(source.file);
  }

  const ref = source.gitRef;
  const readText = (file: string): Promise<string> => gitShow(workspaceFolder, ref, file);
  const entryText = await readText(source.file);
  return loadSpec(source.file, { readText, entryText });
}

function gitShow(cwd: string, ref: string, file: string): Promise<string> {
  const relative = path.relative(cwd, file).split(path.sep).join('/');
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['show', `${ref}:./${relative}`],
      { cwd, maxBuffer: maxGitFileBytes, timeout: gitTimeoutMs, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error !== null) {
          const reason = String(stderr).trim().split('\n')[0] || error.message;
          reject(
            new ContractsError(
              'contracts.git',
              `cannot read ${relative} at git ref "${ref}": ${reason}. Check the ref exists (git log ${ref}) and the path is tracked there.`,
              { cause: error },
            ),
          );
          return;
        }

        resolve(stdout);
      },
    );
  });
}
