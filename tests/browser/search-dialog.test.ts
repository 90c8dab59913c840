// The search dialog in the header: nothing of it loads before the reader asks,
// it works by keyboard alone, and axe finds nothing wrong with it open.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { describeInBrowser } from '../helpers/browser-suite';
import { budgets } from '../helpers/budgets';
import { openSearchDialog, searchInDialog } from '../helpers/search';
import { builtSite } from '../helpers/site';

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusInDialog = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')));
const dialogOpen = (page: Page) => page.locator('dialog.search-dialog[open]').count().then((count) => count === 1);

/**
 * Adds a text field of the page's own (#some-field) and focuses it; with
 * `closeDialogFirst`, the dialog closes in the same task, just before, and
 * this resolves once the dialog's close event has been handled (the dialog's
 * own listener came first, so it has run by then).
 */
const focusNewPageField = (page: Page, closeDialogFirst = false) =>
  page.evaluate(
    (closeFirst) =>
      new Promise<void>((handled) => {
        const field = document.createElement('input');
        field.id = 'some-field';
        field.setAttribute('aria-label', 'Some field');
        document.querySelector('main')?.prepend(field);
        if (!closeFirst) {
          field.focus();
          handled();
          return;
        }
        const dialog = document.querySelector('dialog');
        if (!dialog) throw new Error('No dialog to close: open it first.');
        dialog.addEventListener('close', () => handled(), { once: true });
        dialog.close();
        field.focus();
      }),
    closeDialogFirst,
  );

describeInBrowser('search dialog', builtSite, (ctx) => {
  it('loads nothing of search on a content page until the reader opens it', async () => {
    const page = await ctx().browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${ctx().server.url}tools/i-message/`, { waitUntil: 'networkidle' });
    // The page and its stylesheet, nothing of search.
    expect(requests.filter((path) => !/^\/_astro\/(style|reading)\.[\w-]+\.css$/.test(path))).toEqual(['/tools/i-message/']);

    await openSearchDialog(page);
    await searchInDialog(page, 'angry');
    expect(requests.some((path) => path.startsWith('/_astro/search-dialog.'))).toBe(true);
    expect(requests).toContain('/pagefind/pagefind.js');
    await page.close();
  });

  it(`keeps the opener small: one inline script of at most ${budgets.searchOpener.bytes} B, no search module in the page`, () => {
    const html = readFileSync(join(builtSite, 'tools/i-message/index.html'), 'utf8');
    const opener = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').find((code) => code.includes('data-search-input'));
    expect(opener).toBeDefined();
    expect(Buffer.byteLength(opener ?? '')).toBeLessThanOrEqual(budgets.searchOpener.bytes);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/pagefind\.js/);
  });

  it('works by keyboard alone: open, search, go down the results, close, focus back', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}tools/i-message/`);
    // Tab from the top of the page to the Search button, then Enter.
    let found = false;
    for (let i = 0; i < 20 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.classList.contains('search-opener') ?? false);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await expect(activeId(page)).resolves.toBe('search-dialog-input');

    await page.keyboard.type('angry customer');
    await page.locator('.search-dialog__body[data-query="angry customer"]').waitFor();
    const first = await page.locator('.search-dialog__body .search-result__title a').first().getAttribute('href');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(activeId(page)).resolves.toBe('search-dialog-input');

    // Tab cycles inside the dialog, both ways.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      await expect(focusInDialog(page)).resolves.toBe(true);
    }
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Shift+Tab');
      await expect(focusInDialog(page)).resolves.toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect(dialogOpen(page)).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('search-opener'))).resolves.toBe(true);

    // Enter in the search field opens the first result.
    await page.keyboard.press('Enter');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await expect(page.inputValue('#search-dialog-input')).resolves.toBe('angry customer');
    await Promise.all([page.waitForURL((url) => url.pathname === first), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('opens with / and with Ctrl+K or Cmd+K, but not while typing in a field', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}situations/angry-customer/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await page.keyboard.type('a/b');
    await expect(page.inputValue('#search-dialog-input')).resolves.toBe('a/b');
    await page.keyboard.press('Escape');
    await expect(dialogOpen(page)).resolves.toBe(false);
    // Opened from nowhere in particular, focus comes back to the Search button.
    await page.waitForFunction(() => document.activeElement?.classList.contains('search-opener'));

    await page.keyboard.press('Meta+k');
    await expect(dialogOpen(page)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await expect(dialogOpen(page)).resolves.toBe(true);
    await page.keyboard.press('Escape');

    // A field of the page itself: typing "/" there types a slash.
    await focusNewPageField(page);
    await page.keyboard.type('1/2');
    await page.keyboard.press('Control+k');
    await expect(dialogOpen(page)).resolves.toBe(false);
    await expect(page.inputValue('#some-field')).resolves.toBe('1/2');
    await page.close();
  });

  it('leaves focus where it went if something took it in the moment the dialog closed', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}situations/angry-customer/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog[open]').waitFor();
    // The dialog's close event comes a task after close(); a field focused in
    // between (by the reader or a script) must keep its focus.
    await focusNewPageField(page, true);
    await expect(activeId(page)).resolves.toBe('some-field');
    await page.keyboard.type('1/2');
    await expect(page.inputValue('#some-field')).resolves.toBe('1/2');
    await expect(dialogOpen(page)).resolves.toBe(false);
    await page.close();
  });

  it('keeps every letter typed straight after / while the dialog is still loading', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}tools/i-message/`);
    await page.keyboard.press('/');
    await page.keyboard.type('yelling on the phone');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await expect(page.inputValue('#search-dialog-input')).resolves.toBe('yelling on the phone');
    await page.keyboard.type(' now');
    await expect(page.inputValue('#search-dialog-input')).resolves.toBe('yelling on the phone now');
    await page.close();
  });

  it("downloads the index for the handbook's words for a word while it is typed, not after its last letter", async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}tools/i-message/`);
    await openSearchDialog(page);
    // "drunk" is read as intoxicated and alcohol (content/search-words.yaml): words in other index chunks.
    await page.locator('#search-dialog-input').pressSequentially('customer is drun', { delay: 60 });
    await page.locator('.search-dialog__body[data-query="customer is drun"]').waitFor();
    const afterLastKey: string[] = [];
    page.on('request', (request) => afterLastKey.push(new URL(request.url()).pathname));
    await page.keyboard.press('k');
    await page.locator('.search-dialog__body[data-query="customer is drunk"]').waitFor();
    expect(afterLastKey.filter((path) => path.endsWith('.pf_index'))).toEqual([]);
    await expect(page.locator('.search-dialog__body .search-result__title a').first().getAttribute('href')).resolves.toBe('/situations/impaired-customer/');
    await page.close();
  });

  it('closes on a click outside it and suggests situations when nothing matches', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}tips/name-the-emotion/`);
    await openSearchDialog(page);
    const situations = readdirSync('content/situations').filter((name) => name.endsWith('.mdx')).length;
    await expect(page.locator('.search-dialog__body .search-suggestions a').count()).resolves.toBe(situations);
    await searchInDialog(page, 'frustrtionn');
    await expect(page.locator('#search-dialog-status').textContent()).resolves.toMatch(/No results/);
    await expect(page.locator('.search-dialog__body button').textContent()).resolves.toBe('Search for “frustration”');
    await page.locator('.search-dialog__body button').click();
    await page.locator('.search-dialog__body[data-query="frustration"]').waitFor();
    await expect(page.locator('.search-dialog__body .search-result').count()).resolves.toBeGreaterThan(0);
    await page.mouse.click(5, 5);
    await expect(dialogOpen(page)).resolves.toBe(false);
    await page.close();
  });

  // In the dark theme only the colours differ, so only the rules that read them run (tests/helpers/axe.ts).
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation with the dialog open, in the ${colorScheme} theme`, async () => {
      const page = await ctx().browser.newPage({ colorScheme });
      await page.goto(`${ctx().server.url}tools/i-message/`);
      await openSearchDialog(page);
      await expect(axeViolations(page, colorScheme === 'light' ? 'all' : 'colour')).resolves.toEqual([]);
      await searchInDialog(page, 'customer is drunk');
      await expect(axeViolations(page, colorScheme === 'light' ? 'all' : 'colour')).resolves.toEqual([]);
      await searchInDialog(page, 'qqqq zzzz');
      await expect(axeViolations(page, colorScheme === 'light' ? 'all' : 'colour')).resolves.toEqual([]);
      await page.close();
    });
  }
});
