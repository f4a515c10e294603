// Launches Debian's Chromium through playwright-core for driving a code-server workbench.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { hostPaths } from './hostPaths.mjs';

// --disable-gpu: no GPU in containers. --disable-quic and the background/sync/update switches keep
// Chromium from reaching for the internet, which only produces noise and delays offline.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium with a throwaway profile in `profileDir` and returns the persistent
 * context and its first page. Throws when the Chromium binary is missing (`CHROMIUM` overrides
 * the default /usr/bin/chromium). `viewport` is in CSS pixels; default 1400x900.
 */
export async function launchChromium({ profileDir, viewport = { width: 1400, height: 900 } }) {
  if (!fs.existsSync(hostPaths.chromium)) {
    throw new Error(
      `Chromium not found at ${hostPaths.chromium}; run test/host/setup-host.sh first`,
    );
  }

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: hostPaths.chromium,
    headless: true,
    viewport,
    // Chromium writes ~/.config and ~/.cache: point HOME into the throwaway profile.
    env: { ...process.env, HOME: profileDir },
    args: chromiumArgs,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
