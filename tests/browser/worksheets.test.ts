import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fieldsOf } from '../../src/worksheets/fields';
import { controlId } from '../../src/worksheets/form-fields';
import { describeInBrowser } from '../helpers/browser-suite';
import { builtSite } from '../helpers/site';
import { loadWorksheets } from '../helpers/worksheets';

const pagesToCheck = [
  'worksheets/',
  'worksheets/for/angry-customer/',
  'worksheets/parent-adult-or-child/',
  'worksheets/pocket-cards/',
];

/** What a control of the page is: its name, value, id, and the name a screen reader gives it. */
interface PageControl {
  tag: string;
  type: string;
  name: string;
  value: string;
  id: string;
  spoken: string;
}

/**
 * Every control of a worksheet page's form, in page order, with its
 * accessible name worked out as a screen reader would for these cases:
 * aria-labelledby, else aria-label, else its <label> elements.
 */
function formControls(page: Page): Promise<PageControl[]> {
  return page.evaluate(() => {
    const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const spoken = (control: HTMLInputElement | HTMLTextAreaElement) => {
      const ids = control.getAttribute('aria-labelledby');
      if (ids) return ids.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
      const label = control.getAttribute('aria-label');
      if (label) return label.trim();
      return [...(control.labels ?? [])].map(text).join(' ').trim();
    };
    return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('form.ws-form input:not([disabled]), form.ws-form textarea, form.ws-form select')].map(
      (control) => ({
        tag: control.tagName.toLowerCase(),
        type: control.type,
        name: control.name,
        value: control.value,
        id: control.id,
        spoken: spoken(control),
      }),
    );
  });
}

describeInBrowser('the worksheets in Chromium', builtSite, (ctx) => {
  const sheets = loadWorksheets();

  it.each(sheets.map(({ slug, sheet }) => ({ slug, sheet })))('makes /worksheets/$slug/ a form with a named control for each field of its PDF', async ({ slug, sheet }) => {
    // The markup as served: the script that keeps answers shows the bar, tested in worksheet-answers.test.ts.
    const page = await ctx().browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${ctx().server.url}worksheets/${slug}/`);
    const controls = await formControls(page);
    const fields = fieldsOf(sheet);

    // The same names in the same order as the PDF's fields; a choice's radio buttons count once.
    expect(controls.map((c) => c.name).filter((name, i, names) => names[i - 1] !== name)).toEqual(fields.map((f) => f.name));
    for (const field of fields) {
      const own = controls.filter((c) => c.name === field.name);
      if (field.type === 'choice') {
        expect(own.map((c) => [c.type, c.value, c.id]), field.name).toEqual(field.options.map((o) => ['radio', o.value, controlId(field.name, o.value)]));
      } else if (field.type === 'check') {
        expect(own.map((c) => [c.type, c.value, c.id]), field.name).toEqual([['checkbox', 'on', controlId(field.name)]]);
      } else {
        expect(own.map((c) => [c.tag, c.id]), field.name).toEqual([[field.lines > 1 ? 'textarea' : 'input', controlId(field.name)]]);
      }
    }
    expect(controls.filter((c) => c.spoken === '').map((c) => `${c.id} has no accessible name`)).toEqual([]);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);

    // The contract the script that keeps answers reads: one form per sheet with fields, never submitted.
    const form = await page.evaluate(() =>
      [...document.querySelectorAll('form')].map((f) => ({
        worksheet: f.dataset['worksheet'],
        autocomplete: f.getAttribute('autocomplete'),
        novalidate: f.noValidate,
        submitters: f.querySelectorAll('button:not([type="button"]), input[type="submit"], input[type="image"]').length,
        note: f.querySelector('p.ws-form__note[data-form-note]')?.hasAttribute('hidden'),
        bar: f.querySelector('div.ws-form__bar[data-form-bar]')?.hasAttribute('hidden'),
        status: f.querySelector('.ws-form__bar [data-form-status][role="status"][aria-live="polite"]') !== null,
        clear: f.querySelector<HTMLButtonElement>('.ws-form__bar button[data-form-clear]')?.type,
      })),
    );
    expect(form).toEqual(
      fields.length === 0
        ? []
        : [{ worksheet: slug, autocomplete: 'off', novalidate: true, submitters: 0, note: true, bar: true, status: true, clear: 'button' }],
    );
    await page.close();
  });

  it('takes answers: text, a tick and a choice of one, read back as the form would send them', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}worksheets/parent-adult-or-child/`);
    await page.locator('[name="lines.line-1.reply"]').fill('I can see two charges. Let me look now.');
    await page.getByRole('radio', { name: /You people should have fixed this.*Mode: Adult$/ }).check();
    await page.getByRole('radio', { name: /You people should have fixed this.*Mode: Parent$/ }).check();
    await page.getByLabel('Name', { exact: true }).fill('Sam');
    const entries = () => page.evaluate(() => [...new FormData(document.querySelector('form') ?? undefined).entries()].filter(([, value]) => value !== ''));
    await expect(entries()).resolves.toEqual([
      ['participant.name', 'Sam'],
      ['lines.line-1.mode', 'parent'],
      ['lines.line-1.reply', 'I can see two charges. Let me look now.'],
    ]);

    // A check box ticks from the words beside it, as on paper.
    await page.goto(`${ctx().server.url}worksheets/i-message-builder/`);
    await page.getByText('My tone says I still want to help them').click();
    await expect(page.getByRole('checkbox', { name: 'My tone says I still want to help them' }).isChecked()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Get their attention' }).fill('Sir,');
    await expect(entries()).resolves.toEqual([
      ['check.tone', 'on'],
      ['attention', 'Sir,'],
    ]);
    await page.close();
  });

  it('lays a table out as cards on a phone, with no sideways scrolling, and as a table on a desktop', async () => {
    const page = await ctx().browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx().server.url}worksheets/parent-adult-or-child/`);
    const layout = () =>
      page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        tableRight: Math.max(...[...document.querySelectorAll('.ws-table')].map((table) => table.getBoundingClientRect().right)),
        rows: [...new Set([...document.querySelectorAll('.ws-table tbody tr')].map((row) => getComputedStyle(row).display))],
        labels: [...document.querySelectorAll('.ws-table tbody tr:first-child .ws-table__cell-label')].map((label) =>
          label.checkVisibility() ? (label.textContent ?? '').trim() : '(hidden)',
        ),
      }));
    const phone = await layout();
    expect(phone.scrollWidth).toBeLessThanOrEqual(390);
    expect(phone.tableRight).toBeLessThanOrEqual(390);
    expect(phone.rows.every((display) => ['block', 'flex', 'grid'].includes(display)), phone.rows.join(', ')).toBe(true);
    expect(phone.labels).toEqual(['What the customer says', 'Parent', 'Adult', 'Child', 'Your adult-mode reply']);

    await page.setViewportSize({ width: 1280, height: 900 });
    const desktop = await layout();
    expect(desktop.rows).toEqual(['table-row']);
    expect(desktop.labels).toEqual(['(hidden)', '(hidden)', '(hidden)', '(hidden)', '(hidden)']);
    await page.close();
  });

  it('prints typed answers in boxes as tall as in the PDF: 6 mm a line, past the six rows the screen shows', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}worksheets/choosing-collaboration/`);
    await page.locator('[name="actions"]').fill('Listen first.\nSay what I can do.');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('[name="actions"]').evaluate((box) => {
      if (!(box instanceof HTMLTextAreaElement)) throw new Error('not a text area');
      const mm = (px: number) => (px * 25.4) / 96;
      return { rows: box.rows, height: mm(box.getBoundingClientRect().height), value: box.value, shown: box.checkVisibility() };
    });
    expect(printed.rows).toBe(6);
    // Seven lines of 6 mm, and the box's padding and borders (about 3 mm).
    expect(printed.height).toBeGreaterThan(7 * 6);
    expect(printed.height).toBeLessThan(7 * 6 + 5);
    expect(printed).toMatchObject({ value: 'Listen first.\nSay what I can do.', shown: true });
    await page.close();
  });

  it('stays on the page when Enter is pressed in a one-line field without JavaScript', async () => {
    const page = await ctx().browser.newPage({ javaScriptEnabled: false });
    const url = `${ctx().server.url}worksheets/parent-adult-or-child/`;
    await page.goto(url);
    for (const label of ['Name', 'Date']) {
      const navigated = page.waitForEvent('framenavigated', { timeout: 1500 }).then(
        () => true,
        () => false,
      );
      await page.getByLabel(label, { exact: true }).fill('Sam');
      await page.getByLabel(label, { exact: true }).press('Enter');
      await expect(navigated, label).resolves.toBe(false);
      expect(page.url()).toBe(url);
    }
    await page.close();
  });

  it('does not submit a form with one one-line field when a hidden, disabled second one is there', async () => {
    // No sheet has a single one-line field today; this checks the stand-in that WorksheetForm adds for one.
    const page = await ctx().browser.newPage({ javaScriptEnabled: false });
    const form = (second: string) => `<!doctype html><title>Form</title><form><input type="text" name="a" aria-label="A">${second}<textarea name="b" aria-label="B"></textarea></form>`;
    await page.route('http://forms.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: form(new URL(route.request().url()).pathname === '/guarded' ? '<input type="text" hidden disabled>' : '') }),
    );
    const submits = async (path: string) => {
      await page.goto(`http://forms.test${path}`);
      const navigated = page.waitForEvent('framenavigated', { timeout: 1500 }).then(
        () => true,
        () => false,
      );
      await page.getByLabel('A').press('Enter');
      return navigated;
    };
    await expect(submits('/bare')).resolves.toBe(true);
    await expect(submits('/guarded')).resolves.toBe(false);
    await page.close();
  });
  it('filters the index by situation with plain links', async () => {
    const page = await ctx().browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${ctx().server.url}worksheets/`);
    const all = await page.locator('.card-grid > li').count();
    const chip = page.locator('.ws-filter a', { hasText: 'An angry customer' });
    const label = (await chip.textContent()) ?? '';
    await chip.click();
    await page.waitForURL(/\/worksheets\/for\/angry-customer\/$/);
    const shown = await page.locator('.card-grid > li').count();
    expect(label).toContain(`(${shown})`);
    expect(shown).toBeLessThan(all);
    await expect(page.locator('.ws-filter a[aria-current="page"]').textContent()).resolves.toContain('An angry customer');
    await page.close();
  });

  it('shows worksheets in a phone\'s first screen, with the chosen situation and the section in view', async () => {
    const width = 390;
    const height = 844;
    const page = await ctx().browser.newPage({ javaScriptEnabled: false, viewport: { width, height } });
    const inView = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= height;
    };
    await page.goto(`${ctx().server.url}worksheets/`);
    // Eighteen wrapped chips used to fill the whole first screen.
    await expect(inView('.card-grid > li h2'), 'the first worksheet\'s title').resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
    // Its situation's chip is the 9th of 17: past the row's edge unless the row opens scrolled to it.
    await page.goto(`${ctx().server.url}worksheets/for/never-satisfied-customer/`);
    await expect(inView('.card-grid > li h2'), 'the first worksheet\'s title').resolves.toBe(true);
    await expect(inView('.ws-filter a[aria-current="page"]'), 'the chosen situation').resolves.toBe(true);
    await expect(inView('.site-header__links a[aria-current="page"]'), 'the header\'s Worksheets link').resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
    await page.close();
  });

  it('offers both PDFs from a worksheet page, and they are PDFs', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}worksheets/i-message-builder/`);
    const links = page.locator('.ws-downloads a[download]');
    await expect(links.count()).resolves.toBe(2);
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))) {
      const response = await page.request.get(new URL(href, ctx().server.url).href);
      expect(response.status(), href).toBe(200);
      expect((await response.body()).subarray(0, 5).toString(), href).toBe('%PDF-');
    }
    await page.close();
  });

  it('prints as a handout: no downloads panel, no site header', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}worksheets/sources-of-influence/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ws-downloads').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.ws-table').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('fits a phone screen without scrolling sideways', async () => {
    const page = await ctx().browser.newPage({ viewport: { width: 360, height: 740 } });
    const overflowing: string[] = [];
    for (const path of pagesToCheck) {
      await page.goto(ctx().server.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (width > 0) overflowing.push(`/${path}: ${width}px too wide`);
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });
});
