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
import http from 'node:http';
import Stripe from 'stripe';

const viewTitle = 'Webhooks';
const demoEndpoint = 'stripe';
const sampleType = 'payment_intent.succeeded';
// Made up for each run; never a real signing secret.
const testSecret = `whsec_${randomBytes(24).toString('base64')}`;

/**
 * A developer's webhook handler on 127.0.0.1: it checks the Stripe signature on the raw body with
 * the `stripe` package, as a real handler would, and records what arrived.
 */
function startTarget() {
  const stripe = new Stripe('sk_test_placeholder');
  const arrivals = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      let verified = false;
      try {
        stripe.webhooks.constructEvent(body, request.headers['stripe-signature'] ?? '', testSecret);
        verified = true;
      } catch {
        // Recorded as unverified; the check says so.
      }
      arrivals.push({ verified, event: JSON.parse(body.toString('utf8')) });
      response.writeHead(verified ? 200 : 400).end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${port}/webhooks`, arrivals, close: () => server.close() });
    });
  });
}

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
  {
    name: `"Replay to…" on the event delivers it, re-signed, to the developer's handler`,
    screenshot: 'webhooks-replayed',
    run: async (driver) => {
      const target = await startTarget();
      try {
        const { pane } = await webhooksPane(driver);
        const event = await treeRow(pane, sampleType, 'event');
        await event.click({ button: 'right' });
        // The menu renders the title's "…" as three dots.
        const item = driver.page.getByRole('menuitem', { name: /^Replay to/ });
        await item
          .first()
          .waitFor({ timeout: 20_000 })
          .catch(() => {
            throw new Error('the event row has no "Replay to…" context-menu item');
          });
        // A synthetic click on a context-menu item does not run it here; hover, then Enter does.
        await item.first().hover();
        await driver.page.waitForTimeout(300);
        await driver.page.keyboard.press('Enter');
        const input = driver.page.locator('.quick-input-widget .quick-input-box input').first();
        await input.waitFor({ state: 'visible', timeout: 20_000 }).catch(() => {
          throw new Error('"Replay to…" asked for no URL');
        });
        await input.fill(target.url);
        await driver.page.keyboard.press('Enter');

        const deadline = Date.now() + 30_000;
        while (target.arrivals.length === 0 && Date.now() < deadline) {
          await driver.page.waitForTimeout(200);
        }
        const [arrival] = target.arrivals;
        if (arrival === undefined) {
          throw new Error(`the replay did not reach ${target.url} within 30 s`);
        }
        if (!arrival.verified || arrival.event.type !== sampleType) {
          throw new Error(
            `the handler got ${arrival.event.type}, signature ${arrival.verified ? 'valid' : 'invalid'}`,
          );
        }

        const note = await driver.waitForNotification('Replayed', 20_000);
        return `${arrival.event.id} verified by the handler; ${note}`;
      } finally {
        target.close();
      }
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
