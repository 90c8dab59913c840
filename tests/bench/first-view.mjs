// What a reader's browser downloads on the first view of a page: every
// request, and bytes raw and gzipped for HTML, CSS and JS, with the inline
// script. tests/browser/first-view.test.ts asserts the same budget on the same pages.
import { launchChromium } from '../helpers/browser.ts';
import { budgets, contentPages, firstViewBudget } from '../helpers/budgets.ts';
import { measureFirstView } from '../helpers/first-view.ts';
import { serveStatic } from '../helpers/static-server.ts';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Loads each page in Chromium on an empty cache and prints what it downloaded, by kind. */
export async function benchFirstView(siteDir, paths = ['', ...contentPages]) {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  const goal = budgets.firstView;
  console.log(`\nFirst view (empty cache; gzipped = what a host compressing text sends). Goal for a content page: at most ${goal.requests} requests, ${kb(goal.gzipBytes)} gzipped, no JS file, ${goal.inlineScriptBytes} B inline script; for a worksheet page, ${budgets.worksheetFirstView.requests} requests, ${kb(budgets.worksheetFirstView.gzipBytes)}, one JS file (the form)`);
  try {
    for (const path of paths) {
      const { requests, inlineScriptBytes } = await measureFirstView(browser, server.url + path);
      const byKind = (kind) => {
        const of = requests.filter((r) => r.kind === kind);
        return of.length === 0 ? `${kind} -` : `${kind} ${of.length}× ${kb(of.reduce((s, r) => s + r.raw, 0))}/${kb(of.reduce((s, r) => s + r.gzip, 0))}`;
      };
      const gzip = requests.reduce((s, r) => s + r.gzip, 0);
      const raw = requests.reduce((s, r) => s + r.raw, 0);
      const content = contentPages.includes(path);
      const own = firstViewBudget(path);
      const met = requests.length <= own.requests && gzip <= own.gzipBytes && requests.filter((r) => r.kind === 'js').length <= own.jsFiles && inlineScriptBytes <= own.inlineScriptBytes;
      console.log(
        `  /${path.padEnd(34)} ${requests.length} req, ${kb(raw)} raw, ${kb(gzip)} gzipped [${['html', 'css', 'js', 'other'].map(byKind).join('; ')}] inline script ${inlineScriptBytes} B${content ? (met ? '  (goal met)' : '  (goal MISSED)') : ''}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
