import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Opens the header's search dialog with the `/` key and waits for its input to have focus. */
export async function openSearchDialog(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.locator('dialog.search-dialog[open] input[type="search"]').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-input');
}

/**
 * Types a query into the open dialog (one input event, as a paste would) and
 * returns the result links in order, once the dialog shows that query's answer.
 */
export async function searchInDialog(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-dialog-input', query);
  await page.locator(`.search-dialog__body[data-query="${cssString(query)}"]`).waitFor();
  return page.locator('.search-dialog__body .search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Types a query into the search page's field (one input event) and returns the result links in order, once they answer it. */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await page.fill('[data-search-input]', query);
  await searchPageSettled(page);
  return page.locator('[data-search-results] .search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Waits until the search page shows the results for its current URL. */
export async function searchPageSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const results = document.querySelector<HTMLElement>('[data-search-results]');
    return results?.dataset['state'] === `${location.pathname}${location.search}`;
  });
}

/** The filter pane's count for one value, as shown: "(12)" gives 12; a hidden value counts 0. */
export async function shownCount(page: Page, filter: string, slug: string): Promise<number> {
  const box = page.locator(`input[data-filter="${filter}"][value="${slug}"]`);
  const item = box.locator('xpath=ancestor::li[1]');
  if (await item.isHidden()) return 0;
  const text = (await item.locator('[data-count]').textContent()) ?? '';
  const match = /\((\d+)\)/.exec(text);
  if (!match?.[1]) throw new Error(`No count next to ${filter}=${slug}: "${text}"`);
  return Number(match[1]);
}

/** The number the status line gives ("12 results for ..."). */
export async function statusCount(page: Page): Promise<number> {
  const text = (await page.locator('[data-search-status]').textContent()) ?? '';
  if (text.startsWith('No results')) return 0;
  const match = /^(\d+) results?/.exec(text);
  if (!match?.[1]) throw new Error(`The status line gives no count: "${text}"`);
  return Number(match[1]);
}

/** Every result link on the search page, after pressing "Show more results" until there are no more. */
export async function allPageResults(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] .search-result').count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] .search-result').length > count, before);
  }
  return page.locator('[data-search-results] .search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

function cssString(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}

/** The address of the page a Pagefind fragment file holds (gzipped JSON after Pagefind's signature). */
export function fragmentPage(file: Buffer): string {
  const text = gunzipSync(file).toString('utf8').replace(/^pagefind_dcd/, '');
  const fragment: unknown = JSON.parse(text);
  const url = typeof fragment === 'object' && fragment !== null ? Reflect.get(fragment, 'url') : undefined;
  if (typeof url !== 'string') throw new Error(`A Pagefind fragment without a url: ${text.slice(0, 80)}`);
  return url;
}

/** Resolves once a page has made no request for `ms` and has none in flight. Call it before the activity it waits out. */
export function networkQuiet(page: Page): (ms: number) => Promise<void> {
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  const settle = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return async (ms) => {
    while (inFlight > 0 || Date.now() - lastActivity < ms) await new Promise((done) => setTimeout(done, 25));
  };
}
