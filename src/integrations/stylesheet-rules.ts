import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import postcss, { type ChildNode, type Rule } from 'postcss';
import { fileOfAddress } from './built-pages';

/**
 * A built stylesheet, parsed once, and the means to keep of it only the
 * rules that match a page (src/integrations/reading-stylesheet.ts and
 * first-paint-styles.ts). Matching is by the page's static HTML: parts of a
 * selector that depend on what a reader does (a hover, a theme chosen) are
 * left out, so such a rule is kept when the element it styles is there.
 */
export interface Stylesheet {
  nodes: ChildNode[];
  /** Each rule's selectors, with what matching needs of each, and its declarations, worked out once. */
  rules: Map<Rule, { selectors: SelectorToMatch[]; body: string }>;
  /** Its cascade layers, in the order they are first named. */
  layers: string[];
}

/** A selector, as matched against a page. */
export interface SelectorToMatch {
  selector: string;
  /** The selector without its parts that depend on the reader (see afterFirstPaint). */
  plain: string;
  /** Classes an element must have to match. */
  classes: string[];
  /** Element names the page must have for it to match (none when it has :not(), which can turn one around). */
  tags: string[];
}

export function parseStylesheet(css: string): Stylesheet {
  const root = postcss.parse(css);
  root.walkComments((comment) => {
    comment.remove();
  });
  const layers: string[] = [];
  root.walkAtRules('layer', (layer) => {
    for (const name of layer.params.split(',').map((part) => part.trim())) if (name && !layers.includes(name)) layers.push(name);
  });
  const rules = new Map<Rule, { selectors: SelectorToMatch[]; body: string }>();
  root.walkRules((rule) => {
    const selectors = rule.selectors.map((selector) => {
      const plain = matchable(selector);
      return { selector, plain, ...requirements(plain) };
    });
    rules.set(rule, { selectors, body: `{${rule.nodes.map(String).join(';')}}` });
  });
  return { nodes: root.nodes, layers, rules };
}

/** The built site's stylesheets by the address pages link them with, each read and parsed once. */
export function builtStylesheets(site: string, base: string): (address: string) => Stylesheet {
  const parsed = new Map<string, Stylesheet>();
  return (address) => {
    let sheet = parsed.get(address);
    if (!sheet) {
      sheet = parseStylesheet(readFileSync(join(site, fileOfAddress(address, base)), 'utf8'));
      parsed.set(address, sheet);
    }
    return sheet;
  };
}

/**
 * Parts of a selector that depend on what happens after the page loads (a
 * hover, a focus, the reader's theme, a pressed toggle) or that draw pseudo-
 * elements: left out when matching, so the rule is kept when the rest of it
 * matches an element of the page.
 */
const readerState = [
  /::?(?:before|after|marker|placeholder|file-selector-button|selection|backdrop|first-line|first-letter)\b/g,
  /:(?:hover|focus-visible|focus-within|focus|active|visited|checked|disabled|default|invalid|target)\b/g,
  /\[(?:data-theme|aria-pressed|aria-invalid|aria-disabled|data-search-pending)(?:[~|^$*]?=[^\]]*)?\]/g,
];

function matchable(selector: string): string {
  let plain = selector.replace(/:root\b/g, 'html');
  for (const pattern of readerState) plain = plain.replace(pattern, '');
  // "a > :hover" becomes "a > ": the combinator then needs something to hold.
  plain = plain.replace(/([>+~])\s*$/, '$1 *').trim();
  return plain === '' ? '*' : plain;
}

/**
 * The classes and element names a page must hold for a selector to match.
 * Attribute values, :not() groups (":not(.a)" requires no .a) and other
 * pseudo-classes' arguments ("odd", "en") are cut out first. A :not() must
 * not make the whole selector require nothing: html:has(.ws-form__bar:not([hidden]))
 * then had every page parsed, 1.5 s of a build with 1,000 extra tips. A group
 * naming alternatives (":is(.a, .b)", ":has(.a, .b)") requires none of them.
 */
function requirements(selector: string): { classes: string[]; tags: string[] } {
  let rest = selector.replace(/\[[^\]]*\]/g, '');
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/:not\([^()]*\)/g, '');
  }
  if (/:not\(|:(?:is|where|matches)\(|\([^()]*,/.test(rest)) return { classes: [], tags: [] };
  rest = rest.replace(/:(?!has\()[\w-]+\([^()]*\)/g, '');
  return {
    classes: [...rest.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] ?? ''),
    tags: [...rest.matchAll(/(?:^|[\s>+~(,])([a-z][a-z0-9]*)/g)].map((match) => match[1] ?? ''),
  };
}

/** The classes and element names a page's HTML holds, read without parsing it. */
export interface PageWords {
  classes: Set<string>;
  tags: Set<string>;
}

export function pageWords(html: string): PageWords {
  return {
    classes: new Set([...html.matchAll(/\bclass="([^"]*)"/g)].flatMap((match) => (match[1] ?? '').split(/\s+/))),
    tags: new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((match) => match[1] ?? '')),
  };
}

/** Whether a selector may match a page with these classes and elements: when not, the page need not be parsed for it. */
export function mayMatch(selector: SelectorToMatch, words: PageWords): boolean {
  return selector.classes.every((name) => words.classes.has(name)) && selector.tags.every((name) => words.tags.has(name));
}

/** Whether a selector matches an element of a page, remembered per page. */
export type PageMatcher = (selector: SelectorToMatch) => boolean;

export function pageMatcher(page: HTMLElement): PageMatcher {
  const classes = new Set(page.querySelectorAll('[class]').flatMap((element) => [...element.classList.values()]));
  const matched = new Map<string, boolean>();
  return ({ plain, classes: needed }) => {
    let found = matched.get(plain);
    if (found === undefined) {
      if (!needed.every((name) => classes.has(name))) found = false;
      else {
        try {
          found = page.querySelector(plain) !== null;
        } catch {
          // A selector the matcher cannot read is kept: a rule too many costs bytes, one too few a page drawn wrong.
          found = true;
        }
      }
      matched.set(plain, found);
    }
    return found;
  };
}

/**
 * The stylesheet with only the selectors `keep` keeps, in their layers and
 * media queries, minified as it was. Every layer is named first, in the
 * stylesheet's order: a layer with no rule here must not take a later place
 * when another stylesheet of the site brings it.
 */
export function keptRules(sheet: Stylesheet, keep: (selector: SelectorToMatch) => boolean, options: { print: boolean }): string {
  const emit = (nodes: ChildNode[] | undefined): string =>
    (nodes ?? [])
      .map((node) => {
        if (node.type === 'rule') {
          const rule = sheet.rules.get(node);
          const kept = (rule?.selectors ?? []).filter(keep).map(({ selector }) => selector);
          return kept.length === 0 || !rule ? '' : `${kept.join(',')}${rule.body}`;
        }
        if (node.type !== 'atrule') return '';
        if (!options.print && (node.name === 'page' || (node.name === 'media' && /^print\b/.test(node.params)))) return '';
        const head = `@${node.name}${node.params ? ` ${node.params}` : ''}`;
        if (node.nodes === undefined) return node.name === 'layer' ? '' : `${head};`;
        // @page and the like hold declarations, not rules: kept whole.
        if (node.nodes.every((child) => child.type === 'decl')) return `${head}{${node.nodes.map(String).join(';')}}`;
        const inner = emit(node.nodes);
        return inner === '' ? '' : `${head}{${inner}}`;
      })
      .join('');
  return `@layer ${sheet.layers.join(',')};${emit(sheet.nodes)}`;
}
