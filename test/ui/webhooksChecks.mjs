// UI checks of the Webhooks view, in the shape of test/ui/uiSmoke.mjs's checks.
//
// `webhooksChecks` expects the Captain container open (uiSmoke.mjs's earlier checks do that); add
// it at the end of uiSmoke.mjs's list. `checks` runs it alone after opening the workbench and the
// container: node test/ui/runUiTests.mjs --checks=test/ui/webhooksChecks.mjs
//
// The demo's "stripe" endpoint reads its secret from ${env:STRIPE_WEBHOOK_SECRET}; the first check
// carries `hostEnv`, which runUiTests.mjs adds to code-server's environment (the engine inherits
// it), so the receiver has a secret to verify with and the trigger one to sign with.
import { randomBytes } from 'node:crypto';

const viewTitle = 'Webhooks';
const demoEndpoint = 'stripe';
const sampleType = 'payment_intent.succeeded';
// Made up for each run; never a real signing secret.
const testSecret = `whsec_${randomBytes(24).toString('base64')}`;

/**
 * The side-bar pane of the view titled `title`, expanded.
 * @param {import('./workbenchDriver.mjs').WorkbenchDriver} driver
 */
async function webhooksPane(driver, title = viewTitle) {
  // A `has` locator is matched inside the outer element, so it names the title from the pane down.
  const pane = driver.page
    .locator('.part.sidebar .pane', {
      has: driver.page.locator('.pane-header .title', { hasText: new RegExp(`^${title}$`, 'i') }),
    })
    .first();
  const header = pane.locator('.pane-header').first();
  await header.waitFor({ timeout: 20_000 }).catch(() => {
    throw new Error(`no "${title}" view in the side bar (is the Captain container open?)`);
  });
  if ((await header.getAttribute('aria-expanded')) !== 'true') {
    await header.click();
  }

  return { header, pane };
}

/**
 * The tree row whose label is exactly `label`, waited for.
 * @param {import('playwright-core').Locator} pane
 */
async function treeRow(pane, label, what, timeoutMs = 30_000) {
  const row = pane
    .locator('.monaco-list-row', {
      has: pane.page().locator('.label-name', { hasText: new RegExp(`^${label}$`) }),
    })
    .first();
  await row.waitFor({ timeout: timeoutMs }).catch(() => {
    throw new Error(`the ${viewTitle} view shows no ${what} "${label}" within ${timeoutMs} ms`);
  });
  return row;
}

/** @type {{ name: string, screenshot?: string, hostEnv?: Record<string, string>, run: (driver: import('./workbenchDriver.mjs').WorkbenchDriver) => Promise<string | void> }[]} */
export const webhooksChecks = [
  {
    name: `the ${viewTitle} view's title action starts the receiver`,
    hostEnv: { STRIPE_WEBHOOK_SECRET: testSecret },
    run: async (driver) => {
      const { header } = await webhooksPane(driver);
      // Title actions show while the header is hovered or focused.
      await header.hover();
      const start = header.locator('.action-label[aria-label="Start Webhook Receiver"]').first();
      await start.waitFor({ timeout: 20_000 }).catch(() => {
        throw new Error('the view title has no "Start Webhook Receiver" action');
      });
      await start.click();
      return driver.waitForNotification('Webhook receiver listening at', 30_000);
    },
  },
  {
    name: `a sample ${sampleType} triggered from the palette appears in the ${viewTitle} view`,
    screenshot: 'webhooks-view',
    run: async (driver) => {
      await driver.runCommand('Captain: Trigger Sample Webhook Event…');
      const input = driver.page.locator('.quick-input-widget .quick-input-box input').first();
      await input.waitFor({ state: 'visible', timeout: 20_000 });
      await input.fill(sampleType);
      await driver.page
        .locator('.quick-input-list .monaco-list-row.focused', { hasText: sampleType })
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(() => {
          throw new Error(`the sample event picker does not offer ${sampleType}`);
        });
      await driver.page.keyboard.press('Enter');

      const { pane } = await webhooksPane(driver);
      const endpoint = await treeRow(pane, demoEndpoint, 'endpoint');
      if ((await endpoint.getAttribute('aria-expanded')) !== 'true') {
        await endpoint.click();
      }
      const event = await treeRow(pane, sampleType, 'event');
      const description = (await event.locator('.label-description').first().innerText()).trim();
      // Let the row's icon settle before the screenshot.
      await driver.page.mouse.move(700, 450);
      await driver.page.waitForTimeout(500);
      return `${sampleType}: ${description}`;
    },
  },
];

/** Runs the Webhooks checks on their own: the workbench, the Captain container, then the view. */
export const checks = [
  {
    name: 'the workbench loads and the Captain container opens',
    run: async (driver) => {
      await driver.waitForWorkbench();
      await driver.openActivityBarContainer('Captain', 30_000);
    },
  },
  ...webhooksChecks,
];
