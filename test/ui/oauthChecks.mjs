// UI checks of the OAuth Connections view, in the shape of test/ui/uiSmoke.mjs's checks.
//
// `oauthChecks` expects the Captain container open (uiSmoke.mjs's earlier checks do that); add it
// at the end of uiSmoke.mjs's list. `checks` runs it alone after opening the workbench and the
// container: node test/ui/runUiTests.mjs --checks=test/ui/oauthChecks.mjs

const viewTitle = 'OAuth Connections';

/** The demo's captain.config.json declares this provider; nobody has connected it. */
const demoProvider = 'github';

/**
 * Expands the view `title` in the side bar when it is collapsed and returns its pane.
 * @param {import('./workbenchDriver.mjs').WorkbenchDriver} driver
 */
async function expandedPane(driver, title, timeoutMs = 20_000) {
  const pane = driver.page.locator('.part.sidebar .pane', {
    has: driver.page.locator('.pane-header .title', { hasText: title }),
  });
  const header = pane.locator('.pane-header').first();
  await header.waitFor({ timeout: timeoutMs }).catch(() => {
    throw new Error(`no "${title}" view in the side bar (is the Captain container open?)`);
  });
  if ((await header.getAttribute('aria-expanded')) !== 'true') {
    await header.click();
  }

  return pane.first();
}

/** @type {{ name: string, screenshot?: string, run: (driver: import('./workbenchDriver.mjs').WorkbenchDriver) => Promise<string | void> }[]} */
export const oauthChecks = [
  {
    name: `the ${viewTitle} view lists the demo's "${demoProvider}" provider as not connected`,
    screenshot: 'oauth-view',
    run: async (driver) => {
      const pane = await expandedPane(driver, viewTitle);
      // The view fills once the engine has started and answered oauth/list (a cold start ~1 s).
      const row = pane.locator('.monaco-list-row', { hasText: demoProvider }).first();
      await row.waitFor({ timeout: 30_000 }).catch(() => {
        throw new Error(`the ${viewTitle} view shows no "${demoProvider}" row within 30 s`);
      });
      const description = (await row.locator('.label-description').first().innerText()).trim();
      if (description !== 'not connected') {
        throw new Error(`"${demoProvider}" is described as "${description}", not "not connected"`);
      }

      return `${demoProvider}: ${description}`;
    },
  },
];

/** Runs the OAuth checks on their own: the workbench, the Captain container, then the view. */
export const checks = [
  {
    name: 'the workbench loads and the Captain container opens',
    run: async (driver) => {
      await driver.waitForWorkbench();
      await driver.openActivityBarContainer('Captain', 30_000);
    },
  },
  ...oauthChecks,
];
