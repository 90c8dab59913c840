// Offline (issue 18): what a first visit stores in the background, what "Keep
// on this device" downloads and how long it takes on a slow connection, and
// the first view of a content page with the service worker registering.
// Figures, not pass/fail. The connection is simulated by a proxy in front of
// the static server (gzip on, as hosts compress text): Chromium's own
// throttling does not reach a service worker's requests.
import { join } from 'node:path';
import { launchChromium } from '../helpers/browser.ts';
import { budgets } from '../helpers/budgets.ts';
import { measureFirstView } from '../helpers/first-view.ts';
import { workerList } from '../helpers/offline.ts';
import { slowLink, slow4g } from '../helpers/slow-link.ts';
import { serveStatic } from '../helpers/static-server.ts';

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchOffline(siteDir) {
  const files = workerList(join(siteDir, 'sw.js'));
  const sum = (list) => list.reduce((total, file) => total + file.bytes, 0);
  const core = files.filter((file) => file.core);
  console.log(`\nOffline: the service worker lists ${files.length} files, ${mb(sum(files))} as built; a first visit stores ${core.length} of them, ${mb(sum(core))} as built`);

  const server = await serveStatic(siteDir, '/', { gzip: true });
  const link = slow4g;
  const browser = await launchChromium();
  try {
    // First view of a content page, with the worker registering after load (tests/browser/first-view.test.ts asserts the budget).
    const path = 'situations/angry-customer/';
    const { requests } = await measureFirstView(browser, server.url + path);
    const gzip = requests.reduce((total, request) => total + request.gzip, 0);
    const goal = budgets.firstView;
    console.log(`  first view of /${path} with the worker: ${requests.length} requests, ${kb(gzip)} gzipped (goal ${goal.requests} requests, ${kb(goal.gzipBytes)}: ${requests.length <= goal.requests && gzip <= goal.gzipBytes ? 'met' : 'MISSED'}) [${requests.map((request) => request.path).join(', ')}]`);

    const proxy = await slowLink(server.url, link);
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    let started = performance.now();
    await page.goto(proxy.url + path, { waitUntil: 'load' });
    const loaded = performance.now() - started;
    const pageBytes = proxy.carried();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const firstVisit = performance.now() - started;
    const firstVisitBytes = proxy.carried() - pageBytes;
    console.log(`  on a slow link (${link.downKbps / 1000} Mbps down, ${link.rttMs} ms round trip): the page loaded in ${(loaded / 1000).toFixed(2)} s (${kb(pageBytes)} sent); the worker then stored the first visit's files in ${((firstVisit - loaded) / 1000).toFixed(1)} s more (${mb(firstVisitBytes)} sent)`);

    await page.goto(`${proxy.url}offline/`);
    await page.locator('[data-keep-button]:not([hidden])').waitFor();
    const offered = await page.locator('[data-keep-status]').textContent();
    const before = proxy.carried();
    started = performance.now();
    await page.locator('[data-keep-button]').click();
    await page.waitForFunction(() => document.querySelector('[data-keep-status]')?.textContent?.startsWith('Everything'), null, { timeout: 600_000 });
    const keep = performance.now() - started;
    console.log(`  "Keep on this device" offered: "${offered}"`);
    console.log(`  "Keep on this device" on that link: ${(keep / 1000).toFixed(1)} s, ${mb(proxy.carried() - before)} sent (${mb(sum(files) - sum(core))} as built, less the pages already read)`);
    await context.close();
    await proxy.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
