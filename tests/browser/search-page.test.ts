// The search page: state in the URL, filters that narrow with counts that
// match what ticking them gives, browsing without a query, Back and Forward,
// the empty state, and what it says without JavaScript.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { searchTypes } from '../../src/search/facets';
import { axeViolations } from '../helpers/axe';
import { describeInBrowser } from '../helpers/browser-suite';
import { allPageResults, fragmentPage, networkQuiet, searchPageSettled, shownCount, statusCount } from '../helpers/search';
import { builtSite } from '../helpers/site';

/** Entries of one kind in content/: the search page must count each, whatever the build wrote. */
function contentEntries(kind: string): number {
  return readdirSync(join('content', kind)).filter((name) => /\.mdx?$/.test(name)).length;
}

/** Worksheets defined in worksheets/: each has one page in the index, which links its PDFs. */
function definedWorksheets(): number {
  return readdirSync('worksheets').filter((name) => /\.ya?ml$/.test(name)).length;
}

describeInBrowser('search page', builtSite, (ctx) => {
  it('reads the query and the filters from the URL', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}search/?q=angry&type=tip`);
    await searchPageSettled(page);
    await expect(page.inputValue('[data-search-input]')).resolves.toBe('angry');
    await expect(page.isChecked('input[data-filter="type"][value="tip"]')).resolves.toBe(true);
    const types = await page.locator('[data-search-results] .search-result__type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Tip']));
    await expect(page.locator('[data-search-results] mark').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('reads ahead while a word is typed: its last key downloads nothing the first results need', async () => {
    const page = await ctx().browser.newPage();
    const quiet = networkQuiet(page);
    await page.goto(`${ctx().server.url}search/`);
    await page.locator('[data-search-input]').pressSequentially('they want my manage', { delay: 60 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['showing']?.endsWith('?q=they+want+my+manage'));
    await quiet(500);
    const afterLastKey: Array<Promise<string>> = [];
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('.pf_fragment')) afterLastKey.push(request.response().then(async (response) => fragmentPage((await response?.body()) ?? Buffer.alloc(0))));
    });
    await page.keyboard.press('r');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['showing']?.endsWith('?q=they+want+my+manager'));
    const firstResults = await page.locator('[data-search-results] .search-result__title a').evaluateAll((links) => links.slice(0, 5).map((link) => link.getAttribute('href')));
    await quiet(250);
    const downloaded = await Promise.all(afterLastKey);
    expect(firstResults).toHaveLength(5);
    expect(downloaded.filter((url) => firstResults.includes(url))).toEqual([]);
    await page.close();
  });

  it('does not shift the page when the results of a shared link arrive, on a phone and a desktop', async () => {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
      const page = await ctx().browser.newPage({ viewport });
      await page.goto(`${ctx().server.url}search/?q=angry+customer`);
      await searchPageSettled(page);
      // Layout shifts as Chromium reports them for Cumulative Layout Shift (Lighthouse failed 0.15 before the results' room was reserved).
      const shift = await page.evaluate(async () => {
        // The results are in the page; a shift they cause is reported when the
        // frame that lays them out renders. A second animation frame callback
        // runs after that frame.
        await new Promise((rendered) => requestAnimationFrame(() => requestAnimationFrame(rendered)));
        // Observing with `buffered` queues every shift reported so far at once,
        // so takeRecords() has them all, or none when nothing moved.
        const observer = new PerformanceObserver(() => undefined);
        observer.observe({ type: 'layout-shift', buffered: true });
        const entries = observer.takeRecords();
        observer.disconnect();
        let total = 0;
        for (const entry of entries) {
          if ('value' in entry && typeof entry.value === 'number' && !('hadRecentInput' in entry && entry.hadRecentInput)) total += entry.value;
        }
        return total;
      });
      expect(shift, `layout shift at ${viewport.width} px`).toBeLessThan(0.05);
      await page.close();
    }
  });

  it('counts each type, with no query, as many pages as the build has', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}search/`);
    await searchPageSettled(page);
    await expect(shownCount(page, 'type', 'situation')).resolves.toBe(contentEntries('situations'));
    await expect(shownCount(page, 'type', 'tool')).resolves.toBe(contentEntries('tools'));
    await expect(shownCount(page, 'type', 'tip')).resolves.toBe(contentEntries('tips'));
    await expect(shownCount(page, 'type', 'case-study')).resolves.toBe(contentEntries('case-studies'));
    await expect(shownCount(page, 'type', 'scenario')).resolves.toBe(contentEntries('scenarios'));
    expect(definedWorksheets()).toBeGreaterThan(0);
    await expect(shownCount(page, 'type', 'worksheet')).resolves.toBe(definedWorksheets());
    await page.close();
  });

  it('narrows with each filter, and each count is what ticking it gives', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}search/?q=angry`);
    await searchPageSettled(page);
    const all = await statusCount(page);

    const tools = await shownCount(page, 'type', 'tool');
    await page.check('input[data-filter="type"][value="tool"]');
    await searchPageSettled(page);
    await expect(statusCount(page)).resolves.toBe(tools);
    expect(tools).toBeLessThan(all);
    expect(new Set(await page.locator('[data-search-results] .search-result__type').allTextContents())).toEqual(new Set(['Tool']));

    // Values of one filter combine with "or": ticking Tip adds the tips.
    const tips = await shownCount(page, 'type', 'tip');
    await page.check('input[data-filter="type"][value="tip"]');
    await searchPageSettled(page);
    await expect(statusCount(page)).resolves.toBe(tools + tips);

    // Another filter combines with "and"; its counts already account for the types ticked.
    const phone = await shownCount(page, 'channel', 'phone');
    await page.check('input[data-filter="channel"][value="phone"]');
    await searchPageSettled(page);
    await expect(statusCount(page)).resolves.toBe(phone);
    expect(phone).toBeLessThanOrEqual(tools + tips);
    expect(new URL(page.url()).search).toBe('?q=angry&type=tool&type=tip&channel=phone');

    // And every situation's count is the number of results ticking it gives.
    for (const slug of ['angry-customer', 'not-your-fault', 'on-the-phone']) {
      const expected = await shownCount(page, 'situation', slug);
      await page.check(`input[data-filter="situation"][value="${slug}"]`);
      await searchPageSettled(page);
      if (expected === 0) await expect(page.locator('[data-search-results] .search-result').count()).resolves.toBe(0);
      else await expect(statusCount(page)).resolves.toBe(expected);
      await expect(allPageResults(page).then((links) => links.length)).resolves.toBe(expected);
      await page.uncheck(`input[data-filter="situation"][value="${slug}"]`);
      await searchPageSettled(page);
    }
    await page.close();
  });

  it('filters all that matches: each type keeps every page of that type holding the query, however low it ranks overall', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}search/`);
    await searchPageSettled(page);
    const query = 'angry';
    // Pagefind itself, asked for the word with the filter: every page of that
    // type whose text holds it. Written as text: vitest would rewrite an
    // import() in a function passed to the page.
    const answer: unknown = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '/' });
      const byType = {};
      for (const { slug, label } of ${JSON.stringify(searchTypes)}) {
        const { results } = await pagefind.search(${JSON.stringify(query)}, { filters: { type: { any: [label] } } });
        byType[slug] = await Promise.all(results.map(async (hit) => (await hit.data()).url));
      }
      return byType;
    })()`);
    const holding: Record<string, string[]> = Object.fromEntries(
      searchTypes.map(({ slug }) => {
        const urls: unknown = typeof answer === 'object' && answer !== null ? Reflect.get(answer, slug) : undefined;
        return [slug, Array.isArray(urls) ? urls.map(String) : []];
      }),
    );
    expect(holding['scenario']?.length, 'the handbook has scenarios that say "angry"').toBeGreaterThan(0);
    for (const [type, urls] of Object.entries(holding)) {
      await page.goto(`${ctx().server.url}search/?q=${query}&type=${type}`);
      await searchPageSettled(page);
      const shown = new Set(await allPageResults(page));
      for (const url of urls) expect(shown.has(url), `${url} for "${query}" filtered by ${type}`).toBe(true);
    }
    await page.close();
  });

  it('browses a situation without a query: its page first, then everything tagged with it', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}situations/its-escalating/`);
    const tagged = await page.locator('.more a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(tagged.length).toBeGreaterThan(0);
    await page.goto(`${ctx().server.url}search/?situation=its-escalating`);
    await searchPageSettled(page);
    const results = await allPageResults(page);
    expect(results[0]).toBe('/situations/its-escalating/');
    for (const href of tagged) expect(results).toContain(href);
    // Without a query a result shows its summary, not an excerpt.
    await expect(page.locator('[data-search-results] mark').count()).resolves.toBe(0);
    await page.close();
  });

  it('walks back and forward through queries and filters', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}search/`);
    await searchPageSettled(page);
    await page.locator('[data-search-input]').pressSequentially('angry customer');
    await page.waitForURL((url) => url.search === '?q=angry+customer');
    await searchPageSettled(page);
    await expect(page.inputValue('[data-search-input]')).resolves.toBe('angry customer');
    await page.locator('[data-search-input]').fill('angry');
    await page.waitForURL((url) => url.search === '?q=angry');
    await searchPageSettled(page);
    await page.check('input[data-filter="type"][value="situation"]');
    await page.waitForURL((url) => url.search === '?q=angry&type=situation');
    await searchPageSettled(page);

    await page.goBack();
    await searchPageSettled(page);
    expect(new URL(page.url()).search).toBe('?q=angry');
    await expect(page.isChecked('input[data-filter="type"][value="situation"]')).resolves.toBe(false);
    await expect(page.inputValue('[data-search-input]')).resolves.toBe('angry');

    await page.goBack();
    await searchPageSettled(page);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.inputValue('[data-search-input]')).resolves.toBe('');

    await page.goForward();
    await page.goForward();
    await searchPageSettled(page);
    await expect(page.isChecked('input[data-filter="type"][value="situation"]')).resolves.toBe(true);
    await expect(page.locator('[data-search-results] .search-result__title a').first().getAttribute('href')).resolves.toBe('/situations/angry-customer/');
    await page.close();
  });

  it('comes back from a result opened after "Show more" to the same results, scrolled where the reader left them', async () => {
    const page = await ctx().browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx().server.url}search/?q=angry`);
    await searchPageSettled(page);
    const results = page.locator('[data-search-results] .search-result');
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] .search-result').length > 20);
    const shown = await results.count();
    const link = page.locator('[data-search-results] .search-result__title a').nth(shown - 2);
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);

    await page.goBack();
    await searchPageSettled(page);
    await expect(results.count()).resolves.toBe(shown);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(scrolled);
    await page.close();
  });

  it('keeps in the history what was typed when a result is opened at once, before the address caught up', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}search/`);
    await searchPageSettled(page);
    await page.locator('[data-search-input]').pressSequentially('angry customer', { delay: 20 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['showing']?.endsWith('?q=angry+customer'));
    // The address is written when typing pauses (300 ms): the reader is quicker.
    await page.locator('[data-search-results] .search-result__title a').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    await page.goBack();
    await searchPageSettled(page);
    expect(new URL(page.url()).search).toBe('?q=angry+customer');
    await expect(page.inputValue('[data-search-input]')).resolves.toBe('angry customer');
    await page.goBack();
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('suggests a spelling and the situations when nothing matches', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}search/?q=frustrtionn`);
    await searchPageSettled(page);
    const message = page.locator('[data-search-message]');
    // The status says there are no results; the message goes straight to what to do, not saying it again.
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^No results for “frustrtionn”/);
    await expect(message.textContent()).resolves.not.toMatch(/nothing|no results/i);
    await expect(message.locator('button').first().textContent()).resolves.toBe('Search for “frustration”');
    const situations = readdirSync('content/situations').filter((name) => name.endsWith('.mdx')).length;
    await expect(message.locator('a[href^="/situations/"]').count()).resolves.toBe(situations);
    await message.locator('button').first().click();
    await page.waitForURL((url) => url.search === '?q=frustration');
    await searchPageSettled(page);
    await expect(page.locator('[data-search-results] .search-result').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('names the words no page uses, and searches the rest', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}search/?q=angry+zzqx+qqvv+xxqz`);
    await searchPageSettled(page);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('No page uses “zzqx”, “qqvv”, or “xxqz”, so they were left out.');
    await expect(page.locator('[data-search-results] .search-result').count()).resolves.toBeGreaterThan(0);
    await page.goto(`${ctx().server.url}search/?q=angry+zzqx`);
    await searchPageSettled(page);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('No page uses “zzqx”, so it was left out.');
    await page.goto(`${ctx().server.url}search/?q=zzqx+angry+qqvv`);
    await searchPageSettled(page);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('No page uses “zzqx” or “qqvv”, so they were left out.');
    await page.close();
  });

  it('says what to do without JavaScript, and shows no filters that would do nothing', async () => {
    const context = await ctx().browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${ctx().server.url}tools/i-message/`);
    // The header offers a plain link to the search page instead of the dialog's button, its name in sight on a phone.
    await expect(page.locator('a.search-opener').getAttribute('href')).resolves.toBe('/search/');
    const link = await page.locator('a.search-opener').boundingBox();
    expect(link?.width ?? 0, 'the Search link shows its name').toBeGreaterThan(50);
    await page.goto(`${ctx().server.url}search/?q=angry`);
    const notice = page.locator('.search-page__nojs');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(/needs JavaScript/);
    await expect(notice.locator('a[href^="/situations/"]').count()).resolves.toBeGreaterThan(10);
    await expect(page.locator('[data-search-filters]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  // In the dark theme only the colours differ, so only the rules that read them run (tests/helpers/axe.ts).
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation, in the ${colorScheme} theme`, async () => {
      const page = await ctx().browser.newPage({ colorScheme });
      await page.goto(`${ctx().server.url}search/`);
      await searchPageSettled(page);
      await expect(axeViolations(page, colorScheme === 'light' ? 'all' : 'colour')).resolves.toEqual([]);
      await page.goto(`${ctx().server.url}search/?q=customer+is+drunk&channel=in-person`);
      await searchPageSettled(page);
      await expect(axeViolations(page, colorScheme === 'light' ? 'all' : 'colour')).resolves.toEqual([]);
      await page.goto(`${ctx().server.url}search/?q=qqqq+zzzz`);
      await searchPageSettled(page);
      await expect(axeViolations(page, colorScheme === 'light' ? 'all' : 'colour')).resolves.toEqual([]);
      await page.close();
    });
  }
});
