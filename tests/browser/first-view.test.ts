// The budget of a content page's first view (issue 6): requests, JavaScript
// files, inline script and bytes, on an empty cache. Sizes and counts, not
// timings: `npm run bench` prints the same figures for people to read.
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-suite';
import { budgets, contentPages } from '../helpers/budgets';
import { measureFirstView } from '../helpers/first-view';
import { builtSite } from '../helpers/site';

const budget = budgets.firstView;

describeInBrowser('a content page on first view', builtSite, (ctx) => {
  it.each(contentPages)(`/%s stays within ${budget.requests} requests, no JavaScript file, ${budget.inlineScriptBytes} B of inline script and ${budget.gzipBytes / 1024} KB gzipped`, async (path) => {
    const { requests, inlineScriptBytes } = await measureFirstView(ctx().browser, ctx().server.url + path);
    const listing = requests.map((r) => `${r.path} (${r.kind}, ${r.gzip} B gzipped)`).join(', ');
    expect(requests.length, listing).toBeGreaterThan(0);
    expect(requests.length, listing).toBeLessThanOrEqual(budget.requests);
    expect(requests.filter((r) => r.kind === 'js').map((r) => r.path)).toEqual([]);
    expect(inlineScriptBytes).toBeLessThanOrEqual(budget.inlineScriptBytes);
    expect(requests.reduce((sum, r) => sum + r.gzip, 0), listing).toBeLessThanOrEqual(budget.gzipBytes);
  });
});
