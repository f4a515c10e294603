#!/usr/bin/env node
// `npm start`: builds the extension and opens the demo workspace in code-server (VS Code 1.100.3)
// with the extension loaded from this folder as an extension under development, like F5 in desktop
// VS Code. Binds 127.0.0.1:8080 (PORT overrides) and runs until Ctrl-C.
//
// The extension is not installed: the printed URL carries it in the workbench payload
// (extensionDevelopmentPath), so after `npm run build` (or with `npm run watch` running) the
// command "Developer: Reload Window" picks up the new bundle. Settings and UI state persist in
// .vscode-host/start/. Opening the server's URL without the payload shows VS Code without Captain.
//
// Options: PORT (8080), WS (folder to open; demo/), EXT_DEV (extension folder; this repo),
// --no-build (skip `npm run build`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CodeServerHost } from '../test/host/codeServerHost.mjs';
import { hostPaths } from '../test/host/hostPaths.mjs';

const port = Number(process.env.PORT || 8080);
const workspace = path.resolve(process.env.WS || hostPaths.demoWorkspace);
const repoRoot = hostPaths.repoRoot;
const extensionPath = path.resolve(process.env.EXT_DEV || repoRoot);
const build = !process.argv.includes('--no-build');

/** Runs a command in the repo with inherited output; exits with its status when it fails. */
function runOrExit(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[start] ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }

  console.log(`[start] ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Reads the workbench's remote authority from the served page (code-server uses 'remote'). */
async function readRemoteAuthority(baseUrl) {
  try {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const raw = /data-settings="([^"]*)"/.exec(html)?.[1] ?? '';
    const config = JSON.parse(raw.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    return config.remoteAuthority || 'remote';
  } catch {
    return 'remote';
  }
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`[start] expected PORT to be 1-65535, got ${process.env.PORT}`);
    process.exit(2);
  }

  if (build) {
    runOrExit('npm run build', 'npm', ['run', '--silent', 'build']);
  }

  if (!fs.existsSync(hostPaths.cs100Entry)) {
    console.log('[start] code-server is not installed yet: running test/host/setup-host.sh');
    runOrExit('setup-host', 'bash', [path.join(repoRoot, 'test/host/setup-host.sh')]);
  }

  // HOME stays the user's own, so the integrated terminal behaves as usual.
  const host = new CodeServerHost({
    entry: hostPaths.cs100Entry,
    root: path.join(hostPaths.hostDir, 'start'),
    home: process.env.HOME,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) {
      return;
    }

    stopping = true;
    console.log('\n[start] stopping code-server');
    await host.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('exit', () => host.killNow());

  try {
    await host.start({ port, workspace });
  } catch (error) {
    console.error(`[start] ${error.message}`);
    console.error(`[start] is port ${port} in use? Try PORT=8081 npm start`);
    process.exit(1);
  }

  const authority = await readRemoteAuthority(host.url);
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${authority}${extensionPath}`],
  ]);
  const url = `${host.workbenchUrl(workspace)}&payload=${encodeURIComponent(payload)}`;
  console.log(`[start] API Integration Captain in VS Code (code-server, log: ${host.logFile})`);
  console.log(`[start] open: ${url}`);
  console.log(
    '[start] rebuild with npm run build, then run "Developer: Reload Window"; Ctrl-C stops',
  );

  // Stay alive until code-server ends or Ctrl-C.
  await new Promise((resolve) => host.child.on('exit', resolve));
  if (!stopping) {
    console.error(`[start] code-server exited:\n${host.logTail(20)}`);
    process.exit(1);
  }
}

await main();
