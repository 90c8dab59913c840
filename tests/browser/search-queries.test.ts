// What worried people type, and the page that must come up: the table in
// tests/browser/search-table.ts, and the example of every entry of
// content/search-words.yaml. Each runs in the header's dialog and on the
// search page, which must agree on the first three results.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readQueryWords } from '../../src/search/query-words-schema';
import { describeInBrowser } from '../helpers/browser-suite';
import { openSearchDialog, searchInDialog, searchOnPage } from '../helpers/search';
import { builtSite } from '../helpers/site';
import { readerQueries, type Place } from './search-table';

const examples = readQueryWords('content/search-words.yaml').examples.map(({ example, finds, entry }) => ({
  query: example,
  expected: finds,
  place: 'top three' as Place,
  entry,
}));
const rows = [...readerQueries.map((row) => ({ ...row, entry: 'table' })), ...examples];

function meets(results: readonly string[], expected: string, place: Place): boolean {
  return place === 'first' ? results[0] === expected : results.slice(0, 3).includes(expected);
}

describeInBrowser('search: what worried people type', builtSite, (ctx) => {
  let dialog: Page;
  let searchPage: Page;

  beforeAll(async () => {
    [dialog, searchPage] = await Promise.all([ctx().browser.newPage(), ctx().browser.newPage()]);
    await Promise.all([dialog.goto(`${ctx().server.url}about/`), searchPage.goto(`${ctx().server.url}search/`)]);
    await openSearchDialog(dialog);
  });

  afterAll(async () => {
    await Promise.all([dialog.close(), searchPage.close()]);
  });

  it('holds at least 80 queries in readers’ own words', () => {
    expect(readerQueries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(readerQueries.map((row) => row.query.toLowerCase())).size).toBe(readerQueries.length);
  });

  it.each(rows)('"$query" brings $expected $place, in the dialog and on the page ($entry)', async ({ query, expected, place }) => {
    const [inDialog, onPage] = await Promise.all([searchInDialog(dialog, query), searchOnPage(searchPage, query)]);
    const shown = (results: readonly string[]) => results.slice(0, 5).join(', ');
    expect(meets(inDialog, expected, place), `dialog, "${query}": ${shown(inDialog)}`).toBe(true);
    expect(meets(onPage, expected, place), `page, "${query}": ${shown(onPage)}`).toBe(true);
    expect(onPage.slice(0, 3), 'the dialog and the page agree on the first three').toEqual(inDialog.slice(0, 3));
  });
});
