#!/usr/bin/env node
// UI smoke run: installs a packaged .vsix into a fresh code-server (4.100.3 by default), opens the
// demo workspace in headless Chromium, runs the named checks in order, saves screenshots, and
// prints `N passed, N failed`. Exit status 0 only when every check passed. Packages nothing.
//
// usage: node test/ui/runUiTests.mjs [--vsix=FILE] [--workspace=DIR] [--checks=MODULE]
//   --vsix        default: api-integration-captain.vsix in the repo root (npm run package)
//   --workspace   default: demo/
//   --checks      module exporting `checks` (default: test/ui/uiSmoke.mjs)
//   --screenshots default: test-results/screenshots/
//   CS_ENTRY, CS_NODE: another code-server (e.g. 4.139.1 with Node 24); UI_TIMEOUT_MS: whole run
//   CAPTAIN_WS_IN_PLACE=1: open the workspace itself instead of a fresh copy in the temp folder
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFlags } from '../host/commandLineFlags.mjs';
import { launchChromium } from '../host/chromiumBrowser.mjs';
import { CodeServerHost } from '../host/codeServerHost.mjs';
import { hostPaths } from '../host/hostPaths.mjs';
import { WorkbenchDriver } from './workbenchDriver.mjs';

const flags = readFlags();
const settings = {
  vsix: path.resolve(flags.vsix || path.join(hostPaths.repoRoot, 'api-integration-captain.vsix')),
  workspace: path.resolve(flags.workspace || hostPaths.demoWorkspace),
  checksModule: path.resolve(flags.checks || new URL('./uiSmoke.mjs', import.meta.url).pathname),
  screenshotsDir: path.resolve(flags.screenshots || hostPaths.screenshots),
  runTimeoutMs: Number(process.env.UI_TIMEOUT_MS || 300_000),
};

/** Runs the checks in order; a failed check is recorded and the next one still runs. */
async function runChecks(checks, driver) {
  const results = [];
  let shotCount = 0;
  for (const check of checks) {
    const started = Date.now();
    let failure;
    let note;
    try {
      note = await check.run(driver);
    } catch (error) {
      failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }

    const shotName = failure ? `${check.screenshot ?? 'check'}-failed` : check.screenshot;
    if (shotName) {
      shotCount += 1;
      const number = String(shotCount).padStart(2, '0');
      await driver.screenshot(`ui-${number}-${shotName}`).catch(() => undefined);
    }

    const ms = Date.now() - started;
    console.log(`${failure ? '  ✗' : '  ✔'} ${check.name} (${ms} ms)${note ? `: ${note}` : ''}`);
    if (failure) {
      console.log(`      ${failure}`);
    }

    results.push({ name: check.name, passed: !failure });
  }

  return results;
}

async function main() {
  if (!fs.existsSync(settings.vsix)) {
    console.log(`[ui] no .vsix at ${settings.vsix}; run npm run package first`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }

  const { checks } = await import(pathToFileURL(settings.checksModule).href);
  // A check may name environment variables the engine needs (`hostEnv`), e.g. a test secret.
  const env = Object.assign({}, ...checks.map((check) => check.hostEnv ?? {}));
  const host = new CodeServerHost({ label: 'ui', env });
  process.on('exit', () => host.killNow());
  const watchdog = setTimeout(() => {
    console.log(`[ui] gave up after ${settings.runTimeoutMs} ms`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }, settings.runTimeoutMs);

  let results = [];
  let browser;
  try {
    host.installExtension(settings.vsix);
    const workspace = host.prepareWorkspace(settings.workspace);
    await host.start();
    console.log(`[ui] code-server ${host.url}, ${path.basename(settings.vsix)}, ${workspace}`);
    browser = await launchChromium({ profileDir: host.dirs.chromium });
    const driver = new WorkbenchDriver(browser.page, { screenshotsDir: settings.screenshotsDir });
    await browser.page.goto(host.workbenchUrl(workspace));
    results = await runChecks(checks, driver);
    console.log(
      `[ui] screenshots in ${path.relative(process.cwd(), settings.screenshotsDir) || '.'}`,
    );
  } catch (error) {
    console.log(`[ui] harness error: ${error.message}`);
    results.push({ name: 'harness', passed: false });
  } finally {
    clearTimeout(watchdog);
    await browser?.context.close().catch(() => undefined);
    await host.stop();
  }

  const passed = results.filter((result) => result.passed).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

await main();
