import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-suite';
import { readBuiltPages } from '../helpers/built-pages';
import { builtSite } from '../helpers/site';

// axe over every page, light and dark, phone and desktop: accessibility.test.ts.
// Tabbing through pages, the skip link and the navigation: keyboard.test.ts.

describeInBrowser('the site in Chromium', builtSite, (ctx) => {
  it('shows the home page with every situation one click away', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(ctx().server.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('Frontline Handbook');
    const situationLinks = page.locator('#now-heading + ul a');
    await expect(situationLinks.count()).resolves.toBe(16);
    await situationLinks.first().click();
    await expect(page.locator('#first-steps-heading').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('shows an entry with its summary, body, sources and related entries', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}tools/i-message/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/I-message/i);
    await expect(page.locator('.prose h2').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('#sources-heading').isVisible()).resolves.toBe(true);
    await expect(page.locator('#related-heading + ul a').count()).resolves.toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('lets an author component inside prose keep its own styles (prose sits below components in the cascade)', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}tools/i-message/`);
    // <Steps> sets its list's padding to 0 and 12 px between steps; the
    // generic .prose list rules (1.4em padding, 4 px between items) must not win.
    const list = page.locator('.prose .steps ol').first();
    await expect(list.evaluate((ol) => getComputedStyle(ol).paddingInlineStart)).resolves.toBe('0px');
    const second = page.locator('.prose .steps ol > li + li').first();
    await expect(second.evaluate((li) => getComputedStyle(li).marginBlockStart)).resolves.toBe('12px');
    await page.close();
  });

  it('fits a table in an entry on a 320 px phone, without the page scrolling sideways', async () => {
    const withTables = readBuiltPages(builtSite)
      .filter((built) => built.root.querySelector('.prose table') !== null)
      .map((built) => built.path);
    expect(withTables.length).toBeGreaterThan(0);
    const context = await ctx().browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of withTables) {
      await page.goto(`${ctx().server.url}${path.slice(1)}`);
      await expect(page.evaluate(() => document.documentElement.scrollWidth), path).resolves.toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it('keeps the header to two rows on a 320 px phone: name and buttons, then the sections', async () => {
    const page = await ctx().browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${ctx().server.url}tools/i-message/`);
    const top = async (selector: string) => (await page.locator(selector).boundingBox())?.y ?? Number.NaN;
    const name = await top('.site-header__name');
    const links = await top('.site-header__links');
    for (const button of ['.site-header .search-opener', '.site-header .theme-toggle']) {
      const y = await top(button);
      expect(y, button).toBeLessThan(links);
      expect(Math.abs(y - name), button).toBeLessThan(16);
    }
    await page.close();
  });

  it('shows a situation page with first steps, its chosen entries, then the rest grouped by type', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}situations/angry-customer/`);
    const steps = await page.locator('.first-steps li').count();
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(steps).toBeLessThanOrEqual(5);
    const chosen = await page.locator('#start-here-heading + ul > li').count();
    expect(chosen).toBeGreaterThanOrEqual(3);
    expect(chosen).toBeLessThanOrEqual(5);
    await expect(page.locator('#more-tools').isVisible()).resolves.toBe(true);
    await expect(page.locator('#more-tips').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('remembers the chosen theme across a reload, overriding the system setting, and follows the system again once its theme is chosen', async () => {
    const context = await ctx().browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(ctx().server.url);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    // The stored theme is applied before first paint, by the inline script at the top of <body>.
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(darkBackground);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    // Choosing the system's theme again means following the system: a later change there shows at once.
    await toggle.click();
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBeUndefined();
    await expect(page.evaluate(() => localStorage.getItem('theme'))).resolves.toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(darkBackground);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });
});
