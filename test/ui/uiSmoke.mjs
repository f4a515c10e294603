// The UI smoke checks: the packaged extension seen in a real workbench, in the order they run.
//
// Each check is { name, screenshot?, run(driver) }: `run` throws to fail (an Error saying what was
// missing) and may return a short note for the log. `screenshot` names the PNG taken after the
// check (test-results/screenshots/ui-NN-<screenshot>.png, NN counting the screenshots of the run;
// a failed check is shot as ui-NN-<screenshot or 'check'>-failed.png). Checks run
// in order and share one workbench, so a later check may rely on an earlier one's state. Add new
// checks here, or in another module passed to runUiTests.mjs with --checks=.

/** Views of the Captain container, in contribution order. */
const captainViewTitles = ['Webhooks', 'Circuits', 'OAuth Connections', 'Contracts'];

/** @type {{ name: string, screenshot?: string, run: (driver: import('./workbenchDriver.mjs').WorkbenchDriver) => Promise<string | void> }[]} */
export const checks = [
  {
    name: 'the workbench loads with the demo workspace',
    screenshot: 'workbench',
    run: async (driver) => {
      await driver.waitForWorkbench();
      // Let the extension host start and the contributed containers settle before the first shot.
      await driver.page.waitForTimeout(2_000);
    },
  },
  {
    name: 'the Captain container opens from the activity bar',
    screenshot: 'captain-container',
    run: (driver) => driver.openActivityBarContainer('Captain', 30_000),
  },
  {
    name: 'the Captain container shows its four views',
    run: async (driver) => {
      const shown = await driver.sideBarViewTitles();
      const missing = captainViewTitles.filter(
        (title) => !shown.some((header) => header.toLowerCase() === title.toLowerCase()),
      );
      if (missing.length > 0) {
        throw new Error(`missing views: ${missing.join(', ')} (shown: ${shown.join(', ')})`);
      }

      return shown.join(', ');
    },
  },
  {
    name: 'the command palette lists "Captain: Show Engine Status"',
    screenshot: 'command-palette',
    run: (driver) => driver.findCommand('Captain: Show Engine Status'),
  },
  {
    name: '"Captain: Show Engine Status" says the engine is ready',
    screenshot: 'engine-status',
    run: async (driver) => {
      await driver.runCommand('Captain: Show Engine Status');
      // "ready" and not just "Captain engine": a packaged better-sqlite3 that fails to load shows
      // "Captain engine failed: …" instead.
      return driver.waitForNotification('Captain engine ready', 30_000);
    },
  },
  ...(await import('./oauthChecks.mjs')).oauthChecks,
  ...(await import('./webhooksChecks.mjs')).webhooksChecks,
];
