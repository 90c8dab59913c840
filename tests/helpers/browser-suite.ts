import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { hasChromium, launchChromium, skipBrowserMessage } from './browser';
import { serveStatic, type StaticServer } from './static-server';

export interface BrowserContextForTests {
  browser: Browser;
  server: StaticServer;
}

/**
 * The browser, with each new page or context blocking the service worker
 * unless the test asks for it. Each test is then a reader's first visit, as
 * the worker takes over only from the next page; tests/browser/offline.test.ts
 * tests the worker itself. Allowed everywhere, each of the suite's hundred
 * contexts would also download the 1 MB a first visit stores.
 */
function firstVisitsOnly(browser: Browser): Browser {
  const blocked = (options: BrowserContextOptions = {}): BrowserContextOptions => ({ serviceWorkers: 'block', ...options });
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property === 'newContext') return (options?: BrowserContextOptions) => target.newContext(blocked(options));
      if (property === 'newPage') return (options?: BrowserContextOptions) => target.newPage(blocked(options));
      return Reflect.get(target, property, receiver);
    },
  });
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
      context = { browser: firstVisitsOnly(await launchChromium()), server: await serveStatic(siteDir, base) };
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
