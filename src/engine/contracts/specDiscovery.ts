import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { storeFolderName } from '../store/storePaths';

/**
 * Globs used when `contracts.specs` is not configured: OpenAPI and Swagger files by their usual
 * names, and JSON Schema files by the `.schema.json` suffix (a bare `*.json` would take in every
 * payload and config file of the workspace).
 */
export const defaultSpecGlobs = [
  '**/openapi*.{yaml,yml,json}',
  '**/*.openapi.{yaml,yml,json}',
  '**/swagger*.{yaml,yml,json}',
  '**/*.schema.json',
];

/** Folders never searched: dependencies, VCS data, build output, the Captain store. */
const skippedFolders = new Set([
  'node_modules',
  '.git',
  'dist',
  'out',
  '.vscode-test',
  storeFolderName,
]);
/** Discovery stops after this many files visited, so a huge workspace cannot stall it. */
const maxVisitedFiles = 50_000;

/**
 * Finds spec files in a workspace by glob (`**`, `*`, `?`, `{a,b}`), relative to the folder.
 * Returns absolute paths, sorted.
 */
export async function discoverSpecs(
  workspaceFolder: string,
  globs: readonly string[] = defaultSpecGlobs,
): Promise<string[]> {
  const patterns = globs.map(globToRegExp);
  const found: string[] = [];
  let visited = 0;
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }

    for (const entry of entries) {
      if (visited++ > maxVisitedFiles) {
        return;
      }

      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) {
          await walk(full);
        }
      } else if (entry.isFile()) {
        const relative = path.relative(workspaceFolder, full).split(path.sep).join('/');
        if (patterns.some((pattern) => pattern.test(relative))) {
          found.push(full);
        }
      }
    }
  };
  await walk(workspaceFolder);
  return found.sort();
}

/** Compiles one glob into a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      const close = glob.indexOf('}', i);
      source +=
        '(?:' +
        glob
          .slice(i + 1, close)
          .split(',')
          .map((part) => part.replace(/[.+^$()|[\]\\]/g, '\\$&'))
          .join('|') +
        ')';
      i = close;
    } else {
      source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp('^' + source + '$', 'i');
}
