import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = existsSync(chromiumPath);

/**
 * Browser tests need a real Chromium. In CI a missing browser is a failure;
 * elsewhere the tests skip with this message.
 */
export const skipBrowserMessage = `Browser tests skipped: no Chromium at ${chromiumPath}. Install it with "apt-get install -y chromium" (or set CHROMIUM_PATH), then run npm test again.`;

/** Without the background-networking flags Chromium keeps trying to reach hosts this machine cannot reach. Lighthouse (npm run bench) uses the same. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright gives each launch a fresh, empty profile of its own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
