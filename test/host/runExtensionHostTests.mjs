#!/usr/bin/env node
// Runs the extension-host test suite inside a real VS Code (code-server) and headless Chromium.
//
// The workbench is opened with developmentOptions patched into its configuration: the extension
// under development and the tests entry (a module exporting run(): Promise<void>). The remote
// extension host loads the entry, awaits run(), and VS Code then calls window.codeAutomationExit
// with 0 or 1. Exit status: 0 only when every test passed.
//
// Settings (flag beats environment beats default):
//   --ext-dev=DIR        EXT_DEV          extension under development     (repo root)
//   --ext-tests=FILE     EXT_TESTS        tests entry                     (dist/test/extension/index.js)
//   --workspace=DIR      WS               folder to open                  (demo/)
//   --timeout-ms=N       TEST_TIMEOUT_MS  whole run, in ms                (180000)
//   --trust=restricted   CAPTAIN_TRUST    'restricted' opens the folder untrusted (Restricted Mode)
//   CS_ENTRY, CS_NODE: code-server entry.js and the node that runs it (.vscode-host/cs100, this node)
//   CAPTAIN_HOST_VERBOSE=1: forward every console line; CAPTAIN_HOST_KEEP=1: keep the temp folders
//   CAPTAIN_WS_IN_PLACE=1: open the workspace itself instead of a fresh copy in the temp folder
import path from 'node:path';
import { format } from 'node:util';
import { readFlags } from './commandLineFlags.mjs';
import { launchChromium } from './chromiumBrowser.mjs';
import { CodeServerHost } from './codeServerHost.mjs';
import { hostPaths } from './hostPaths.mjs';

const flags = readFlags();
const settings = {
  extensionDevelopmentPath: path.resolve(
    flags['ext-dev'] || process.env.EXT_DEV || hostPaths.repoRoot,
  ),
  extensionTestsPath: path.resolve(
    flags['ext-tests'] || process.env.EXT_TESTS || hostPaths.extensionTests,
  ),
  workspace: path.resolve(flags.workspace || process.env.WS || hostPaths.demoWorkspace),
  timeoutMs: Number(flags['timeout-ms'] || process.env.TEST_TIMEOUT_MS || 180_000),
  trust: (flags.trust || process.env.CAPTAIN_TRUST) === 'restricted' ? 'restricted' : 'disabled',
  verbose: Boolean(process.env.CAPTAIN_HOST_VERBOSE),
  keep: Boolean(process.env.CAPTAIN_HOST_KEEP),
};
const summaryPattern = /^(\d+) passed, (\d+) failed, (\d+) skipped$/;
// While extension tests run, the extension host's console output reaches the page console through
// VS Code's log service ('%c INFO', 'color: …', format, ...args), mixed with workbench messages.
// Worth showing: mocha's spec reporter (indented suite and test titles, numbered failures with
// their stack traces, the passing/failing counts), the summary and lines tagged [captain-test].
const relevantPattern = /\[captain-test\]|^\s+\S|^\d+ passed, /;
const extensionHostCrashPattern = /Extension host .*terminated unexpectedly/i;

/** Formats a console message like the extension host wrote it, without VS Code's level styling. */
async function consoleText(message) {
  let args;
  try {
    args = await Promise.all(message.args().map((handle) => handle.jsonValue()));
  } catch {
    return message.text();
  }

  if (typeof args[0] === 'string' && /^%c\s*[A-Z]+$/.test(args[0])) {
    args = args.slice(2);
  }

  return args.length > 0 ? format(...args) : '';
}

/** Injects the dev extension and the tests entry into the workbench configuration. */
function patchWorkbenchConfiguration({ developmentPath, testsPath }) {
  // Runs in the page before the workbench reads #vscode-workbench-web-configuration. Rewriting
  // the served HTML instead (page.route) loses the loopback origin, and Chromium then blocks the
  // workbench websockets (ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS).
  const observer = new MutationObserver(() => {
    const element = document.getElementById('vscode-workbench-web-configuration');
    const raw = element?.getAttribute('data-settings');
    if (!element || !raw) {
      return;
    }

    observer.disconnect();
    const config = JSON.parse(raw);
    // The remote authority is code-server's literal 'remote', not host:port.
    const remote = (p) => ({ scheme: 'vscode-remote', authority: config.remoteAuthority, path: p });
    config.developmentOptions = {
      ...config.developmentOptions,
      extensions: [remote(developmentPath)],
      extensionTestsPath: remote(testsPath),
    };
    element.setAttribute('data-settings', JSON.stringify(config));
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function main() {
  const started = Date.now();
  const host = new CodeServerHost({ trust: settings.trust, label: 'ext-tests' });
  let browser;
  process.on('exit', () => host.killNow());
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      host.killNow();
      process.exit(130);
    });
  }

  let summary;
  let outcome;
  try {
    const workspace = host.prepareWorkspace(settings.workspace);
    await host.start();
    console.log(`[host] code-server ${host.url} (trust ${settings.trust}), workspace ${workspace}`);
    browser = await launchChromium({ profileDir: host.dirs.chromium });
    const { page } = browser;

    let settle;
    const finished = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
    await page.addInitScript(patchWorkbenchConfiguration, {
      developmentPath: settings.extensionDevelopmentPath,
      testsPath: settings.extensionTestsPath,
    });
    page.on('pageerror', (error) => settings.verbose && console.log('[page error]', error.message));
    page.on('console', async (message) => {
      const text = await consoleText(message);
      const found = summaryPattern.exec(text);
      if (found) {
        summary = { passed: +found[1], failed: +found[2], skipped: +found[3] };
      }

      if (extensionHostCrashPattern.test(text)) {
        settle({ code: 'the extension host crashed' });
      }

      if (settings.verbose) {
        console.log(`[${message.type()}] ${text}`);
      } else if (relevantPattern.test(text) && !found) {
        console.log(text);
      }
    });

    await page.goto(host.workbenchUrl(workspace));
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(
        () => resolve({ code: `timed out after ${settings.timeoutMs} ms` }),
        settings.timeoutMs,
      );
    });
    outcome = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
  } catch (error) {
    outcome = { code: `harness error: ${error.message}` };
  } finally {
    await browser?.context.close().catch(() => {});
  }

  const passed =
    outcome.code === 0 && summary !== undefined && summary.failed === 0 && summary.passed > 0;
  const counts = summary ?? { passed: 0, failed: 1, skipped: 0 };
  if (!passed && summary === undefined) {
    const why = outcome.code === 0 ? 'no summary line seen' : outcome.code;
    console.log(`[host] run failed: ${why}`);
    console.log(`[host] code-server log (last lines):\n${host.logTail(15)}`);
  }

  const kept = await host.stop({ keep: settings.keep || summary === undefined });
  if (kept) {
    console.log(`[host] kept ${kept}`);
  }

  console.log(`[host] finished in ${Date.now() - started} ms`);
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(passed ? 0 : 1);
}

await main();
