import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-suite';
import { builtSite } from '../helpers/site';

const pagesToCheck = [
  'worksheets/',
  'worksheets/for/angry-customer/',
  'worksheets/parent-adult-or-child/',
  'worksheets/pocket-cards/',
];

describeInBrowser('the worksheets in Chromium', builtSite, (ctx) => {
  it('filters the index by situation with plain links', async () => {
    const page = await ctx().browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${ctx().server.url}worksheets/`);
    const all = await page.locator('.card-grid > li').count();
    const chip = page.locator('.ws-filter a', { hasText: 'An angry customer' });
    const label = (await chip.textContent()) ?? '';
    await chip.click();
    await page.waitForURL(/\/worksheets\/for\/angry-customer\/$/);
    const shown = await page.locator('.card-grid > li').count();
    expect(label).toContain(`(${shown})`);
    expect(shown).toBeLessThan(all);
    await expect(page.locator('.ws-filter a[aria-current="page"]').textContent()).resolves.toContain('An angry customer');
    await page.close();
  });

  it('offers both PDFs from a worksheet page, and they are PDFs', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}worksheets/i-message-builder/`);
    const links = page.locator('.ws-downloads a');
    await expect(links.count()).resolves.toBe(2);
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))) {
      const response = await page.request.get(new URL(href, ctx().server.url).href);
      expect(response.status(), href).toBe(200);
      expect((await response.body()).subarray(0, 5).toString(), href).toBe('%PDF-');
    }
    await page.close();
  });

  it('prints as a handout: no downloads panel, no site header', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}worksheets/sources-of-influence/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ws-downloads').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.ws-table').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('fits a phone screen without scrolling sideways', async () => {
    const page = await ctx().browser.newPage({ viewport: { width: 360, height: 740 } });
    const overflowing: string[] = [];
    for (const path of pagesToCheck) {
      await page.goto(ctx().server.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (width > 0) overflowing.push(`/${path}: ${width}px too wide`);
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });
});
