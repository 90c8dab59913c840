// The budget of a content page's first view (issue 6): requests, JavaScript
// files, inline script and bytes, on an empty cache. Sizes and counts, not
// timings: `npm run bench` prints the same figures for people to read.
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-suite';
import { contentPages, firstViewBudget } from '../helpers/budgets';
import { measureFirstView } from '../helpers/first-view';
import { builtSite } from '../helpers/site';

const cases = contentPages.map((path) => ({ path, budget: firstViewBudget(path) }));

describeInBrowser('a content page on first view', builtSite, (ctx) => {
  it.each(cases)('/$path stays within $budget.requests requests, $budget.jsFiles JavaScript files, $budget.inlineScriptBytes B of inline script and $budget.gzipBytes B gzipped', async ({ path, budget }) => {
    const { requests, inlineScriptBytes } = await measureFirstView(ctx().browser, ctx().server.url + path);
    const listing = requests.map((r) => `${r.path} (${r.kind}, ${r.gzip} B gzipped)`).join(', ');
    expect(requests.length, listing).toBeGreaterThan(0);
    expect(requests.length, listing).toBeLessThanOrEqual(budget.requests);
    expect(requests.filter((r) => r.kind === 'js').length, listing).toBeLessThanOrEqual(budget.jsFiles);
    expect(inlineScriptBytes).toBeLessThanOrEqual(budget.inlineScriptBytes);
    expect(requests.reduce((sum, r) => sum + r.gzip, 0), listing).toBeLessThanOrEqual(budget.gzipBytes);
  });
});
