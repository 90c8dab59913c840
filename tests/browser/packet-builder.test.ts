// "Make a packet" in Chromium: a trainer picks sheets, reorders them, types a
// cover and downloads one PDF made on the device, with the network cut once
// the page has loaded. The file is then read by qpdf, pdf.js, poppler and PDFBox.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-suite';
import { embeddedFonts, fieldObjects, fieldValue, oneFieldPerPart, packetOutline, pageText, qpdfCheck, textFields } from '../helpers/packet-checks';
import { fillWithPdfbox, pdfbox } from '../helpers/pdf-tools';
import { builtSite } from '../helpers/site';

const workDir = mkdtempSync(join(tmpdir(), 'packet-builder-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const path = 'workshops/make-a-packet/';

async function openBuilder(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => document.querySelector('[data-packet-ready]')?.textContent?.startsWith('Ready'), null, { timeout: 30_000 });
}

const pick = (page: Page, title: string) => page.getByRole('checkbox', { name: title, exact: true });
const orderButton = (page: Page, action: string, title: string) => page.getByRole('button', { name: `${action} “${title}”` });
const orderTitles = (page: Page) => page.locator('[data-packet-order] .packet-order__title').allTextContents();

describeInBrowser('making a packet in Chromium', builtSite, (ctx) => {
  it('downloads, offline, one PDF of the chosen sheets in the chosen order behind the typed cover', async () => {
    const context = await ctx().browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openBuilder(page, ctx().server.url + path);
    const loaded = requests.length;
    await context.setOffline(true);

    for (const title of ['I-message builder', 'Role cards: the internet outage', 'Workshop evaluation', 'Pocket cards']) await pick(page, title).check();
    await orderButton(page, 'Move up', 'Pocket cards').click();
    // Focus stays on the sheet that moved, so a keyboard user can press again.
    await page.keyboard.press('Enter');
    await orderButton(page, 'Take out', 'Role cards: the internet outage').click();
    const chosen = ['I-message builder', 'Pocket cards', 'Workshop evaluation'];
    expect(await orderTitles(page)).toEqual(chosen);
    await page.getByLabel('Title').fill('Łódź team day: the angry caller');
    await page.getByLabel('Date').fill('Monday, December 7');
    await page.getByLabel('Trainer').fill('Dana Whitfield');
    await page.getByRole('radio', { name: 'A4' }).check();
    const pages = await page.evaluate(
      (titles) => titles.map((title) => Number(document.querySelector<HTMLInputElement>(`input[data-title="${title}"]`)?.dataset['pagesA4'])),
      chosen,
    );

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the packet (PDF)' }).click()]);
    const file = join(workDir, 'packet.pdf');
    await download.saveAs(file);
    await expect.poll(() => page.locator('[data-packet-status]').textContent()).toContain('Downloaded “Łódź team day: the angry caller”');
    expect(download.suggestedFilename()).toBe('łodz-team-day-the-angry-caller-a4.pdf');
    // Everything came from the site while the page loaded, and nothing was asked for after.
    expect(requests.every((url) => url.startsWith(ctx().server.url) || url.startsWith('blob:'))).toBe(true);
    expect(requests.slice(loaded).filter((url) => !url.startsWith('blob:'))).toEqual([]);

    expect(qpdfCheck(file).status).toBe(0);
    const fonts = embeddedFonts(file);
    expect(new Set(fonts).size).toBe(fonts.length);
    const outline = await packetOutline(file);
    expect(outline.titles).toEqual(['Łódź team day: the angry caller', ...chosen]);
    expect(outline.pages).toBe(1 + pages.reduce((sum, count) => sum + count, 0));
    expect(outline.starts).toEqual([1, 2, 2 + (pages[0] ?? 0), 2 + (pages[0] ?? 0) + (pages[1] ?? 0)]);
    const cover = pageText(file, 1).replace(/\s+/g, ' ');
    expect(cover).toContain('Łódź team day: the angry caller');
    expect(cover).toContain('Trainer: Dana Whitfield · Date: Monday, December 7 · Sheets: 3');
    chosen.forEach((title, index) => expect(cover).toContain(`${title}, page ${outline.starts[index + 1]}`));
    for (let number = 1; number <= outline.pages; number++) expect(pageText(file, number), `page ${number}`).toContain(`Page ${number} of ${outline.pages}`);
    expect(pageText(file, 2)).toContain('I-message builder');
    await context.close();
  });

  it.runIf(pdfbox.run)('gives every part its own field names, which pdf.js reads once each and PDFBox fills', async () => {
    const context = await ctx().browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await openBuilder(page, ctx().server.url + path);
    for (const title of ['Role play: the internet outage', 'Reframe the real problem', 'Workshop evaluation']) await pick(page, title).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the packet (PDF)' }).click()]);
    const file = join(workDir, 'fields.pdf');
    await download.saveAs(file);
    await context.close();

    const objects = await fieldObjects(file);
    const fields = textFields(objects);
    for (const field of fields) expect(objects[field]?.filter((o) => Reflect.get(Object(o), 'value') !== undefined), field).toHaveLength(1);
    const byPart = oneFieldPerPart(fields);
    expect([...byPart.keys()].sort()).toEqual(['cover', 'reframe-the-real-problem', 'role-play-isp-outage', 'workshop-evaluation']);
    const output = join(workDir, 'filled.pdf');
    const job = join(workDir, 'job.txt');
    writeFileSync(job, [file, output, ...[...byPart.values()].map((field) => `${field}\tСвети Никола, ${field}`), ''].join('\n'));
    const filled = fillWithPdfbox(job);
    expect(filled.status, filled.output).toBe(0);
    const values = await fieldObjects(output);
    for (const field of byPart.values()) expect(fieldValue(field, values), field).toBe(`Свети Никола, ${field}`);
  });

  it('keeps the choices on the device, and says what stops a packet before trying', async () => {
    const page = await ctx().browser.newPage({ viewport: { width: 390, height: 844 } });
    await openBuilder(page, ctx().server.url + path);
    await pick(page, 'Follow-up plan').check();
    await pick(page, 'Six check-up questions').check();
    await page.getByLabel('Title').fill('Tuesday refresher');
    await page.getByRole('radio', { name: 'A4' }).check();
    await page.reload();
    await expect.poll(() => orderTitles(page)).toEqual(['Follow-up plan', 'Six check-up questions']);
    expect(await page.getByLabel('Title').inputValue()).toBe('Tuesday refresher');
    expect(await page.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Taken out by mistake: Undo puts it back where it was.
    await orderButton(page, 'Take out', 'Follow-up plan').click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    expect(await orderTitles(page)).toEqual(['Follow-up plan', 'Six check-up questions']);

    await page.getByLabel('Title').fill('Team day 🎉');
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-cover-error="title"]').textContent()).toContain('can’t print “🎉”');
    await page.getByRole('button', { name: 'Download the packet (PDF)' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cover-title');

    await page.getByLabel('Title').fill('Team day');
    for (const title of ['Follow-up plan', 'Six check-up questions']) await pick(page, title).uncheck();
    expect(await page.locator('[data-packet-empty]').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Download the packet (PDF)' }).click();
    expect(await page.locator('[data-packet-note]').textContent()).toContain('Tick at least one sheet');
    await page.close();
  });
});
