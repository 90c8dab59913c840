import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium, skipBrowserMessage } from './browser';
import { serveStatic, type StaticServer } from './static-server';

export interface BrowserContextForTests {
  browser: Browser;
  server: StaticServer;
}

/**
 * A describe block that gets a Chromium and a server for a built site. Without
 * Chromium it skips with a message, except in CI, where it fails.
 */
export function describeInBrowser(name: string, siteDir: string, body: (ctx: () => BrowserContextForTests) => void, base = '/'): void {
  if (!hasChromium) {
    if (process.env.CI === 'true') throw new Error(`CI needs the browser tests: ${skipBrowserMessage}`);
    console.warn(skipBrowserMessage);
    describe.skip(name, () => body(() => { throw new Error('no browser'); }));
    return;
  }
  describe(name, () => {
    let context: BrowserContextForTests | undefined;
    beforeAll(async () => {
      context = { browser: await launchChromium(), server: await serveStatic(siteDir, base) };
    });
    afterAll(async () => {
      await context?.browser.close();
      await context?.server.close();
    });
    body(() => {
      if (!context) throw new Error('The browser suite did not start.');
      return context;
    });
  });
}
