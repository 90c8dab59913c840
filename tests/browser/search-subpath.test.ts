// Search on a deployment under a sub-path (/handbook/), as on GitHub Pages:
// the bundle, the index and every result link live under the base.
// tests/setup/build-site.ts builds it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-suite';
import { openSearchDialog, searchInDialog, searchPageSettled } from '../helpers/search';
import { builtSubPathSite, subPathBase } from '../helpers/site';

describeInBrowser(
  'search under a sub-path',
  builtSubPathSite,
  (ctx) => {
    it('writes the index inside the sub-path build', () => {
      expect(existsSync(join(builtSubPathSite, 'pagefind', 'pagefind.js'))).toBe(true);
    });

    it('finds pages from the dialog and links them under the base', async () => {
      const page = await ctx().browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${ctx().server.url}tools/i-message/`);
      await openSearchDialog(page);
      const results = await searchInDialog(page, 'customer is drunk');
      expect(results.slice(0, 3)).toContain(`${subPathBase}situations/impaired-customer/`);
      for (const href of results) expect(href.startsWith(subPathBase)).toBe(true);
      expect(requests.filter((path) => !path.startsWith(subPathBase))).toEqual([]);
      expect(requests).toContain(`${subPathBase}pagefind/pagefind.js`);

      await Promise.all([page.waitForURL(`**${subPathBase}situations/impaired-customer/`), page.click(`a[href="${subPathBase}situations/impaired-customer/"]`)]);
      await expect(page.locator('h1').textContent()).resolves.toBe('An irrational or impaired customer');
      await page.close();
    });

    it('links worksheet PDFs under the base, and they download', async () => {
      const page = await ctx().browser.newPage();
      await page.goto(`${ctx().server.url}search/?q=sources+of+influence`);
      await searchPageSettled(page);
      const pdf = `${subPathBase}pdf/sources-of-influence-letter.pdf`;
      await expect(page.locator(`a[href="${pdf}"]`).count()).resolves.toBe(1);
      await expect(page.locator(`a[href="${subPathBase}pdf/sources-of-influence-a4.pdf"]`).count()).resolves.toBe(1);
      const response = await page.request.get(new URL(pdf, ctx().server.url).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      await page.close();
    });

    it('filters and writes its URL under the base on the search page', async () => {
      const page = await ctx().browser.newPage();
      await page.goto(`${ctx().server.url}search/?situation=angry-customer`);
      await searchPageSettled(page);
      await expect(page.locator('[data-search-results] .search-result__title a').first().getAttribute('href')).resolves.toBe(
        `${subPathBase}situations/angry-customer/`,
      );
      await page.check('input[data-filter="type"][value="tip"]');
      await page.waitForURL((url) => url.pathname === `${subPathBase}search/` && url.search === '?situation=angry-customer&type=tip');
      await searchPageSettled(page);
      const types = await page.locator('[data-search-results] .search-result__type').allTextContents();
      expect(types.length).toBeGreaterThan(0);
      expect(new Set(types)).toEqual(new Set(['Tip']));
      await page.close();
    });
  },
  subPathBase,
);
