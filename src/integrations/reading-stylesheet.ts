import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { isForReading, stylesheetLink, type BuiltPage } from './built-pages';
import { keptRules, mayMatch, pageMatcher, pageWords, type SelectorToMatch, type Stylesheet } from './stylesheet-rules';

/**
 * A stylesheet for reading. The site has one stylesheet (29 KB gzipped to
 * 8.7 KB), and half of it styles the worksheets' forms, the packet maker,
 * the workshops' pages and search: pages that run a script of their own.
 * Every other page (tools, tips, situations, case studies, scenarios, the
 * lists: 126 of 152) now links a stylesheet with only the rules those pages
 * use, print included, shared by all of them and cached like the other.
 * With the first screen's styles in each page (first-paint-styles.ts), that
 * keeps a content page's first view within its budget.
 *
 * A page with a script of its own keeps the whole stylesheet: its script may
 * draw elements the static page lacks. The search dialog and the device
 * module, which any page may load, bring their own styles.
 *
 * Writes the stylesheet and points the pages at it; returns what to log.
 */
export function linkReadingStylesheets(pages: readonly BuiltPage[], sheetAt: (address: string) => Stylesheet, where: { site: string; base: string; assets: string }): string[] {
  const readers = pages.filter(({ html }) => isForReading(html));
  const bySheet = Map.groupBy(readers, ({ html }) => stylesheetLink.exec(html)?.[1] ?? '');
  const said: string[] = [];
  for (const [address, linking] of bySheet) {
    if (address === '') continue;
    const css = readingRules(sheetAt(address), linking.map(({ html }) => html));
    const fileName = `${where.assets}/reading.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
    writeFileSync(join(where.site, fileName), css);
    for (const page of linking) page.html = page.html.replace(`href="${address}"`, `href="${where.base}${fileName}"`);
    said.push(`${linking.length} pages without a script of their own link ${fileName} (${Math.round(css.length / 1024)} KB), the rules they use of ${address}.`);
  }
  return said;
}

/** The stylesheet's rules that style any of the pages, print included. */
export function readingRules(sheet: Stylesheet, pages: readonly string[]): string {
  const used = new Set<SelectorToMatch>();
  let unused = [...sheet.rules.values()].flatMap((rule) => rule.selectors);
  for (const html of pages) {
    // Most pages hold nothing a rule not yet used needs: those are not parsed.
    const words = pageWords(html);
    const candidates = unused.filter((selector) => mayMatch(selector, words));
    if (candidates.length === 0) continue;
    const matches = pageMatcher(parseHtml(html));
    for (const selector of candidates) if (matches(selector)) used.add(selector);
    unused = unused.filter((selector) => !used.has(selector));
  }
  return keptRules(sheet, (selector) => used.has(selector), { print: true });
}
