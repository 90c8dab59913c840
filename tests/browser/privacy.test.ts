// Every kind of page, used as a reader would, with every request to another
// host blocked: none may be attempted, and the console must show no error and
// no Content Security Policy violation. The server sends the build's _headers,
// so each page runs under both its CSP <meta> and the CSP header.
import { expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser } from '../helpers/browser-suite';
import { openSearchDialog, searchInDialog, searchPageSettled } from '../helpers/search';
import { builtSite } from '../helpers/site';

interface Watch {
  offHost: string[];
  problems: string[];
}

/** Blocks and records requests to other hosts; records console errors, CSP reports, page errors and DevTools issues. */
async function watch(context: BrowserContext, page: Page, origin: string): Promise<Watch> {
  const seen: Watch = { offHost: [], problems: [] };
  const where = () => new URL(page.url()).pathname;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    seen.offHost.push(`${where()}: ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin && !seen.offHost.some((entry) => entry.endsWith(url))) seen.offHost.push(`${where()}: ${url}`);
  });
  await context.exposeBinding('reportCspViolation', (_source, text: string) => {
    seen.problems.push(`${where()}: securitypolicyviolation ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report: unknown = Reflect.get(window, 'reportCspViolation');
      if (typeof report === 'function') report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /content security policy/i.test(message.text())) seen.problems.push(`${where()}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.problems.push(`${where()}: uncaught ${error.message}`));
  // What DevTools shows that the console API does not: browser-side errors and "Issues" (CSP, deprecations...).
  const cdp = await context.newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' || entry.source === 'security') seen.problems.push(`${where()}: ${entry.source} ${entry.level}: ${entry.text}`);
  });
  cdp.on('Audits.issueAdded', ({ issue }) => seen.problems.push(`${where()}: DevTools issue ${issue.code}: ${JSON.stringify(issue.details).slice(0, 300)}`));
  await cdp.send('Log.enable');
  await cdp.send('Audits.enable');
  return seen;
}

describeInBrowser('the site offline, under its Content Security Policy', builtSite, (ctx) => {
  it('visits every page type, searches and opens the dialog, attempting no other host and showing no error', async () => {
    const context = await ctx().browser.newContext();
    const page = await context.newPage();
    const base = ctx().server.url;
    const seen = await watch(context, page, new URL(base).origin);
    const visit = (path: string) => page.goto(base + path, { waitUntil: 'networkidle' });
    // Checked after each step, so a failure names the cause rather than what it broke.
    const expectClean = () => {
      expect(seen.offHost).toEqual([]);
      expect(seen.problems).toEqual([]);
    };

    const home = await page.goto(base, { waitUntil: 'networkidle' });
    expect(home?.headers()['content-security-policy'], 'the server must send the CSP header from _headers').toContain("frame-ancestors 'none'");
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');

    for (const path of [
      'situations/angry-customer/',
      'tools/i-message/',
      'tips/name-the-emotion/',
      'case-studies/angela-and-yolanda/',
      'scenarios/haggling-customer/',
      'tips/',
      'situations/',
      'worksheets/',
      'worksheets/i-message-builder/',
      'worksheets/for/angry-customer/',
      'sources/',
      'about/',
    ]) {
      await visit(path);
      await expect(page.locator('h1').count(), path).resolves.toBe(1);
    }
    expectClean();

    const missing = await page.goto(`${base}no-such-page/`, { waitUntil: 'networkidle' });
    expect(missing?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe("We can’t find that page");
    // Chrome reports the 404 status of the page itself; that one is the point of the page, any other is not.
    const notFound = /^\/no-such-page\/: (console error|network error): Failed to load resource: the server responded with a status of 404 \(Not Found\)$/;
    expect(seen.problems.filter((problem) => notFound.test(problem))).toHaveLength(2);
    seen.problems = seen.problems.filter((problem) => !notFound.test(problem));

    // The search page: Pagefind's engine, its WebAssembly and its worker, under the policy.
    await visit('search/');
    await page.locator('#search-query').pressSequentially('angry customer');
    await page.waitForURL((url) => url.searchParams.get('q') === 'angry customer');
    await searchPageSettled(page);
    expectClean();
    await expect(page.locator('[data-search-results] .search-result').count()).resolves.toBeGreaterThan(0);

    // The dialog: loaded by a dynamic import from the inline opener, its styles injected from script.
    await visit('tools/i-message/');
    await openSearchDialog(page);
    const results = await searchInDialog(page, 'customer is drunk');
    expectClean();
    expect(results.length).toBeGreaterThan(0);
    await expect(page.locator('.search-dialog').evaluate((dialog) => getComputedStyle(dialog).position)).resolves.toBe('fixed');
    await Promise.all([page.waitForURL(`**${results[0]}`), page.locator('.search-dialog__body .search-result__title a').first().click()]);
    await page.waitForLoadState('networkidle');

    expectClean();
    await context.close();
  });
});
