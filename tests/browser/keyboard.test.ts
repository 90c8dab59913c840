// Tabbing through whole pages: every stop shows a visible focus indicator and
// is on screen, focus reaches the footer, and one more Tab leaves the page
// (no trap). The search dialog, which keeps focus on purpose while open, has
// its own keyboard tests.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser } from '../helpers/browser-suite';
import { builtSite } from '../helpers/site';

interface FocusStop {
  name: string;
  indicator: string;
  onScreen: boolean;
  inFooter: boolean;
}

/**
 * Where focus is after a Tab: what it is, how its focus shows, whether it can
 * be seen; null once focus has left the page. The indicator is an outline or
 * shadow, on the element or an ancestor (cards draw it with :focus-within),
 * that is there while focused and gone once focus moves away.
 */
function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const chain: Element[] = [];
    for (let node: Element | null = element; node && node !== document.body && chain.length < 4; node = node.parentElement) chain.push(node);
    const transparent = (color: string) => color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
    const looks = () =>
      chain.map((node) => {
        const style = getComputedStyle(node);
        const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor);
        return { outline: outline ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : '', shadow: style.boxShadow === 'none' ? '' : style.boxShadow };
      });
    const focused = looks();
    element.blur();
    const unfocused = looks();
    element.focus();
    const indicators = chain.flatMap((node, i) => {
      const now = focused[i];
      const before = unfocused[i];
      if (!now || !before) return [];
      const tag = node === element ? 'itself' : `<${node.tagName.toLowerCase()}>`;
      return [
        ...(now.outline && now.outline !== before.outline ? [`outline on ${tag}`] : []),
        ...(now.shadow && now.shadow !== before.shadow ? [`shadow on ${tag}`] : []),
      ];
    });
    const box = element.getBoundingClientRect();
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      name: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${text}"`,
      indicator: indicators.join(', '),
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      inFooter: element.closest('footer') !== null,
    };
  });
}

/** Presses Tab until focus leaves the page; fails if it never does (a trap). */
async function tabThrough(page: Page, limit = 400): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop === null) return stops;
    stops.push(stop);
  }
  throw new Error(`Focus was still in the page after ${limit} Tabs (a keyboard trap?); last stops: ${stops.slice(-5).map((s) => s.name).join(', ')}`);
}

const pages = [
  { path: '', width: 1280 },
  { path: 'tools/i-message/', width: 1280 },
  { path: 'situations/angry-customer/', width: 390 },
  { path: 'search/?q=angry', width: 1280 },
  { path: 'worksheets/sources-of-influence/', width: 390 },
  { path: 'worksheets/', width: 1280 },
];

describeInBrowser('the keyboard, page by page', builtSite, (ctx) => {
  it.each(pages)('reaches the footer of /$path at $width px, showing where focus is at every stop, and lets go', async ({ path, width }) => {
    const context = await ctx().browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(ctx().server.url + path, { waitUntil: 'networkidle' });
    const stops = await tabThrough(page);

    expect(stops.length).toBeGreaterThan(5);
    expect(stops[0]?.name).toContain('Skip to content');
    expect(stops.filter((stop) => stop.indicator === '').map((stop) => `${stop.name}: no visible focus indicator`)).toEqual([]);
    expect(stops.filter((stop) => !stop.onScreen).map((stop) => `${stop.name}: focused but off screen`)).toEqual([]);
    expect(stops.at(-1)?.inFooter, `the last stop is ${stops.at(-1)?.name}, not in the footer`).toBe(true);
    await context.close();
  });

  it('moves focus to the content when the skip link is used, so the next Tab is in the page, not the header', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}tools/i-message/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('main')))).resolves.toBe(true);
    await page.close();
  });

  it('follows a navigation link with Enter', async () => {
    const page = await ctx().browser.newPage();
    await page.goto(ctx().server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Tools', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tools');
    await page.close();
  });
});
