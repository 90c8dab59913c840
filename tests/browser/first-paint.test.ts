// First paint in one round trip (issue 19): a page carries the styles of its
// first screen, and the site's stylesheet, linked at the end of <body>, does
// not hold the paint back. Held forever here, the first screen must still
// look exactly as it does once the stylesheet has loaded: every element in
// view at the same place and size, in the same colors and type, on a phone
// and a laptop, in the light theme and, on three pages, the dark one.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-suite';
import { contentPages } from '../helpers/budgets';
import { builtSite } from '../helpers/site';

const pages = ['', ...contentPages, 'search/', 'workshops/', 'worksheets/', 'situations/you-feel-unsafe/', 'offline/'];
const screens = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
];
/** The dark theme's tokens are the same on every page: three pages check it, to keep the suite fast. */
const darkToo = new Set(['', 'tools/i-message/', 'situations/angry-customer/']);

/** What a reader sees of each element in view: its box and the properties that draw it. */
async function firstScreenLook(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const drawn = ['color', 'background-color', 'font-size', 'font-weight', 'font-style', 'text-decoration-line', 'border-top-width', 'border-top-color', 'border-bottom-width', 'border-radius', 'list-style-type', 'visibility', 'opacity'];
    const look: string[] = [];
    const all = [...document.body.querySelectorAll('*')];
    all.forEach((element, index) => {
      const box = element.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= innerHeight || box.width === 0 || element.closest('script, style, link')) return;
      const style = getComputedStyle(element);
      const label = `${index} <${element.tagName.toLowerCase()}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>`;
      // Only the part in view: a box running past the screen's bottom may end elsewhere once what is below is styled.
      const where = [box.left, box.top, box.right, Math.min(box.bottom, innerHeight)].map((n) => Math.round(n)).join(',');
      look.push(`${label} at ${where}: ${drawn.map((name) => `${name}=${style.getPropertyValue(name)}`).join('; ')}`);
    });
    return look;
  });
}

/**
 * Module scripts run once the page is parsed, which the held stylesheet
 * delays: the search page's and the offline page's would change the page in
 * one load and not the other. Both loads go without them, so only styles differ.
 */
async function withoutModules(page: Page): Promise<void> {
  await page.route(/\.js$/, (route) => route.abort());
}

describeInBrowser('the first paint, before the stylesheet arrives', builtSite, (ctx) => {
  it.concurrent.each(pages.flatMap((path) => screens.map((screen) => ({ path, screen: screen.name, size: screen }))))(
    '/$path on a $screen looks the same with the stylesheet held as with it loaded',
    async ({ path, size }) => {
      const context = await ctx().browser.newContext({ viewport: { width: size.width, height: size.height } });
      try {
        for (const theme of darkToo.has(path) ? (['light', 'dark'] as const) : (['light'] as const)) {
          await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
          const loaded = await context.newPage();
          await withoutModules(loaded);
          await loaded.goto(ctx().server.url + path, { waitUntil: 'load' });
          const expected = await firstScreenLook(loaded);
          await loaded.close();

          const held = await context.newPage();
          await withoutModules(held);
          let stylesheetAsked = false;
          await held.route(/\.css$/, () => {
            // Never answered: the stylesheet is still on its way.
            stylesheetAsked = true;
          });
          // The held stylesheet holds back the end of parsing (DOMContentLoaded), not the paint.
          await held.goto(ctx().server.url + path, { waitUntil: 'commit' });
          await held.waitForFunction(() => document.querySelector('body > link[rel="stylesheet"]') !== null);
          // Content painted: this would time out if the stylesheet held the paint back.
          await held.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length === 1, undefined, { timeout: 10_000 });
          const before = await firstScreenLook(held);
          expect(stylesheetAsked, 'the page still links the stylesheet').toBe(true);
          const sheets = await held.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href !== null).length);
          expect(sheets, 'the linked stylesheet had not loaded').toBe(0);
          expect(before.length, 'elements in view').toBeGreaterThan(5);
          expect(before, `${theme} theme`).toEqual(expected);
          await held.close();
        }
      } finally {
        await context.close();
      }
    },
  );
});
