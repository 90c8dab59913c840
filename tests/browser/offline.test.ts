// Offline and installable, in Chromium with the service worker allowed (other
// suites block it: tests/helpers/browser-suite.ts). A reader visits once,
// presses "Keep on this device", and the network is cut; a new build is
// served in place of the old; the same under a sub-path; and Chromium's own
// installability check reads the manifest.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../helpers/browser';
import { describeInBrowser } from '../helpers/browser-suite';
import { workerList } from '../helpers/offline';
import { openSearchDialog, searchInDialog, searchOnPage } from '../helpers/search';
import { makeSandbox, removeSandboxes, runAstro } from '../helpers/sandbox';
import { builtSite, builtSubPathSite, sampleWorkplaceFile, subPathBase } from '../helpers/site';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { localAddress } from '../../src/handbook/site-address';

const workDir = mkdtempSync(join(tmpdir(), 'offline-'));
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  removeSandboxes();
});

const withWorker = { serviceWorkers: 'allow', acceptDownloads: true } as const;

/** Policy errors the console reports: the worker and its registration must pass the CSP and Trusted Types as they are. */
function watchPolicy(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Opens a page and waits until its service worker is active: the files of a first visit are then stored. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

const heading = (page: Page) => page.locator('h1').first().innerText();

/** Presses "Keep on this device" on the offline page and waits for the end; returns every status the page showed. */
async function keepEverything(page: Page, base: string): Promise<string[]> {
  await visit(page, `${base}offline/`);
  await expect.poll(() => page.locator('[data-keep-status]').textContent()).toMatch(/Keeping the rest downloads \d/);
  await page.evaluate(() => {
    const status = document.querySelector('[data-keep-status]');
    const seen: string[] = [];
    Object.assign(window, { keepStatuses: seen });
    if (status) new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: /^Keep on this device \(\d/ }).click();
  await expect.poll(() => page.locator('[data-keep-status]').textContent(), { timeout: 60_000 }).toMatch(/^Everything is on this device/);
  return page.evaluate(() => ('keepStatuses' in window && Array.isArray(window.keepStatuses) ? window.keepStatuses.map(String) : []));
}

/** One page of every kind, with its heading. */
const pageTypes: Array<[string, string]> = [
  ['', 'Frontline Handbook'],
  ['situations/', 'What’s happening right now?'],
  ['situations/you-feel-unsafe/', 'You feel unsafe'],
  ['tools/', 'Tools'],
  ['tools/i-message/', ''],
  ['tips/name-the-emotion/', ''],
  ['case-studies/angela-and-yolanda/', ''],
  ['scenarios/haggling-customer/', ''],
  ['worksheets/', ''],
  ['worksheets/i-message-builder/', 'I-message builder'],
  ['worksheets/for/angry-customer/', ''],
  ['workshops/', 'Workshops'],
  ['workshops/one-practice-a-week/', ''],
  ['workshops/one-practice-a-week/at-a-glance/', ''],
  ['workshops/make-a-packet/', ''],
  ['about/', 'About this handbook'],
  ['sources/', 'Sources and credits'],
  ['search/?q=angry', 'Search the handbook'],
];

async function expectOpensOffline(page: Page, base: string, path: string, title: string): Promise<void> {
  const response = await page.goto(`${base}${path}`);
  expect(response?.status(), path).toBe(200);
  if (title) expect(await heading(page), path).toBe(title);
  else expect(await heading(page), path).not.toBe('Use the handbook offline');
  expect(await page.locator('[data-offline-missing]').count(), path).toBe(0);
}

function pdfChecks(file: string): { pdf: boolean; qpdf: number | null } {
  return { pdf: readFileSync(file).subarray(0, 5).toString('latin1') === '%PDF-', qpdf: spawnSync('qpdf', ['--check', file]).status };
}

describeInBrowser('offline, after one visit and "Keep on this device"', builtSite, (ctx) => {
  it('after one visit, search, the worksheet pages and the pages read open offline; an unread page says it is not on the device', async () => {
    const context = await ctx().browser.newContext(withWorker);
    const page = await context.newPage();
    const problems = watchPolicy(page);
    await visit(page, `${ctx().server.url}situations/angry-customer/`);
    await context.setOffline(true);

    for (const [path, title] of [['', 'Frontline Handbook'], ['worksheets/i-message-builder/', 'I-message builder'], ['situations/angry-customer/', 'An angry customer']] as const) {
      await expectOpensOffline(page, ctx().server.url, path, title);
    }
    // The page came from the device, and says so, quietly, in its footer.
    await expect.poll(() => page.locator('.device-line').textContent()).toContain('saved on this device');

    await page.goto(`${ctx().server.url}search/`);
    expect((await searchOnPage(page, 'customer yelling at me'))[0]).toContain('/situations/');

    await page.goto(`${ctx().server.url}tips/name-the-emotion/`);
    await expect(page.locator('[data-offline-missing]').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-offline-missing]').innerText()).toContain('the page at /tips/name-the-emotion/ is not on this device yet');

    const missing = await page.goto(`${ctx().server.url}no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(await heading(page)).toBe('We can’t find that page');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps everything on request, size first and progress after; offline, every page type opens, search answers, PDFs download and filled PDFs and packets are made', async () => {
    const context = await ctx().browser.newContext(withWorker);
    const page = await context.newPage();
    const problems = watchPolicy(page);
    const statuses = await keepEverything(page, ctx().server.url);
    expect(statuses.some((status) => /^Saving… \d+% \([\d.]+ (KB|MB) of [\d.]+ MB\)/.test(status)), statuses.join(' | ')).toBe(true);
    await context.setOffline(true);

    for (const [path, title] of pageTypes) await expectOpensOffline(page, ctx().server.url, path, title);

    // The header's search dialog.
    await page.goto(`${ctx().server.url}tools/i-message/`);
    await openSearchDialog(page);
    expect((await searchInDialog(page, 'refund refused')).length).toBeGreaterThan(0);

    // A worksheet's PDF, and the reader's answers as a filled PDF made on the device.
    await page.goto(`${ctx().server.url}worksheets/i-message-builder/`);
    const [blank] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="i-message-builder-a4.pdf"]').first().click()]);
    const blankFile = join(workDir, 'blank.pdf');
    await blank.saveAs(blankFile);
    expect(pdfChecks(blankFile)).toEqual({ pdf: true, qpdf: 0 });
    const field = page.locator('form textarea, form input[type="text"]').first();
    await field.fill('Made offline at the front desk');
    const [filled] = await Promise.all([page.waitForEvent('download'), page.locator('[data-form-download="a4"]').click()]);
    const filledFile = join(workDir, 'filled.pdf');
    await filled.saveAs(filledFile);
    expect(pdfChecks(filledFile)).toEqual({ pdf: true, qpdf: 0 });
    expect(spawnSync('pdftotext', [filledFile, '-'], { encoding: 'utf8' }).stdout).toContain('Made offline at the front desk');

    // A workshop packet.
    await page.goto(`${ctx().server.url}workshops/make-a-packet/`);
    await page.waitForFunction(() => document.querySelector('[data-packet-ready]')?.textContent?.startsWith('Ready'), null, { timeout: 30_000 });
    await page.getByRole('checkbox', { name: 'I-message builder', exact: true }).check();
    const [packet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the packet (PDF)' }).click()]);
    const packetFile = join(workDir, 'packet.pdf');
    await packet.saveAs(packetFile);
    expect(pdfChecks(packetFile)).toEqual({ pdf: true, qpdf: 0 });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when keeping stops for want of a network, and goes on from there when the reader presses again', async () => {
    const context = await ctx().browser.newContext(withWorker);
    const page = await context.newPage();
    await visit(page, `${ctx().server.url}offline/`);
    const status = () => page.locator('[data-keep-status]').textContent();
    await expect.poll(status).toMatch(/Keeping the rest downloads \d/);
    await context.setOffline(true);
    await page.getByRole('button', { name: /^Keep on this device \(\d/ }).click();
    await expect.poll(status).toMatch(/^Saving stopped: you seem to be offline\. What was saved stays on this device/);
    // And it stays: nothing the worker says afterwards takes its place.
    await page.waitForTimeout(1000);
    expect(await status()).toMatch(/^Saving stopped/);
    expect(await page.getByRole('button', { name: /^Keep on this device \(\d/ }).isVisible()).toBe(true);
    await context.setOffline(false);
    await page.getByRole('button', { name: /^Keep on this device \(\d/ }).click();
    await expect.poll(status, { timeout: 60_000 }).toMatch(/^Everything is on this device/);
    await context.close();
  });

  it('passes Chromium\'s installability check, with the manifest\'s icons, colours and start page', async () => {
    // A profile on disk: Chromium offers no installing in a private window, which every other context is.
    const profile = mkdtempSync(join(tmpdir(), 'offline-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, serviceWorkers: 'allow' });
    const page = context.pages()[0] ?? (await context.newPage());
    await visit(page, ctx().server.url);
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await session.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(`${ctx().server.url}manifest.webmanifest`);
    const parsed: unknown = JSON.parse(manifest.data ?? '{}');
    expect(parsed).toMatchObject({ name: 'Frontline Handbook', display: 'standalone', start_url: './' });
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});

describeInBrowser('installing the handbook', builtSite, (ctx) => {
  it('keeps everything on the device once installed, without being asked', async () => {
    const context = await ctx().browser.newContext(withWorker);
    const page = await context.newPage();
    await visit(page, ctx().server.url);
    // The device module runs on pages the worker serves.
    await page.reload();
    await page.waitForFunction(() => document.querySelector('.device-line') !== null);
    const stored = () =>
      page.evaluate(async () => {
        const names = await caches.keys();
        const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
        return counts.reduce((sum, count) => sum + count, 0);
      });
    const total = workerList(join(builtSite, 'sw.js')).length;
    expect(await stored()).toBeLessThan(total);
    // What Chromium fires when the reader installs: no headless browser can press its Install button.
    await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
    await expect.poll(stored, { timeout: 45_000, interval: 500 }).toBe(total);
    await context.close();
  });
});

describeInBrowser(
  'offline under a sub-path',
  builtSubPathSite,
  (ctx) => {
    it('registers the worker for the sub-path only, keeps everything, and works offline there', async () => {
      const context = await ctx().browser.newContext(withWorker);
      const page = await context.newPage();
      const problems = watchPolicy(page);
      await keepEverything(page, ctx().server.url);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(ctx().server.url);
      expect(ctx().server.url).toContain(subPathBase);
      await context.setOffline(true);
      for (const [path, title] of pageTypes.slice(0, 10)) await expectOpensOffline(page, ctx().server.url, path, title);
      await page.goto(`${ctx().server.url}search/`);
      expect((await searchOnPage(page, 'angry customer'))[0]).toBe(`${subPathBase}situations/angry-customer/`);
      await page.goto(`${ctx().server.url}worksheets/i-message-builder/`);
      const [blank] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="i-message-builder-a4.pdf"]').first().click()]);
      const blankFile = join(workDir, 'subpath.pdf');
      await blank.saveAs(blankFile);
      expect(pdfChecks(blankFile)).toEqual({ pdf: true, qpdf: 0 });
      await page.locator('form textarea, form input[type="text"]').first().fill('Made offline under a sub-path');
      const [filled] = await Promise.all([page.waitForEvent('download'), page.locator('[data-form-download="letter"]').click()]);
      const filledFile = join(workDir, 'subpath-filled.pdf');
      await filled.saveAs(filledFile);
      expect(spawnSync('pdftotext', [filledFile, '-'], { encoding: 'utf8' }).stdout).toContain('Made offline under a sub-path');
      expect(problems).toEqual([]);
      await context.close();
    });
  },
  subPathBase,
);

// At the root, and under a sub-path for a workplace with its contacts, as the test builds are.
const deployments = [
  { base: '/', built: builtSite, env: {} },
  { base: subPathBase, built: builtSubPathSite, env: { BASE_PATH: subPathBase, HANDBOOK_WORKPLACE_FILE: sampleWorkplaceFile } },
];

for (const { base, built, env } of deployments) describeInBrowser(`a new build served in place, at ${base}`, built, (ctx) => {
  const served = join(workDir, `served${base.replaceAll('/', '-')}`);
  let nextBuild = '';
  let server: StaticServer | undefined;
  const changedTip = 'tips/name-the-emotion/';
  const newWords = 'This sentence exists only in the next build.';

  beforeAll(async () => {
    // The next build: the same site with one tip changed, as a writer would deploy it.
    const sandbox = makeSandbox();
    const tip = join(sandbox, 'content/tips/name-the-emotion.mdx');
    const text = readFileSync(tip, 'utf8');
    const withNewWords = text.replace(/\n---\n/, `\n---\n\n${newWords}\n`);
    expect(withNewWords).not.toBe(text);
    writeFileSync(tip, withNewWords);
    nextBuild = join(workDir, `next${base.replaceAll('/', '-')}`);
    const { status, output } = runAstro(sandbox, ['build', '--outDir', nextBuild], { SITE_URL: localAddress, ...env });
    if (status !== 0) throw new Error(`The next build failed:\n${output}`);
    cpSync(built, served, { recursive: true });
    server = await serveStatic(served, base);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('offers to reload; after reload every file comes from the new build, online and offline', async () => {
    if (!server) throw new Error('no server');
    const context = await ctx().browser.newContext(withWorker);
    const page = await context.newPage();
    const problems = watchPolicy(page);
    await visit(page, `${server.url}${changedTip}`);
    await page.reload();
    expect(await page.locator('main').innerText()).not.toContain(newWords);

    // Deploy: the new build's files replace the old ones where they are served.
    rmSync(served, { recursive: true, force: true });
    cpSync(nextBuild, served, { recursive: true });

    // The old version still shows, whole, until the reader says so.
    await page.goto(`${server.url}situations/angry-customer/`);
    await page.locator('.device-prompt').waitFor({ timeout: 60_000 });
    expect(await page.locator('.device-prompt [role="status"]').innerText()).toBe('A new version of the handbook is ready.');
    await page.goto(`${server.url}${changedTip}`);
    expect(await page.locator('main').innerText()).not.toContain(newWords);

    await page.locator('.device-prompt').waitFor();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.locator('main').innerText()).toContain(newWords);

    expect(server.url).toContain(base);
    expect(await page.locator('.site-header__name').getAttribute('href')).toBe(base);
    // Everything stored is the new build's: the worker's list and the cache agree, file for file.
    const nextList = new Map(workerList(join(nextBuild, 'sw.js')).map((file) => [file.url, file.revision]));
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)));
      return keys.flat();
    });
    expect(stored.length).toBeGreaterThan(100);
    const notInNewBuild = stored.filter((key) => {
      const url = new URL(key);
      const revision = url.searchParams.get('__WB_REVISION__');
      return nextList.get(url.pathname) !== revision;
    });
    expect(notInNewBuild).toEqual([]);
    await context.setOffline(true);
    await page.goto(`${server.url}${changedTip}`);
    expect(await page.locator('main').innerText()).toContain(newWords);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('stops keeping, and says why, when a file changes on the server while it saves', async () => {
    if (!server) throw new Error('no server');
    const context = await ctx().browser.newContext(withWorker);
    const page = await context.newPage();
    await visit(page, `${server.url}offline/`);
    const status = () => page.locator('[data-keep-status]').textContent();
    await expect.poll(status).toMatch(/Keeping the rest downloads \d/);
    // A PDF of a later build, where this build's one was.
    const pdf = join(served, 'pdf/i-message-builder-a4.pdf');
    writeFileSync(pdf, Buffer.concat([readFileSync(pdf), Buffer.from('\n% a later build\n')]));
    await page.getByRole('button', { name: /^Keep on this device \(\d/ }).click();
    await expect.poll(status, { timeout: 40_000 }).toMatch(/^A new version of the handbook came out while saving/);
    await page.waitForTimeout(1000);
    expect(await status()).toMatch(/^A new version/);
    expect(await page.getByRole('button', { name: /^Keep on this device \(\d/ }).isVisible()).toBe(true);
    await context.close();
  });
});
