// Answers kept on the device (issue 15): typed on a worksheet page, they come
// back after a reload, survive another tab, and are never lost without the
// page saying so, even when the browser keeps nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { readWorksheetAnswers } from '../../src/worksheets/fill-pdf';
import { answersKey } from '../../src/worksheets/form/answers';
import { fieldsOf, type WorksheetField } from '../../src/worksheets/fields';
import { describeInBrowser } from '../helpers/browser-suite';
import { builtSite } from '../helpers/site';
import { loadWorksheets } from '../helpers/worksheets';

const workDir = mkdtempSync(join(tmpdir(), 'worksheet-answers-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const sheets = loadWorksheets().filter(({ sheet }) => fieldsOf(sheet).length > 0);
const scripts = 'Łódź żółć, Ελληνικά, Київ Ёлка';

/** The value this test gives a field: words in several scripts, a tick, or a choice's last option. */
function answerFor(field: WorksheetField, index: number): string | boolean {
  if (field.type === 'check') return index % 2 === 0;
  if (field.type === 'choice') return field.options[field.options.length - 1]?.value ?? '';
  return `${index + 1}: ${scripts}`;
}

async function fill(page: Page, field: WorksheetField, value: string | boolean): Promise<void> {
  const control = page.locator(`[name="${field.name}"]`);
  if (field.type === 'choice') await page.locator(`[name="${field.name}"][value="${String(value)}"]`).check();
  else if (field.type === 'check') await control.setChecked(value === true);
  else await control.fill(String(value));
}

async function valueOf(page: Page, field: WorksheetField): Promise<string | boolean> {
  if (field.type === 'choice') return (await page.locator(`[name="${field.name}"]:checked`).getAttribute('value')) ?? '';
  if (field.type === 'check') return page.locator(`[name="${field.name}"]`).isChecked();
  return page.locator(`[name="${field.name}"]`).inputValue();
}

async function openSheet(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-form-bar]:not([hidden])').waitFor();
  return page;
}

describeInBrowser('answers kept on the device', builtSite, (ctx) => {
  it.each(sheets)('$slug: every answer typed comes back after a reload, in every script', async ({ slug, sheet }) => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/${slug}/`);
    const fields = fieldsOf(sheet);
    for (const [index, field] of fields.entries()) await fill(page, field, answerFor(field, index));
    await expect(page.locator('[data-form-status]').textContent()).resolves.toContain('Saved on this device');
    await page.reload();
    await page.locator('[data-form-bar]:not([hidden])').waitFor();
    const back = await Promise.all(fields.map((field) => valueOf(page, field)));
    expect(back).toEqual(fields.map((field, index) => answerFor(field, index)));
    await expect(page.locator('[data-form-status]').textContent()).resolves.toContain('back');
    await context.close();
  });

  it('keeps a 600-character answer whole', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/i-message-builder/`);
    const long = `${'I listened, named the feeling, and said what I can do today. '.repeat(10)}${scripts}`.slice(0, 600);
    await page.locator('[name="sentence"]').fill(long);
    await page.reload();
    await expect(page.locator('[name="sentence"]').inputValue()).resolves.toBe(long);
    await context.close();
  });

  it('keeps what the reader types before the form script runs, over the answer saved earlier', async () => {
    const context = await ctx().browser.newContext();
    const address = `${ctx().server.url}worksheets/i-message-builder/`;
    const page = await openSheet(context, address);
    await page.locator('[name="sentence"]').fill('Saved last week');
    await expect(page.locator('[data-form-status]').textContent()).resolves.toContain('Saved on this device');
    // On a slow link the page shows a round trip before its scripts run: held here until the reader has typed.
    let release: () => void = () => undefined;
    const typed = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await typed;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await page.locator('[name="sentence"]').fill('Typed while the page was loading');
    release();
    await page.locator('[data-form-bar]:not([hidden])').waitFor();
    await expect(page.locator('[name="sentence"]').inputValue()).resolves.toBe('Typed while the page was loading');
    await expect(page.locator('[data-form-status]').textContent()).resolves.toContain('Saved on this device');
    await page.unrouteAll();
    await page.reload();
    await page.locator('[data-form-bar]:not([hidden])').waitFor();
    await expect(page.locator('[name="sentence"]').inputValue()).resolves.toBe('Typed while the page was loading');
    await context.close();
  });

  it('clears the answers on request, and Undo brings them back, after a reload too', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/i-message-builder/`);
    await page.locator('[name="attention"]').fill('Mr. Ortiz');
    await page.locator('[data-form-clear]').click();
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('');
    await page.reload();
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('');
    await page.locator('[name="attention"]').fill('Ms. Lee');
    await page.locator('[data-form-clear]').click();
    await page.locator('[data-form-bar]').getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('Ms. Lee');
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-form-clear'))).resolves.toBe(true);
    await page.reload();
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('Ms. Lee');
    await context.close();
  });

  it('says plainly when the browser keeps nothing, and the page still takes answers', async () => {
    const context = await ctx().browser.newContext();
    // As in a browser with site storage turned off: reading localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied storage.', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${ctx().server.url}worksheets/i-message-builder/`);
    await page.locator('[data-form-note]:not([hidden])').waitFor();
    await expect(page.locator('[data-form-note]').textContent()).resolves.toContain('not keeping your answers');
    await page.locator('[name="attention"]').fill('Words that stay on the page');
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('Words that stay on the page');
    await expect(page.locator('[data-form-status]').textContent()).resolves.toContain('Not saved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns before anything is lost when storage is full', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/i-message-builder/`);
    // From now on every write fails, as it does when the site's storage is full.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.locator('[name="attention"]').fill('Typed after the disk filled up');
    await expect(page.locator('[data-form-note]').textContent()).resolves.toContain('could not be saved');
    await expect(page.locator('[data-form-note]').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('shows answers to questions the sheet no longer has, and keeps them', async () => {
    const context = await ctx().browser.newContext();
    const key = answersKey('i-message-builder');
    await context.addInitScript(
      ([storageKey]) => {
        if (storageKey !== undefined && localStorage.getItem(storageKey) === null) {
          localStorage.setItem(storageKey, JSON.stringify({ version: 1, answers: { attention: 'Sir', 'old-question': 'An answer worth keeping' }, savedAt: 1 }));
        }
      },
      [key],
    );
    const page = await openSheet(context, `${ctx().server.url}worksheets/i-message-builder/`);
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('Sir');
    await expect(page.locator('[data-form-note]').textContent()).resolves.toContain('An answer worth keeping');
    await page.locator('[name="emotion"]').fill('I am glad to help');
    const stored = await page.evaluate((storageKey) => localStorage.getItem(storageKey), key);
    expect(stored).toContain('An answer worth keeping');
    expect(stored).toContain('I am glad to help');
    await context.close();
  });

  it('keeps what two tabs on the same sheet type, each seeing the other', async () => {
    const context = await ctx().browser.newContext();
    const url = `${ctx().server.url}worksheets/i-message-builder/`;
    const first = await openSheet(context, url);
    const second = await openSheet(context, url);
    await first.locator('[name="attention"]').fill('From the first tab');
    await expect.poll(() => second.locator('[name="attention"]').inputValue()).toBe('From the first tab');
    await second.locator('[name="emotion"]').fill('From the second tab');
    await expect.poll(() => first.locator('[name="emotion"]').inputValue()).toBe('From the second tab');
    await first.reload();
    await expect(first.locator('[name="attention"]').inputValue()).resolves.toBe('From the first tab');
    await expect(first.locator('[name="emotion"]').inputValue()).resolves.toBe('From the second tab');
    await context.close();
  });

  it('starts a fresh copy and keeps the earlier ones listed, to open again or delete (with Undo), after a reload too', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/gratitude-journal/`);
    const copies = page.locator('[data-form-copies]');
    const first = page.locator('form.ws-form table textarea, form.ws-form table input[type=text]').first();
    const listed = () => copies.locator('.ws-copies__preview').allTextContents();
    await expect(copies.isVisible()).resolves.toBe(true);
    await copies.getByRole('button', { name: 'Start a fresh copy' }).click();
    await expect(copies.getByRole('status').textContent()).resolves.toContain('blank already');
    await first.fill('Week one: Łódź, Ελλάδα, Київ');
    await copies.getByRole('button', { name: 'Start a fresh copy' }).click();
    await expect(first.inputValue()).resolves.toBe('');
    await first.fill('Week two');
    await page.reload();
    await page.locator('[data-form-bar]:not([hidden])').waitFor();
    await expect(first.inputValue()).resolves.toBe('Week two');
    await expect(listed()).resolves.toEqual(['Week one: Łódź, Ελλάδα, Київ']);

    // Opening a copy puts the page's answers in the list first: nothing is lost by opening.
    await copies.getByRole('button', { name: /^Open the copy from / }).click();
    await expect(first.inputValue()).resolves.toBe('Week one: Łódź, Ελλάδα, Київ');
    await expect(listed()).resolves.toEqual(['Week two']);
    await page.reload();
    await expect(first.inputValue()).resolves.toBe('Week one: Łódź, Ελλάδα, Київ');

    await copies.getByRole('button', { name: /^Delete the copy from / }).click();
    await expect(listed()).resolves.toEqual([]);
    await copies.getByRole('button', { name: 'Undo' }).click();
    await expect(listed()).resolves.toEqual(['Week two']);
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-form-fresh'))).resolves.toBe(true);
    await context.close();
  });

  it('keeps cleared answers as an earlier copy, so a slip loses nothing even once the Undo has gone', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/gratitude-journal/`);
    const first = page.locator('form.ws-form table textarea, form.ws-form table input[type=text]').first();
    await first.fill('A whole week of answers');
    await page.locator('[data-form-clear]').click();
    await expect(page.locator('[data-form-status]').textContent()).resolves.toContain('kept under “Earlier copies”');
    await first.fill('x');
    await expect(page.locator('[data-form-bar]').getByRole('button', { name: 'Undo' }).count()).resolves.toBe(0);
    await page.locator('[data-form-copies]').getByRole('button', { name: /^Open the copy from / }).click();
    await expect(first.inputValue()).resolves.toBe('A whole week of answers');
    await context.close();
  });

  it('keeps the page as it is when a fresh copy cannot be stored, and says so', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/gratitude-journal/`);
    const first = page.locator('form.ws-form textarea, form.ws-form input[type=text]').first();
    await first.fill('Words that must stay');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'Start a fresh copy' }).click();
    await expect(first.inputValue()).resolves.toBe('Words that must stay');
    await expect(page.locator('[data-form-note]').textContent()).resolves.toContain('nothing was changed');
    await context.close();
  });

  it('lists a copy kept in another tab', async () => {
    const context = await ctx().browser.newContext();
    const url = `${ctx().server.url}worksheets/gratitude-journal/`;
    const [one, two] = [await openSheet(context, url), await openSheet(context, url)];
    await one.locator('form.ws-form table textarea, form.ws-form table input[type=text]').first().fill('Kept in tab one');
    await one.getByRole('button', { name: 'Start a fresh copy' }).click();
    await expect.poll(() => two.locator('.ws-copies__preview').allTextContents()).toEqual(['Kept in tab one']);
    await context.close();
  });

  it('downloads the answers as a filled PDF made on the device, in both sizes, and continues from it on a fresh page', async () => {
    const context = await ctx().browser.newContext({ acceptDownloads: true });
    const page = await openSheet(context, `${ctx().server.url}worksheets/parent-adult-or-child/`);
    const others: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(ctx().server.url)) others.push(request.url());
    });
    const sheet = sheets.find((candidate) => candidate.slug === 'parent-adult-or-child')?.sheet;
    if (sheet === undefined) throw new Error('parent-adult-or-child is a worksheet this test needs.');
    const fields = fieldsOf(sheet);
    for (const [index, field] of fields.entries()) await fill(page, field, answerFor(field, index));
    for (const paper of ['a4', 'letter']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-form-download="${paper}"]`).click()]);
      const file = join(workDir, `answers-${paper}.pdf`);
      await download.saveAs(file);
      const { answers } = await readWorksheetAnswers(new Uint8Array(readFileSync(file)));
      expect(fields.map((field) => answers[field.name])).toEqual(fields.map((field, index) => answerFor(field, index)));
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      for (const word of scripts.split(/[ ,]+/)) expect(text, word).toContain(word);
      expect(spawnSync('qpdf', ['--check', file], { encoding: 'utf8' }).status).toBe(0);
    }
    expect(others).toEqual([]);

    const fresh = await ctx().browser.newContext();
    const again = await openSheet(fresh, `${ctx().server.url}worksheets/parent-adult-or-child/`);
    await again.locator('[data-form-continue]').setInputFiles(join(workDir, 'answers-a4.pdf'));
    // Reading the PDF loads pdf-lib first: on a busy two-core machine that takes longer than poll's 5 s default.
    await expect.poll(() => again.locator('[data-form-pdf-status]').textContent(), { timeout: 20_000 }).toContain('are on the page');
    expect(await Promise.all(fields.map((field) => valueOf(again, field)))).toEqual(fields.map((field, index) => answerFor(field, index)));
    await again.reload();
    expect(await Promise.all(fields.map((field) => valueOf(again, field)))).toEqual(fields.map((field, index) => answerFor(field, index)));
    await fresh.close();
    await context.close();
  });

  it('refuses a PDF of another sheet, or a file that is not a PDF, and changes nothing', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/i-message-builder/`);
    await page.locator('[name="attention"]').fill('Kept as it is');
    const other = join(workDir, 'other-sheet.pdf');
    writeFileSync(other, readFileSync(join(builtSite, 'pdf', 'gratitude-journal-a4.pdf')));
    await page.locator('[data-form-continue]').setInputFiles(other);
    // Said next to the file picker, as an alert: the form's own note may be screens away on a phone.
    const alert = page.locator('[data-form-pdf]').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('is not a copy of this worksheet');
    await expect(alert.isVisible()).resolves.toBe(true);
    const notPdf = join(workDir, 'notes.pdf');
    writeFileSync(notPdf, 'just some notes');
    await page.locator('[data-form-continue]').setInputFiles(notPdf);
    await expect.poll(() => alert.textContent()).toContain('is not a PDF');
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('Kept as it is');
    await context.close();
  });

  it('keeps the answers on the page as an earlier copy before a PDF replaces them, and changes nothing for a blank sheet', async () => {
    const context = await ctx().browser.newContext({ acceptDownloads: true });
    const page = await openSheet(context, `${ctx().server.url}worksheets/i-message-builder/`);
    const attention = page.locator('[name="attention"]');
    await attention.fill('From the PDF');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-form-download="a4"]').click()]);
    const filled = join(workDir, 'i-message-filled.pdf');
    await download.saveAs(filled);
    await attention.fill('Typed after the download');
    const status = page.locator('[data-form-pdf-status]');

    const blank = join(workDir, 'i-message-blank.pdf');
    writeFileSync(blank, readFileSync(join(builtSite, 'pdf', 'i-message-builder-letter.pdf')));
    await page.locator('[data-form-continue]').setInputFiles(blank);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('has no answers in it');
    await expect(attention.inputValue()).resolves.toBe('Typed after the download');

    await page.locator('[data-form-continue]').setInputFiles(filled);
    await expect.poll(() => status.textContent()).toContain('kept under “Earlier copies”');
    await expect(attention.inputValue()).resolves.toBe('From the PDF');
    await page.reload();
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('From the PDF');
    await expect(page.locator('.ws-copies__preview').allTextContents()).resolves.toEqual(['Typed after the download']);
    await context.close();
  });

  it('names the characters the PDF cannot show before downloading, next to the button, and downloads on a second press', async () => {
    const context = await ctx().browser.newContext({ acceptDownloads: true });
    const page = await openSheet(context, `${ctx().server.url}worksheets/i-message-builder/`);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.locator('[name="attention"]').fill('Mr. 王, thank you');
    await page.locator('[data-form-download="a4"]').click();
    const alert = page.locator('[data-form-pdf]').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('王');
    expect(downloads).toEqual([]);
    await Promise.all([page.waitForEvent('download'), page.locator('[data-form-download="a4"]').click()]);
    expect(downloads).toEqual(['i-message-builder-a4-answers.pdf']);
    await expect(page.locator('[data-form-pdf-note]').textContent()).resolves.toBe('');
    await context.close();
  });

  it('still downloads the filled PDF when the browser keeps nothing', async () => {
    const context = await ctx().browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied storage.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${ctx().server.url}worksheets/i-message-builder/`);
    await page.locator('[data-form-note]:not([hidden])').waitFor();
    await page.locator('[name="attention"]').fill('Only on this page');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-form-download="a4"]').click()]);
    const file = join(workDir, 'no-storage.pdf');
    await download.saveAs(file);
    expect((await readWorksheetAnswers(new Uint8Array(readFileSync(file)))).answers['attention']).toBe('Only on this page');
    await context.close();
  });

  it('says the reader seems to be offline when the PDF cannot be fetched, and keeps the answers', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/i-message-builder/`);
    await page.locator('[name="attention"]').fill('Still here after the failure');
    await context.setOffline(true);
    await page.locator('[data-form-download="a4"]').click();
    await expect.poll(() => page.locator('[data-form-pdf-note]').textContent()).toContain('seem to be offline');
    await expect(page.locator('[name="attention"]').inputValue()).resolves.toBe('Still here after the failure');
    await context.close();
  });

  it('prints my answers: the printed page carries every typed answer and tick, and none of the page controls', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/parent-adult-or-child/`);
    await page.locator('[name="participant.name"]').fill('Dana Łódź');
    await page.locator('[name="lines.line-2.reply"]').fill('I hear you: let me see what I can do today, Київ.');
    await page.locator('[name="lines.line-2.mode"][value="child"]').check();
    const file = join(workDir, 'printed.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const printed = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(printed).toContain('Dana Łódź');
    expect(printed).toContain('I hear you: let me see what I can do today, Київ.');
    for (const control of ['Clear answers', 'Saved on this device', 'Download my answers', 'Continue from a PDF']) expect(printed, control).not.toContain(control);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[name="lines.line-2.mode"][value="child"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('[name="lines.line-2.mode"][value="child"]').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('prints a long answer whole, in a one-line field and in a table cell, and gives the page its boxes back afterwards', async () => {
    const context = await ctx().browser.newContext();
    const page = await openSheet(context, `${ctx().server.url}worksheets/gratitude-journal/`);
    const long = (end: string) => `${'A customer held the door for a parent with a stroller, '.repeat(6)}${end}`;
    const [oneLine, inCell] = [page.locator('form.ws-form input[type=text][name]').first(), page.locator('form.ws-form table textarea, form.ws-form table input[type=text]').first()];
    await oneLine.fill(long('Łódź one-line end.'));
    await inCell.fill(long('Київ cell end.'));
    const file = join(workDir, 'printed-long.pdf');
    writeFileSync(file, await page.pdf({ format: 'Letter' }));
    const printed = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(printed).toContain(long('Łódź one-line end.'));
    expect(printed).toContain(long('Київ cell end.'));
    await expect(page.locator('.print-whole-answer').count()).resolves.toBe(0);
    await expect(oneLine.isVisible()).resolves.toBe(true);
    await expect(oneLine.inputValue()).resolves.toBe(long('Łódź one-line end.'));
    await context.close();
  });
});
