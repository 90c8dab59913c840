import { createHash } from 'node:crypto';
import { HTMLElement, parse as parseHtml, type Node as HtmlNode } from 'node-html-parser';
import { isForReading, stylesheetLink, type BuiltPage } from './built-pages';
import { keptRules, pageMatcher, type Stylesheet } from './stylesheet-rules';

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
 * A step of page-rewrites.ts: after reading-stylesheet.ts (which sets the
 * stylesheet a page links) and before page-policy.ts, which keeps the new
 * style's hash in the page's policy like any other of its inline elements.
 * Returns what to log.
 */
export function inlineEveryFirstPaint(pages: readonly BuiltPage[], sheetAt: (address: string) => Stylesheet): string {
  const sheets = new Map<string, FirstScreenStyles>();
  const stylesFor = (address: string): FirstScreenStyles => {
    let styles = sheets.get(address);
    if (!styles) {
      styles = firstScreenStyles(sheetAt(address));
      sheets.set(address, styles);
    }
    return styles;
  };
  let inlined = 0;
  let bytes = 0;
  for (const page of pages) {
    const result = inlineFirstPaintStyles(page.html, stylesFor);
    if (!result) continue;
    page.html = result.html;
    inlined += 1;
    bytes += result.inlined;
  }
  const shapes = [...sheets.values()].reduce((sum, styles) => sum + styles.shapes(), 0);
  return `Each of ${inlined} pages carries its first screen's styles (${Math.round(bytes / Math.max(inlined, 1))} B on average; ${shapes} first screens of different shapes); its stylesheet loads after them.`;
}

/**
 * The page with its stylesheet's first-screen rules in a <style> where the
 * <link> was, the <link> moved to the end of <body>, and the style's hash
 * added to the page's policy; undefined for a page that links no stylesheet.
 *
 * A page that runs a module of its own (a worksheet's form, search, the
 * packet maker) also asks for its stylesheet early, from its head: a module
 * runs only once the stylesheets before it have loaded, and the one at the
 * end of <body> was asked for only when the parser got there, a round trip
 * after the page showed. The request does not hold back the first paint.
 *
 * On a page for reading, the moved link asks for low priority: nothing on
 * the first screen waits for it. Chromium already paints without it, but
 * gives every stylesheet the highest priority, and Lighthouse's model of a
 * slow phone counts any request of that priority as holding back the first
 * paint (tests/bench/bare-content.mjs measures both ways).
 */
export function inlineFirstPaintStyles(html: string, stylesFor: (address: string) => FirstScreenStyles): { html: string; inlined: number } | undefined {
  const link = stylesheetLink.exec(html);
  if (!link?.[1] || !html.includes('</body>')) return undefined;
  const css = stylesFor(link[1]).of(html);
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  const forReading = isForReading(html);
  const early = forReading ? '' : `<link rel="preload" as="style" href="${link[1]}">`;
  const late = forReading ? link[0].replace(/>$/, ' fetchpriority="low">') : link[0];
  const withStyle = html
    .replace(link[0], `<style>${css}</style>${early}`)
    .replace('</body>', `${late}</body>`)
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
  return firstScreenStyles(sheet).of(html);
}

/** One stylesheet's first-screen rules for any page, and how many page shapes it has matched. */
export interface FirstScreenStyles {
  of(html: string): string;
  shapes(): number;
}

/**
 * The first-screen rules of pages, worked out once per shape of first
 * screen: pages made from one template (a thousand tips) mostly share one,
 * and matching every selector against a page was most of the time this
 * step took.
 */
export function firstScreenStyles(sheet: Stylesheet): FirstScreenStyles {
  const read = readBySelectors(sheet);
  const byShape = new Map<string, string>();
  return {
    of(html) {
      const screen = firstScreen(html);
      const shape = shapeOf(screen, read);
      let css = byShape.get(shape);
      if (css === undefined) {
        // Printing comes after the stylesheet has loaded.
        css = withoutUnusedProperties(keptRules(sheet, pageMatcher(screen), { print: false }));
        byShape.set(shape, css);
      }
      return css;
    },
    shapes: () => byShape.size,
  };
}

/** What the stylesheet's selectors read of attributes: the tests on each one's value, and the ids they name. */
interface ReadBySelectors {
  /** By attribute name, the value tests made on it; an attribute only tested for being there has none. */
  attributes: Map<string, AttributeTest[]>;
  ids: Set<string>;
}

interface AttributeTest {
  operator: string;
  value: string;
  caseless: boolean;
}

const attributeSelector = /\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*("[^"]*"|'[^']*'|[^\]\s]*)\s*([is])?\s*)?\]/gi;

function readBySelectors(sheet: Stylesheet): ReadBySelectors {
  const plain = [...sheet.rules.values()].flatMap((rule) => rule.selectors.map((selector) => selector.plain)).join(' ');
  const attributes = new Map<string, AttributeTest[]>();
  for (const [, name = '', operator, value = '', flag] of plain.matchAll(attributeSelector)) {
    const tests = attributes.get(name.toLowerCase()) ?? [];
    if (operator) tests.push({ operator, value: value.replace(/^["']|["']$/g, ''), caseless: flag?.toLowerCase() === 'i' });
    attributes.set(name.toLowerCase(), tests);
  }
  // :lang() and :dir() read an attribute's value without naming it.
  for (const [pseudo, name] of [[':lang(', 'lang'], [':dir(', 'dir']] as const) {
    if (plain.includes(pseudo)) attributes.set(name, [...(attributes.get(name) ?? []), { operator: 'any', value: '', caseless: false }]);
  }
  return { attributes, ids: new Set([...plain.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] ?? '')) };
}

/** Whether an attribute's value passes a selector's test of it; 'any' keeps the value itself, for the tests a pseudo-class makes. */
function passes(test: AttributeTest, actual: string): string {
  const value = test.caseless ? actual.toLowerCase() : actual;
  const wanted = test.caseless ? test.value.toLowerCase() : test.value;
  switch (test.operator) {
    case '=':
      return String(value === wanted);
    case '~=':
      return String(value.split(/\s+/).includes(wanted));
    case '|=':
      return String(value === wanted || value.startsWith(`${wanted}-`));
    case '^=':
      return String(wanted !== '' && value.startsWith(wanted));
    case '$=':
      return String(wanted !== '' && value.endsWith(wanted));
    case '*=':
      return String(wanted !== '' && value.includes(wanted));
    default:
      return value;
  }
}

/**
 * What a selector can tell of a page: its elements in their places, their
 * classes, which attributes they have and how their values fare in the
 * selectors' tests, and where text is (for :empty). Not the words, nor the
 * addresses of links.
 */
function shapeOf(node: HtmlNode, read: ReadBySelectors): string {
  if (!(node instanceof HTMLElement)) return node.nodeType === 3 ? (node.rawText.trim() === '' ? '_' : '#') : '';
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => {
      const key = name.toLowerCase();
      if (key === 'class') return `.${[...node.classList.values()].sort().join('.')}`;
      if (key === 'id') return read.ids.has(value) ? `#${value}` : '#';
      return `[${key}${(read.attributes.get(key) ?? []).map((test) => `|${passes(test, value)}`).join('')}]`;
    })
    .sort()
    .join('');
  return `<${node.rawTagName ?? ''}${attributes}>${node.childNodes.map((child) => shapeOf(child, read)).join('')}</>`;
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
