// axe-core's WCAG 2.2 A and AA rules over every page of the sitemap (and the
// 404 page), in the light and dark themes, at a phone's width and a desktop's.
// Each page loads once; the four combinations switch the colour scheme and the
// viewport in place (the theme follows the system setting through CSS
// light-dark(), and layouts through media queries, so nothing needs a reload).
// Two pages work side by side, one per core.
import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { describeInBrowser } from '../helpers/browser-suite';
import { builtSite } from '../helpers/site';
import { sitemapPaths } from '../helpers/sitemap';
import { siteAddress } from '../helpers/worksheets';

const combinations = [
  { colorScheme: 'light', width: 390, height: 844 },
  { colorScheme: 'light', width: 1280, height: 900 },
  { colorScheme: 'dark', width: 390, height: 844 },
  { colorScheme: 'dark', width: 1280, height: 900 },
] as const;

const lanes = 2;

async function sweep(browser: Browser, baseUrl: string, paths: string[]): Promise<string[]> {
  const page = await browser.newPage();
  const violations: string[] = [];
  for (const path of paths) {
    await page.goto(baseUrl + path);
    for (const { colorScheme, width, height } of combinations) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      for (const violation of await axeViolations(page)) violations.push(`/${path} (${colorScheme}, ${width} px): ${violation}`);
    }
  }
  await page.close();
  return violations;
}

describeInBrowser('accessibility of every page', builtSite, (ctx) => {
  const { site, base } = siteAddress();
  const paths = [...sitemapPaths(builtSite, new URL(base, site).href), '404.html'];

  it(
    `has no axe violation (WCAG 2.2 A and AA) on any of the ${paths.length} pages, light and dark, at 390 and 1280 px`,
    async () => {
      expect(paths.length).toBeGreaterThan(100);
      const results = await Promise.all(
        Array.from({ length: lanes }, (_, lane) =>
          sweep(
            ctx().browser,
            ctx().server.url,
            paths.filter((_, n) => n % lanes === lane),
          ),
        ),
      );
      expect(results.flat()).toEqual([]);
    },
    300_000,
  );
});
