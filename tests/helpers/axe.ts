import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG A and AA rules whose outcome depends on colours. The site's two
 * themes differ only in colours (CSS light-dark(); nothing is shown, hidden or
 * moved by the theme), so in the second theme only these can find anything new.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

export interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Gives every document this tab loads axe-core from the start, through
 * DevTools as evaluate does (so the page's policy does not block it): a tab
 * that checks page after page then skips compiling axe after each load,
 * about a fifth of the time per page.
 */
export async function preloadAxe(page: Page): Promise<Page> {
  await page.addInitScript({ content: axeSource });
  return page;
}

/**
 * Runs axe-core's WCAG 2.2 A and AA rules on the page; returns "rule: help (targets)" lines.
 * axe is evaluated through DevTools, once per document: a <script> tag would
 * be blocked by the page's Content Security Policy.
 */
export async function axeViolations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules === 'all' ? { type: 'tag' as const, values: wcagTags } : { type: 'rule' as const, values: colourRules };
  const violations = await page.evaluate(async (only) => {
    const result = await window.axe.run(document, {
      runOnly: only,
      // Only violations are read; collecting the passing nodes too doubles the time of a run.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  }, runOnly);
  return violations.map((v: AxeViolation) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
