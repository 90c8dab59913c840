import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HTMLElement, parse as parseHtml, type Node as HtmlNode } from 'node-html-parser';
import { withTrailingSlash } from '../handbook/urls';
import { fileOfAddress, htmlFiles, stylesheetLink } from './built-pages';
import { keptRules, pageMatcher, parseStylesheet, type Stylesheet } from './stylesheet-rules';

/**
 * First paint in one round trip. A page's <head> linked the site's
 * stylesheet, which the browser must fetch before it paints anything: on a
 * slow mobile link, that second round trip was a third of the time to first
 * paint. Each page now carries, in a <style> in its head, the rules its first
 * screen uses (about 2 KB gzipped), and the stylesheet's link moves to the
 * end of <body>, where it no longer holds back the first paint and is still
 * cached for the next pages. The rules keep their cascade layers and media
 * queries, so the stylesheet, when it arrives, changes nothing on screen
 * (tests/browser/first-paint.test.ts holds it back to check).
 *
 * Runs after reading-stylesheet.ts (which sets the stylesheet a page links)
 * and before page-policy.ts, which keeps the new style's hash in the page's
 * policy like any other of its inline elements.
 */
export default function firstPaintStyles(): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook:first-paint-styles',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const sheets = new Map<string, Stylesheet>();
        const readSheet = (address: string): Stylesheet => {
          let sheet = sheets.get(address);
          if (!sheet) {
            sheet = parseStylesheet(readFileSync(join(site, fileOfAddress(address, base)), 'utf8'));
            sheets.set(address, sheet);
          }
          return sheet;
        };
        let pages = 0;
        let bytes = 0;
        for (const file of htmlFiles(site)) {
          const result = inlineFirstPaintStyles(readFileSync(file, 'utf8'), readSheet);
          if (!result) continue;
          writeFileSync(file, result.html);
          pages += 1;
          bytes += result.inlined;
        }
        logger.info(`Each of ${pages} pages carries its first screen's styles (${Math.round(bytes / Math.max(pages, 1))} B on average); its stylesheet loads after them.`);
      },
    },
  };
}

/**
 * The page with its stylesheet's first-screen rules in a <style> where the
 * <link> was, the <link> moved to the end of <body>, and the style's hash
 * added to the page's policy; undefined for a page that links no stylesheet.
 */
export function inlineFirstPaintStyles(html: string, readSheet: (address: string) => Stylesheet): { html: string; inlined: number } | undefined {
  const link = stylesheetLink.exec(html);
  if (!link?.[1] || !html.includes('</body>')) return undefined;
  const css = firstScreenCss(html, readSheet(link[1]));
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  const withStyle = html
    .replace(link[0], `<style>${css}</style>`)
    .replace('</body>', `${link[0]}</body>`)
    .replace(/(<meta http-equiv="content-security-policy" content="[^"]*style-src 'self')/, `$1 ${hash}`);
  return { html: withStyle, inlined: css.length };
}

/**
 * How much of <main>'s text counts as its first screen: a phone's screen
 * holds about 1,000 characters, a laptop's about 1,500. Elements past it are
 * styled when the stylesheet arrives, before a reader scrolls to them.
 */
export const firstScreenText = 1500;

/** The page as it shows before any scrolling: its header, <main> up to firstScreenText characters, and the footer if <main> ends before that. */
export function firstScreen(html: string): HTMLElement {
  const root = parseHtml(html);
  const main = root.querySelector('main');
  if (main) {
    let seen = 0;
    const keepUntilFull = (node: HtmlNode): void => {
      for (const child of [...node.childNodes]) {
        if (seen > firstScreenText) child.remove();
        else if (child.nodeType === 3) seen += child.text.trim().length;
        else if (!takesNoRoom(child)) keepUntilFull(child);
      }
    };
    keepUntilFull(main);
    // What follows <main> (the footer) shows on the first screen only when all of <main> fits on it.
    if (seen > firstScreenText) for (const after of root.querySelectorAll('main ~ *')) after.remove();
  }
  return root;
}

/** An element whose text is not on the screen (with JavaScript on, as on a first view): its text does not fill the first screen. */
function takesNoRoom(node: HtmlNode): boolean {
  return node instanceof HTMLElement && (['NOSCRIPT', 'TEMPLATE', 'SCRIPT', 'STYLE'].includes(node.tagName) || node.hasAttribute('hidden'));
}

/** The stylesheet's rules that style the page's first screen, without the custom properties none of them reads. */
export function firstScreenCss(html: string, sheet: Stylesheet): string {
  // Printing comes after the stylesheet has loaded.
  return withoutUnusedProperties(keptRules(sheet, pageMatcher(firstScreen(html)), { print: false }));
}

const propertyDeclaration = /(?<=[{;])(--[\w-]+):[^;}]*(?:;(?=[^}])|(?=}))/g;

/**
 * The CSS without the custom properties (the palette's, the print colors)
 * that none of its rules reads, directly or through another property: half
 * of the tokens layer on a content page. The stylesheet brings them all.
 */
function withoutUnusedProperties(css: string): string {
  const declared = new Map<string, string[]>();
  for (const match of css.matchAll(propertyDeclaration)) {
    const name = match[1] ?? '';
    declared.set(name, [...(declared.get(name) ?? []), match[0]]);
  }
  const readsOf = (text: string): string[] => [...text.matchAll(/var\((--[\w-]+)/g)].map((read) => read[1] ?? '');
  const used = new Set<string>();
  const toRead = readsOf(css.replace(propertyDeclaration, ''));
  for (let name = toRead.pop(); name !== undefined; name = toRead.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    for (const declaration of declared.get(name) ?? []) toRead.push(...readsOf(declaration));
  }
  let trimmed = css.replace(propertyDeclaration, (declaration: string, name: string) => (used.has(name) ? declaration : '')).replace(/;}/g, '}');
  // A rule left empty goes, then a layer or media query it leaves empty.
  for (let before = ''; before !== trimmed; ) {
    before = trimmed;
    trimmed = trimmed.replace(/(?<=^|[{};])[^{};]+\{\}/g, '');
  }
  return trimmed;
}
