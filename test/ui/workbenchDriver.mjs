// Small, patient helpers for driving the VS Code workbench in the browser.
import fs from 'node:fs';
import path from 'node:path';

const uiTimeoutMs = 20_000;

/**
 * Wraps a Playwright page showing a code-server workbench. Every wait is bounded (20 s unless a
 * call says otherwise) and fails with a message naming what was awaited.
 */
export class WorkbenchDriver {
  /**
   * @param {import('playwright-core').Page} page
   * @param {{ screenshotsDir: string }} options
   */
  constructor(page, { screenshotsDir }) {
    this.page = page;
    this.screenshotsDir = screenshotsDir;
    fs.mkdirSync(screenshotsDir, { recursive: true });
  }

  /** Waits until the workbench and its activity bar are on screen. */
  async waitForWorkbench(timeoutMs = 90_000) {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
    await this.page.locator('.part.activitybar').waitFor({ timeout: timeoutMs });
  }

  /** Saves a PNG of the whole window as `<name>.png` and returns its path. */
  async screenshot(name) {
    const file = path.join(this.screenshotsDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Clicks the activity-bar entry whose aria-label starts with `labelPrefix`. */
  async openActivityBarContainer(labelPrefix, timeoutMs = uiTimeoutMs) {
    const entry = this.page.locator(`.part.activitybar [aria-label^="${labelPrefix}"]`).first();
    await entry.waitFor({ timeout: timeoutMs }).catch(() => {
      throw new Error(
        `no activity-bar entry labelled "${labelPrefix}…" (is the extension installed?)`,
      );
    });
    const sidebar = this.page.locator('.part.sidebar');
    const alreadyOpen = await sidebar
      .locator('.composite.title', { hasText: labelPrefix })
      .isVisible()
      .catch(() => false);
    if (!alreadyOpen) {
      await entry.click();
    }

    await sidebar
      .locator('.composite.title', { hasText: labelPrefix })
      .waitFor({ timeout: timeoutMs });
  }

  /** Header titles of the views in the open side bar, as shown (upper-case styling removed). */
  async sideBarViewTitles() {
    const titles = await this.page.locator('.part.sidebar .pane-header .title').allTextContents();
    return titles.map((title) => title.trim());
  }

  /**
   * Opens the command palette, types `title` and waits until the highlighted entry contains it.
   * Leaves the palette open; `runCommand` presses Enter afterwards.
   */
  async findCommand(title, timeoutMs = uiTimeoutMs) {
    // Away from the activity bar, so a hover tooltip does not cover the palette.
    await this.page.mouse.move(700, 450);
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input').first();
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
    await input.fill(`>${title}`);
    // Pressing Enter before the list has filtered runs nothing, or the wrong command.
    const label = title.split(': ').pop();
    await this.page
      .locator('.quick-input-list .monaco-list-row.focused', { hasText: label })
      .first()
      .waitFor({ timeout: timeoutMs })
      .catch(() => {
        throw new Error(`the command palette has no entry "${title}"`);
      });
  }

  /** Runs a command by its palette title (`Category: Title`). */
  async runCommand(title, timeoutMs = uiTimeoutMs) {
    await this.findCommand(title, timeoutMs);
    await this.page.keyboard.press('Enter');
  }

  /** Waits for a notification toast containing `text` and returns its full text. */
  async waitForNotification(text, timeoutMs = uiTimeoutMs) {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text });
    await toast
      .first()
      .waitFor({ timeout: timeoutMs })
      .catch(() => {
        throw new Error(`no notification containing "${text}" within ${timeoutMs} ms`);
      });
    // The toast slides in; a screenshot taken at once shows it half drawn.
    await this.page.waitForTimeout(800);
    return (await toast.first().innerText()).replace(/\s+/g, ' ').trim();
  }
}
