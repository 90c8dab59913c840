// A worker who types "knife" or "scared" needs the safety path before anything
// that happens to use the word: in the header's dialog and on the search page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser } from '../helpers/browser-suite';
import { openSearchDialog, searchInDialog, searchPageSettled } from '../helpers/search';
import { builtSite } from '../helpers/site';

const safetyPage = '/situations/you-feel-unsafe/';
const words = ['knife', 'gun', 'weapon', 'hit', 'punch', 'spit', 'threat', 'scared', 'unsafe', 'security', 'police', 'emergency', 'harassment'];
const phrases = ['he has a knife', 'customer threatened to punch me', 'should I call the police', 'I feel scared at the front desk'];

describeInBrowser('search: the safety words bring the safety path first', builtSite, (ctx) => {
  let dialog: Page;
  let searchPage: Page;

  beforeAll(async () => {
    dialog = await ctx().browser.newPage();
    await dialog.goto(`${ctx().server.url}about/`);
    await openSearchDialog(dialog);
    searchPage = await ctx().browser.newPage();
  });

  afterAll(async () => {
    await dialog.close();
    await searchPage.close();
  });

  it.each([...words, ...phrases])('"%s" in the dialog', async (query) => {
    const results = await searchInDialog(dialog, query);
    expect(results[0], `results for "${query}": ${results.slice(0, 3).join(', ')}`).toBe(safetyPage);
  });

  it.each([...words, ...phrases])('"%s" on the search page', async (query) => {
    await searchPage.goto(`${ctx().server.url}search/?${new URLSearchParams({ q: query }).toString()}`);
    await searchPageSettled(searchPage);
    const first = await searchPage.locator('[data-search-results] .search-result__title a').first().getAttribute('href');
    expect(first).toBe(safetyPage);
  });

  it('leaves other searches alone: "policy" does not bring the safety path first', async () => {
    const results = await searchInDialog(dialog, 'refund policy');
    expect(results[0]).not.toBe(safetyPage);
  });
});
