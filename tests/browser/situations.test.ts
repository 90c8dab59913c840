// A situation page is read on a phone in the middle of a hard moment: what to
// do and what to say must be on the first screen, the page must stay short,
// and printed it must fit a page or two to pin up by the desk.
import { readdirSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { slugOf } from '../../src/handbook/catalog';
import { describeInBrowser } from '../helpers/browser-suite';
import { builtSite } from '../helpers/site';

const phone = { width: 390, height: 844 };
const maxScreens = 6;
const maxPrintedPages = 2;
const situations = readdirSync('content/situations').flatMap((name) => slugOf(name) ?? []);

describeInBrowser('situation pages on a phone and on paper', builtSite, (ctx) => {
  let page: Page;

  beforeAll(async () => {
    page = await ctx().browser.newPage({ viewport: phone });
  });

  afterAll(async () => {
    await page.close();
  });

  it('leads the home page with the safety path, in the first screen', async () => {
    await page.goto(ctx().server.url);
    const link = page.locator('.safety-link a');
    await expect(link.getAttribute('href')).resolves.toBe('/situations/you-feel-unsafe/');
    const box = await link.boundingBox();
    expect(box, 'the safety link is not rendered').not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(phone.height);
  });

  it.each(situations)('%s: first steps and a sentence to say fill the first screen; the page is at most 6 screens', async (slug) => {
    await page.goto(`${ctx().server.url}situations/${slug}/`);
    const say = page.locator('.first-steps .first-steps__say');
    await expect(say.textContent()).resolves.toMatch(/^Say: “.{10,}”$/);
    const box = await page.locator('.first-steps').boundingBox();
    expect(box, 'no first steps on the page').not.toBeNull();
    const bottom = (box?.y ?? Infinity) + (box?.height ?? 0);
    expect(bottom, `the first steps end ${Math.round(bottom - phone.height)} px below the first screen`).toBeLessThanOrEqual(phone.height);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / phone.height, `the page is ${(height / phone.height).toFixed(2)} screens long`).toBeLessThanOrEqual(maxScreens);
  });

  it.each(situations)('%s prints on at most two pages, A4 and Letter', async (slug) => {
    await page.goto(`${ctx().server.url}situations/${slug}/`);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await PDFDocument.load(await page.pdf({ format }));
      expect(pdf.getPageCount(), `${format} pages`).toBeLessThanOrEqual(maxPrintedPages);
    }
  });
});
