// axe-core's WCAG 2.2 A and AA rules over every page of the sitemap (and the
// 404 page), in the light and dark themes, at a phone's width and a desktop's.
// One test per page, so no test depends on a whole-site sweep finishing in
// time; two run side by side (maxConcurrency in vitest.config.ts), one per
// core. Each page loads once; the four combinations switch the colour scheme
// and the viewport in place (the theme follows the system setting through CSS
// light-dark(), and layouts through media queries, so nothing needs a reload).
import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, preloadAxe } from '../helpers/axe';
import { describeInBrowser } from '../helpers/browser-suite';
import { builtSite } from '../helpers/site';
import { sitemapPaths } from '../helpers/sitemap';
import { siteAddress } from '../helpers/worksheets';

// Every rule in the light theme at both widths; in the dark theme, at both
// widths, the rules that read colours (the themes differ in nothing else;
// tests/helpers/axe.ts), which halves the cost of a dark run. In this order a
// page is laid out at each width once: a resize costs a layout and a paint.
const combinations = [
  { colorScheme: 'light', width: 390, height: 844, rules: 'all' },
  { colorScheme: 'dark', width: 390, height: 844, rules: 'colour' },
  { colorScheme: 'dark', width: 1280, height: 900, rules: 'colour' },
  { colorScheme: 'light', width: 1280, height: 900, rules: 'all' },
] as const;

describeInBrowser('accessibility of every page', builtSite, (ctx) => {
  const { site, base } = siteAddress();
  const paths = [...sitemapPaths(builtSite, new URL(base, site).href), '404.html'];

  it('covers the whole site', () => {
    expect(paths.length).toBeGreaterThan(100);
  });

  // A tab per lane, reused from page to page: opening a tab per test costs more than the page's checks.
  const idle: Page[] = [];
  afterAll(() => Promise.all(idle.map((page) => page.close())));

  it.concurrent.each(paths)('/%s has no axe violation (WCAG 2.2 A and AA), light and dark, at 390 and 1280 px', async (path) => {
    const page = idle.pop() ?? (await preloadAxe(await ctx().browser.newPage()));
    const violations: string[] = [];
    try {
      await page.goto(ctx().server.url + path);
      for (const { colorScheme, width, height, rules } of combinations) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        for (const violation of await axeViolations(page, rules)) violations.push(`${colorScheme}, ${width} px: ${violation}`);
      }
    } finally {
      idle.push(page);
    }
    expect(violations).toEqual([]);
  });
});
