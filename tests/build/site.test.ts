// Checks the real build's output: pages exist, links resolve, every page is
// well-formed and titled, and the HTML is valid.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryCollections } from '../../src/handbook/collections';
import { readBuiltPages, type BuiltPage } from '../helpers/built-pages';
import { builtSite, builtSiteLog, builtSubPathSite, subPathBase } from '../helpers/site';
import { siteAddress } from '../helpers/worksheets';

let pages: BuiltPage[] = [];
const byPath = new Map<string, BuiltPage>();

beforeAll(() => {
  pages = readBuiltPages(builtSite);
  for (const page of pages) byPath.set(page.path, page);
});

/** Elements whose address the browser follows or loads. */
const linkAttributes: Array<[string, string]> = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['form[action]', 'action'],
];

/** Every internal link, asset and #anchor of a build made for `base` that leads nowhere, with what to fix. */
function brokenLinks(siteDir: string, base: string, sitePages: BuiltPage[]): string[] {
  const paths = new Map(sitePages.map((page) => [page.path, page]));
  const broken: string[] = [];
  for (const page of sitePages) {
    const pageUrl = `http://site${base}${page.path.slice(1)}`;
    for (const [selector, attribute] of linkAttributes) {
      for (const element of page.root.querySelectorAll(selector)) {
        const href = element.getAttribute(attribute) ?? '';
        if (/^[a-z]+:/i.test(href) && !href.startsWith('http://localhost')) continue;
        const target = new URL(href, pageUrl);
        if (target.host !== 'site') {
          broken.push(`${page.path}: links to another host: ${href}`);
          continue;
        }
        if (!target.pathname.startsWith(base)) {
          broken.push(`${page.path}: ${href} is outside the site's base ${base}: build internal links with siteUrl()`);
          continue;
        }
        const path = `/${decodeURIComponent(target.pathname.slice(base.length))}`;
        if (!paths.has(path) && !existsSync(join(siteDir, path))) {
          broken.push(`${page.path}: link to ${href}: no such page in the build (check the slug or the route)`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        const targetPage = paths.get(path);
        if (anchor && targetPage && !targetPage.root.getElementById(anchor)) {
          broken.push(`${page.path}: link to ${href}: ${path} has no element with id "${anchor}"`);
        }
      }
    }
  }
  return broken;
}

/** The address of every link annotation in a PDF (internal destinations need no check: pdf.js resolves them or the file is broken). */
async function pdfLinkTargets(file: string): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const targets: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const annotation of await (await pdf.getPage(n)).getAnnotations()) {
      if (typeof annotation !== 'object' || annotation === null) continue;
      const url: unknown = Reflect.get(annotation, 'url') ?? Reflect.get(annotation, 'unsafeUrl');
      if (Reflect.get(annotation, 'subtype') === 'Link' && typeof url === 'string') targets.push(url);
    }
  }
  await pdf.destroy();
  return targets;
}

describe('the built site', () => {
  it.each(entryCollections)('has a page for every entry in content/%s', (collection) => {
    const slugs = readdirSync(join('content', collection)).map((f) => f.replace(/\.mdx?$/, ''));
    const missing = slugs.filter((slug) => !byPath.has(`/${collection}/${slug}/`));
    expect(missing).toEqual([]);
    expect(byPath.has(`/${collection}/`)).toBe(true);
  });

  it('has the home, sources, about and 404 pages', () => {
    for (const path of ['/', '/sources/', '/about/', '/404.html']) expect(byPath.has(path), path).toBe(true);
  });

  it('gives every page exactly one h1, a title and a meta description', () => {
    const problems = pages.flatMap((page) => {
      const found: string[] = [];
      const h1s = page.root.querySelectorAll('h1').length;
      if (h1s !== 1) found.push(`${page.path}: ${h1s} h1 elements (want exactly one)`);
      if (!page.root.querySelector('title')?.text.trim()) found.push(`${page.path}: no <title>`);
      const description = page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim();
      if (!description) found.push(`${page.path}: no meta description`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('shows one style of apostrophe and quotation mark: typographic, whichever an author typed', () => {
    const straight = pages.flatMap((page) => {
      // A copy of the page: the shared one must keep its scripts for the other checks.
      const root = parse(page.html);
      const main = root.querySelector('main');
      for (const hidden of main?.querySelectorAll('script, style, noscript, [hidden]') ?? []) hidden.remove();
      const text = `${root.querySelector('title')?.text ?? ''} ${main?.textContent ?? ''}`;
      return [...text.matchAll(/.{0,30}['"].{0,30}/g)].map((match) => `${page.path}: ${match[0]}`);
    });
    expect(straight).toEqual([]);
  });

  it.each([
    ['/', builtSite],
    [subPathBase, builtSubPathSite],
  ])('resolves every internal link, #anchor and asset, built for %s', (base, siteDir) => {
    const sitePages = siteDir === builtSite ? pages : readBuiltPages(siteDir);
    expect(brokenLinks(siteDir, base, sitePages)).toEqual([]);
  });

  it('has every PDF a page links to, and every link inside a PDF resolves', async () => {
    const linked = new Set<string>();
    for (const page of pages) {
      for (const link of page.root.querySelectorAll('a[href$=".pdf"]')) linked.add(new URL(link.getAttribute('href') ?? '', `http://site${page.path}`).pathname);
    }
    expect(linked.size, 'no page links a PDF: the worksheet links are gone').toBeGreaterThan(0);
    const missing = [...linked].filter((path) => !existsSync(join(builtSite, path)));
    expect(missing).toEqual([]);

    const address = new URL(siteAddress().base, siteAddress().site).href;
    const broken: string[] = [];
    for (const path of linked) {
      for (const target of await pdfLinkTargets(join(builtSite, path))) {
        if (!target.startsWith(address)) {
          broken.push(`${path}: links to ${target}, outside the handbook (${address}); link to a page of the handbook instead`);
          continue;
        }
        const targetPath = `/${target.slice(address.length)}`.replace(/[?#].*$/, '');
        if (!byPath.has(targetPath) && !existsSync(join(builtSite, targetPath))) broken.push(`${path}: links to ${target}: no such page in the build`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('calls a PDF with fields fillable, and one without (the pocket cards) printable, on its page and where a tool links it', () => {
    const text = (path: string, selector: string) => byPath.get(path)?.root.querySelector(selector)?.textContent.replace(/\s+/g, ' ') ?? '';
    const cards = text('/worksheets/pocket-cards/', '.ws-downloads');
    expect(cards).toContain('Print it');
    expect(cards).toContain('Printable PDF');
    expect(cards).not.toMatch(/Fillable|Fill it in|type in the boxes/);
    expect(text('/tools/soaring/', '.ws-link')).toContain('Printable PDF:');
    const sheet = text('/worksheets/i-message-builder/', '.ws-downloads');
    expect(sheet).toContain('Blank PDF to print or fill in');
    expect(sheet).toContain('Blank, fillable');
    expect(sheet).toContain('Or fill it in right here');
    expect(text('/tools/i-message/', '.ws-link')).toContain('Fillable PDF:');
  });

  it('passes html-validate with no error', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // HTML allows ids that start with a digit; Markdown headings such as "1. Venting" produce them.
        'valid-id': ['error', { relaxed: true }],
        // WCAG technique H32 (a submit button) is for forms whose submission changes the page. A worksheet's
        // form is never submitted: answers stay on the page, and no button could do anything useful.
        'wcag/h32': 'off',
      },
    });
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('the build log', () => {
  it('prints no warning and no error: every line is status a user can read', () => {
    const log = readFileSync(builtSiteLog, 'utf8');
    expect(log).toContain('[build] Complete!');
    const noisy = log.split('\n').filter((line) => /\b(warn|warning|error)\b|\[WARN\]|\[ERROR\]/i.test(line.replace(/\/[a-z0-9/-]+\/(index\.html|[a-z0-9-]+\.pdf)/g, '')));
    expect(noisy).toEqual([]);
  });
});
