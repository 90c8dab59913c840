// Search figures, in Chromium on a local server:
//   - what a content page's first view downloads (search must add nothing);
//   - the bytes downloaded when search opens, and for a first query, raw and gzipped;
//   - the time from the last keystroke to the first result painted (median of several runs),
//     in the dialog and on the search page, with the CPU unthrottled and 4x slower.
// Goals: budgets.search in tests/helpers/budgets.ts.
//
// Run alone (npx picks the pinned Node 22): npx node tests/bench/search.mjs [built-site-dir]
// Without a folder it builds the site into tests/.output/bench-search first.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../helpers/browser.ts';
import { dialogFirstScreenful } from '../../src/search/first-screenful.ts';
import { budgets } from '../helpers/budgets.ts';
import { networkQuiet } from '../helpers/search.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { againstPrevious, saveFigures } from './figures.mjs';

const openGoalBytes = budgets.search.openGzipBytes;
const latencyGoalMs = budgets.search.latencyMs;
const queries = ['customer is drunk', 'yelling on the phone', 'not my fault', 'they want my manager', 'customer won\'t stop talking', 'refund outside our policy', 'too tired to deal with customers'];
const keyDelayMs = 60;

/** Counts what a page downloads: per response, raw bytes and gzipped bytes (what a server compressing text would send). */
function recorder(page) {
  const entries = [];
  const quiet = networkQuiet(page);
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    // A response still arriving when its page closes has no body left to count.
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    const type = response?.headers()['content-type'] ?? '';
    // Pagefind's .pagefind/.pf_* files are gzip already: servers send them as they are.
    const compressible = /text|javascript|json|xml|svg/.test(type);
    entries.push({ path: new URL(request.url()).pathname, raw: body.length, gzip: compressible ? gzipSync(body).length : body.length });
  });
  return {
    take() {
      return entries.splice(0, entries.length);
    },
    quiet: (ms = 250) => quiet(ms),
  };
}

function total(entries) {
  return entries.reduce((sum, entry) => ({ raw: sum.raw + entry.raw, gzip: sum.gzip + entry.gzip, requests: sum.requests + 1 }), { raw: 0, gzip: 0, requests: 0 });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function describe(label, entries) {
  const sum = total(entries);
  console.log(`  ${label}: ${sum.requests} requests, ${kb(sum.raw)} raw, ${kb(sum.gzip)} gzipped`);
  for (const entry of entries) console.log(`      ${entry.path.padEnd(58)} ${kb(entry.raw).padStart(9)} ${kb(entry.gzip).padStart(9)}`);
  return sum;
}

/**
 * Where a reader types: the header's dialog (on a situation page, opened with
 * "/") or the search page's field. Each says when its results answer a query.
 */
const surfaces = {
  dialog: {
    path: 'situations/angry-customer/',
    input: '#search-dialog-input',
    async open(page) {
      await page.keyboard.press('/');
      await page.locator('dialog.search-dialog[open]').waitFor();
    },
  },
  page: {
    path: 'search/',
    input: '[data-search-input]',
    async open(page) {
      await page.locator('[data-search-input]').focus();
    },
  },
};

/**
 * Types a query key by key and returns ms from the last keydown to the frame
 * that shows its first result (the dialog's list for that query, or the search
 * page's results for the address that query gives).
 */
async function timeQuery(page, surface, query) {
  await page.evaluate(
    ([expected, where]) => {
      window.__searchBench = new Promise((done) => {
        let lastKey = 0;
        document.addEventListener('keydown', () => (lastKey = performance.now()), { capture: true });
        const answered = () => {
          if (where === 'dialog') {
            const lists = document.querySelectorAll('.search-dialog__body .search-results');
            return [...lists].some((list) => list.dataset.query === expected && list.querySelector('.search-result'));
          }
          const results = document.querySelector('[data-search-results]');
          // data-showing: the first results drawn; builds before issue 19 only said when all had come (data-state).
          const showing = results?.dataset.showing ?? results?.dataset.state;
          return showing === `${location.pathname}?${new URLSearchParams({ q: expected })}` && results?.querySelector('.search-result') !== null;
        };
        const observer = new MutationObserver(() => {
          if (!answered()) return;
          observer.disconnect();
          // The results are in the DOM: the next frame paints them, right after its animation callbacks run.
          requestAnimationFrame(() => done(performance.now() - lastKey));
        });
        observer.observe(document.body, { attributes: true, childList: true, subtree: true });
      });
    },
    [query, surface],
  );
  await page.locator(surfaces[surface].input).pressSequentially(query, { delay: keyDelayMs });
  return page.evaluate(() => window.__searchBench);
}

/**
 * What Pagefind alone downloads to answer a query, in a fresh context: its
 * script, WebAssembly and index metadata, the index chunks holding the
 * query's words, and the files of its first screenful of results, with no
 * code of the handbook's and the whole query searched at once (no typing).
 * Pagefind 1.6 fixes both the engine (its WebAssembly is the same for every
 * site) and how much of the index one chunk holds (20,000 word positions), so
 * a search built on it cannot download less: the floor for the bytes to a
 * first result. Fewer files may answer a query that Pagefind, which wants
 * every word, finds no page for.
 */
function pagefindFloor(browser, server, query) {
  return bytesOfFirstSearch(browser, server, query, async (page, network) => {
    await page.evaluate(
      async ([words, shown]) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.options({ noWorker: true, baseUrl: '/' });
        await pagefind.init();
        const response = await pagefind.search(words);
        await Promise.all(response.results.slice(0, shown).map((hit) => hit.data()));
      },
      [query, dialogFirstScreenful],
    );
    await network.quiet();
  });
}

/** The bytes downloaded while `search` runs on a situation page, once that page has loaded, in a fresh context. */
async function bytesOfFirstSearch(browser, server, query, search) {
  const run = await browser.newContext();
  const runPage = await run.newPage();
  const runNetwork = recorder(runPage);
  await runPage.goto(`${server.url}situations/angry-customer/`);
  await runNetwork.quiet();
  runNetwork.take();
  await search(runPage, runNetwork);
  const sum = total(runNetwork.take());
  await run.close();
  return { query, ...sum };
}

const median = (runs) => [...runs].sort((a, b) => a.gzip - b.gzip)[Math.floor(runs.length / 2)];

/** Median of the last keystroke to the first result over the queries, each in a fresh context, with the CPU slowed `cpuRate` times. */
async function latency(browser, server, surface, cpuRate) {
  const timings = [];
  for (const query of queries) {
    const run = await browser.newContext();
    const runPage = await run.newPage();
    const runNetwork = recorder(runPage);
    const cdp = await run.newCDPSession(runPage);
    await runPage.goto(`${server.url}${surfaces[surface].path}`);
    await surfaces[surface].open(runPage);
    await runNetwork.quiet();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    timings.push({ query, ms: await timeQuery(runPage, surface, query) });
    await run.close();
  }
  const sorted = timings.map((timing) => timing.ms).sort((a, b) => a - b);
  return { runs: timings, medianMs: sorted[Math.floor(sorted.length / 2)] };
}

export async function benchSearch(siteDir) {
  let site = siteDir;
  if (!site) {
    site = resolve('tests/.output/bench-search');
    console.log(`search: building the site into ${site}...`);
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await serveStatic(site);
  const browser = await launchChromium();
  const results = {};
  try {
    console.log('search (Chromium, local server, no throttling; gzipped = what a server compressing text would send):');

    const context = await browser.newContext();
    const page = await context.newPage();
    const network = recorder(page);
    await page.goto(`${server.url}tools/i-message/`);
    await network.quiet();
    results.contentPage = describe('content page, first view', network.take());

    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await network.quiet();
    results.open = describe('opening search (/ pressed, until the network is quiet)', network.take());

    await page.locator('#search-dialog-input').pressSequentially('angry customer', { delay: keyDelayMs });
    await page.locator('.search-dialog__body[data-query="angry customer"]').waitFor();
    await network.quiet();
    results.firstQuery = describe('first query ("angry customer", typed)', network.take());
    await context.close();

    // Bytes from opening the header's search ("/") to its first result
    // painted, per query in a fresh context: what a reader's first search costs.
    const toFirstResult = [];
    for (const query of queries.slice(0, 5)) {
      toFirstResult.push(
        await bytesOfFirstSearch(browser, server, query, async (page) => {
          await surfaces.dialog.open(page);
          await timeQuery(page, 'dialog', query);
        }),
      );
    }
    const medianBytes = median(toFirstResult);
    results.toFirstResult = { runs: toFirstResult, medianGzip: medianBytes.gzip };
    console.log(
      `  opening the header's search to its first result painted, median of ${toFirstResult.length} queries: ${kb(medianBytes.gzip)} (goal ${kb(budgets.search.toFirstResultBytes)}: ${medianBytes.gzip <= budgets.search.toFirstResultBytes ? 'met' : 'MISSED'}; ${againstPrevious('search bytes to first result', medianBytes.gzip)}) [${toFirstResult.map((run) => `${run.query}: ${run.requests} files, ${kb(run.gzip)}`).join('; ')}]`,
    );
    const floor = [];
    for (const { query } of toFirstResult) floor.push(await pagefindFloor(browser, server, query));
    const floorBytes = median(floor).gzip;
    results.pagefindFloor = { runs: floor, medianGzip: floorBytes };
    console.log(
      `  Pagefind alone, the same queries (engine, index chunks, ${dialogFirstScreenful} results' files; the least any search on it downloads), median: ${kb(floorBytes)}; ` +
        `the handbook's search is ${(medianBytes.gzip / floorBytes).toFixed(2)}x that, the goal ${(budgets.search.toFirstResultBytes / floorBytes).toFixed(2)}x (${againstPrevious('pagefind floor bytes', floorBytes)}) ` +
        `[${floor.map((run) => `${run.query}: ${run.requests} files, ${kb(run.gzip)}`).join('; ')}]`,
    );

    // The search page loads search at once (engine, index metadata, and the
    // filter data it counts with), so it works the moment it shows.
    const pageContext = await browser.newContext();
    const searchPage = await pageContext.newPage();
    const pageNetwork = recorder(searchPage);
    await searchPage.goto(`${server.url}search/`);
    await pageNetwork.quiet();
    const pageEntries = pageNetwork.take();
    results.searchPage = describe('search page, first view (no query)', pageEntries);
    // The page starts the engine as it loads (a shared link's results come at
    // once): its code is what compares with opening the dialog.
    const isCode = (entry) => /\/search-page\.[\w-]+\.js$|\/pagefind\/pagefind(-worker)?\.js$/.test(entry.path);
    results.searchPageCode = total(pageEntries.filter(isCode));
    results.searchPageEngine = total(pageEntries.filter((entry) => !isCode(entry) && entry.path.startsWith('/pagefind/')));
    await pageContext.close();

    results.latency = {};
    console.log(`  last keystroke to first result painted, median of ${queries.length} queries (fresh browser context each, ${keyDelayMs} ms between keys):`);
    for (const surface of ['dialog', 'page']) {
      for (const cpuRate of [1, 4]) {
        const measured = await latency(browser, server, surface, cpuRate);
        results.latency[`${surface}-cpu${cpuRate}`] = measured;
        const nearLimit = cpuRate === 1 ? budgets.search.frameMs : budgets.search.throttledLatencyMs;
        const goal = ` (goal ${nearLimit} ms: ${measured.medianMs <= nearLimit ? 'met' : 'MISSED'}${cpuRate === 1 ? `; issue 4's ${latencyGoalMs} ms: ${measured.medianMs <= latencyGoalMs ? 'met' : 'MISSED'}` : ''}; ${againstPrevious(`search latency ${surface} cpu${cpuRate}`, measured.medianMs)})`;
        const spread = measured.runs.map((run) => run.ms.toFixed(0)).join(', ');
        console.log(`      ${`${surface === 'dialog' ? 'dialog' : 'search page'}, CPU ${cpuRate === 1 ? 'unthrottled' : '4x slower'}`.padEnd(34)} ${measured.medianMs.toFixed(1).padStart(7)} ms${goal}  [${spread}]`);
      }
    }

    // Not a goal, a check of the design: the dialog starts Pagefind's engine
    // (58 KB of WebAssembly) when it opens. On a slow network, typing at once,
    // it must still be ready by the last keystroke of a short query.
    const slow = [];
    for (const query of queries.slice(0, 3)) {
      const run = await browser.newContext();
      const runPage = await run.newPage();
      const cdp = await run.newCDPSession(runPage);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) });
      await runPage.goto(`${server.url}situations/angry-customer/`);
      await runPage.keyboard.press('/');
      await runPage.locator('dialog.search-dialog[open]').waitFor();
      slow.push({ query, ms: await timeQuery(runPage, 'dialog', query) });
      await run.close();
    }
    console.log('  same on a throttled network (1.6 Mbps down, 150 ms round trip), typing right after opening:');
    for (const timing of slow) console.log(`      ${timing.query.padEnd(40)} ${timing.ms.toFixed(1).padStart(7)} ms`);
    results.slowNetwork = slow;
    console.log(`  open search ${kb(results.open.gzip)} gzipped in the dialog (goal ${kb(openGoalBytes)}: ${results.open.gzip <= openGoalBytes ? 'met' : 'MISSED'})`);
    console.log(
      `  open the search page: its search code ${kb(results.searchPageCode.gzip)} gzipped (goal ${kb(openGoalBytes)}: ${results.searchPageCode.gzip <= openGoalBytes ? 'met' : 'MISSED'}); ` +
        `with the engine and index it starts at once ${kb(results.searchPageEngine.gzip)} more, and the page itself ${kb(results.searchPage.gzip - results.searchPageCode.gzip - results.searchPageEngine.gzip)}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchSearch(process.argv[2]);
  saveFigures();
}
