#!/usr/bin/env node
// Chat UI test: Captain and a test-only language model in code-server 4.139.1 (VS Code 1.139,
// Node 24), driven in headless Chromium. Types @captain requests into the real Chat view, checks
// the replies, saves test-results/screenshots/chat-*.png, prints `N passed, N failed`.
//
// usage: node test/ui/chat/runChatUiTests.mjs      (after `node esbuild.js`; setup-host.sh --with-chat)
//   CHAT_UI_TIMEOUT_MS: whole run (default 230000). CAPTAIN_HOST_KEEP=1 keeps the temp folders.
//
// Captain is staged into a temp folder (bundles, media, snippets, and better-sqlite3 from
// .vscode-host/bsq24, built for Node 24) and loaded with the fake-model extension as development
// extensions, so the product's node_modules (Node 20 build) stay untouched.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../host/chromiumBrowser.mjs';
import { CodeServerHost } from '../../host/codeServerHost.mjs';
import { hostPaths } from '../../host/hostPaths.mjs';
import { WorkbenchDriver } from '../workbenchDriver.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const runTimeoutMs = Number(process.env.CHAT_UI_TIMEOUT_MS || 230_000);
const replyTimeoutMs = 60_000;
const fakeModelPath = path.join(here, 'fakeModelExtension');

/**
 * Copies what the packaged extension holds into `target`, with better-sqlite3 from the Node 24
 * build. The manifest gets the captain's commands and slash commands from captainContributes.json
 * where package.json does not declare them yet (a no-op once the lead has merged them).
 */
function stageExtension(target) {
  const repo = hostPaths.repoRoot;
  for (const file of ['extension.js', 'engine.js', 'captain.config.schema.json']) {
    const source = path.join(repo, 'dist', file);
    if (!fs.existsSync(source)) {
      throw new Error(`missing ${source}; run node esbuild.js first`);
    }
    fs.cpSync(source, path.join(target, 'dist', file));
  }
  fs.cpSync(path.join(repo, 'media'), path.join(target, 'media'), { recursive: true });
  fs.cpSync(path.join(repo, 'snippets'), path.join(target, 'snippets'), { recursive: true });

  const modules = path.join(hostPaths.bsq24, '..');
  for (const name of ['bindings', 'file-uri-to-path']) {
    fs.cpSync(path.join(modules, name), path.join(target, 'node_modules', name), {
      recursive: true,
    });
  }
  const sqlite = path.join(target, 'node_modules', 'better-sqlite3');
  fs.cpSync(path.join(hostPaths.bsq24, 'package.json'), path.join(sqlite, 'package.json'));
  fs.cpSync(path.join(hostPaths.bsq24, 'lib'), path.join(sqlite, 'lib'), { recursive: true });
  fs.cpSync(
    path.join(hostPaths.bsq24, 'build/Release/better_sqlite3.node'),
    path.join(sqlite, 'build/Release/better_sqlite3.node'),
  );

  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const extra = JSON.parse(fs.readFileSync(path.join(here, 'captainContributes.json'), 'utf8'));
  const declared = new Set(manifest.contributes.commands.map((entry) => entry.command));
  const added = extra.commands.filter((entry) => !declared.has(entry.command));
  manifest.contributes.commands.push(...added);
  const participant = manifest.contributes.chatParticipants.find(
    (entry) => entry.id === 'captain.captain',
  );
  const slashMissing = !participant.commands;
  participant.commands ??= extra.chatParticipantCommands;
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  if (added.length > 0 || slashMissing) {
    console.log(
      `[chat-ui] package.json lacks ${added.length} command(s)${slashMissing ? ' and the slash commands' : ''}; staged from captainContributes.json`,
    );
  }
}

/** Runs in the page before the workbench reads its configuration: loads both extensions. */
function loadDevelopmentExtensions(paths) {
  const observer = new MutationObserver(() => {
    const element = document.getElementById('vscode-workbench-web-configuration');
    const settings = element?.getAttribute('data-settings');
    if (!settings) {
      return;
    }

    observer.disconnect();
    const config = JSON.parse(settings);
    config.developmentOptions = {
      ...config.developmentOptions,
      extensions: paths.map((p) => ({
        scheme: 'vscode-remote',
        authority: config.remoteAuthority,
        path: p,
      })),
    };
    element.setAttribute('data-settings', JSON.stringify(config));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Text of every chat response in the view, oldest first, whitespace collapsed. */
async function responseTexts(page) {
  const texts = await page
    .locator('.interactive-item-container.interactive-response')
    .allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

/**
 * Waits until the newest response differs from `previous` and matches `expected`. The chat list
 * is virtualised (rows scrolled away leave the DOM), so the newest row is compared, not a count.
 */
async function waitForReply(page, previous, expected) {
  const deadline = Date.now() + replyTimeoutMs;
  let latest = '';
  while (Date.now() < deadline) {
    latest = (await responseTexts(page)).at(-1) ?? '';
    if (latest !== previous && expected.test(latest)) {
      // Let the rest of the stream and the buttons render before the screenshot.
      await page.waitForTimeout(1_000);
      return (await responseTexts(page)).at(-1);
    }
    await page.waitForTimeout(500);
  }
  throw new Error(
    `no reply matching ${expected} within ${replyTimeoutMs} ms; newest: ${latest.slice(0, 300) || '(nothing)'}`,
  );
}

/** Replaces the chat input's text with `request`, sends it, and returns the matching reply. */
async function ask(page, request, expected) {
  const previous = (await responseTexts(page)).at(-1) ?? '';
  const input = page.locator('.interactive-input-part .monaco-editor').first();
  await input.click({ timeout: 20_000 });
  // @captain is sticky: the input already starts with it, so select all and type afresh.
  await page.keyboard.press('Control+A');
  await page.keyboard.type(request);
  await page.keyboard.press('Enter');
  return waitForReply(page, previous, expected);
}

const checks = [
  {
    name: '/status answers with the routing line and the readiness checklist',
    screenshot: 'chat-01-status',
    run: async (driver) => {
      // In about one run of three the remote extension host of 4.139.1 never comes up after the
      // first load (no extension command in the palette); a reload of the window brings it up.
      const title = 'Captain Test: Open @captain Chat';
      await driver.runCommand(title, 45_000).catch(async () => {
        console.log('[chat-ui] extension commands missing after 45 s; reloading the window once');
        await driver.page.reload();
        await driver.waitForWorkbench();
        await driver.runCommand(title, 60_000);
      });
      const reply = await waitForReply(driver.page, '', /checks pass/);
      assert(
        /Routed to the readiness review \(status\) — you asked for \/status/.test(reply),
        `no routing line in: ${reply.slice(0, 200)}`,
      );
      assert(/Secrets as references/.test(reply), 'the checklist is missing its secrets check');
      return reply.match(/\d+ of \d+ checks pass/)?.[0];
    },
  },
  {
    name: '"show the webhooks from the last hour" runs the action and answers with its result',
    screenshot: 'chat-02-webhooks',
    run: async (driver) => {
      const reply = await ask(
        driver.page,
        '@captain show the webhooks from the last hour',
        /webhook events|no webhook receiver capability/,
      );
      assert(
        /Routed to Webhook Handler \(webhook-handler\), confidence 0\.90/.test(reply),
        `routing line: ${reply.slice(0, 200)}`,
      );
      return reply.slice(reply.indexOf('—') + 2, 160);
    },
  },
  {
    name: '"set up DNS for our API gateway" is handed off to infrastructure',
    screenshot: 'chat-03-handoff',
    run: async (driver) => {
      const reply = await ask(
        driver.page,
        '@captain set up DNS for our API gateway',
        /outside integration work/,
      );
      assert(
        /hand-off to Infrastructure \(infrastructure\)/.test(reply),
        `routing line: ${reply.slice(0, 200)}`,
      );
      return 'Infrastructure';
    },
  },
  {
    name: '"integrate Stripe with retries" is answered by the selected model',
    screenshot: 'chat-04-model',
    run: async (driver) => {
      const reply = await ask(
        driver.page,
        '@captain integrate Stripe with retries',
        /CAPTAIN-TEST-MODEL/,
      );
      assert(
        /Routed to Third-Party Integrator/.test(reply),
        `routing line: ${reply.slice(0, 200)}`,
      );
      return 'model text streamed';
    },
  },
];

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function main() {
  const started = Date.now();
  const host = new CodeServerHost({
    entry: hostPaths.cs139Entry,
    node: hostPaths.node24,
    label: 'chat-ui',
  });
  process.on('exit', () => host.killNow());
  const watchdog = setTimeout(() => {
    console.log(`[chat-ui] gave up after ${runTimeoutMs} ms`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }, runTimeoutMs);

  const results = [];
  let browser;
  try {
    const staged = path.join(host.root, 'captain-extension');
    stageExtension(staged);
    // The test model goes into the profile's extensions folder: as a second development extension
    // it was sometimes not loaded (seen in 2 of 4 runs on 4.139.1).
    fs.cpSync(
      fakeModelPath,
      path.join(host.dirs.extensions, 'captain-dev.captain-test-model-0.0.1'),
      { recursive: true },
    );
    const workspace = host.prepareWorkspace(hostPaths.demoWorkspace);
    await host.start();
    console.log(`[chat-ui] code-server 4.139.1 at ${host.url}, workspace ${workspace}`);
    browser = await launchChromium({ profileDir: host.dirs.chromium });
    const driver = new WorkbenchDriver(browser.page, { screenshotsDir: hostPaths.screenshots });
    await browser.page.addInitScript(loadDevelopmentExtensions, [staged]);
    await browser.page.goto(host.workbenchUrl(workspace));
    await driver.waitForWorkbench();
    // The extension host starts after the workbench paints; give activation a moment.
    await browser.page.waitForTimeout(4_000);

    for (const check of checks) {
      const checkStarted = Date.now();
      let failure;
      let note;
      try {
        note = await check.run(driver);
      } catch (error) {
        failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
      }
      await driver
        .screenshot(failure ? `${check.screenshot}-failed` : check.screenshot)
        .catch(() => undefined);
      console.log(
        `${failure ? '  ✗' : '  ✔'} ${check.name} (${Date.now() - checkStarted} ms)${note ? `: ${note}` : ''}`,
      );
      if (failure) {
        console.log(`      ${failure}`);
      }
      results.push(!failure);
    }
  } catch (error) {
    console.log(`[chat-ui] harness error: ${error.message}`);
    console.log(host.logTail(15));
    results.push(false);
  } finally {
    clearTimeout(watchdog);
    await browser?.context.close().catch(() => undefined);
    const kept = await host.stop({ keep: Boolean(process.env.CAPTAIN_HOST_KEEP) });
    if (kept) {
      console.log(`[chat-ui] kept ${kept}`);
    }
  }

  const passed = results.filter(Boolean).length;
  console.log(
    `[chat-ui] ${Math.round((Date.now() - started) / 1000)} s; screenshots in ${path.relative(process.cwd(), hostPaths.screenshots)}`,
  );
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exit(results.length > 0 && passed === results.length ? 0 : 1);
}

await main();
