// Checks the real build's output: pages exist, links resolve, every page is
// well-formed and titled, and the HTML is valid.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryCollections } from '../../src/handbook/collections';
import { readBuiltPages, type BuiltPage } from '../helpers/built-pages';
import { builtSite } from '../helpers/site';

let pages: BuiltPage[] = [];
const byPath = new Map<string, BuiltPage>();

beforeAll(() => {
  pages = readBuiltPages(builtSite);
  for (const page of pages) byPath.set(page.path, page);
});

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

  it('resolves every internal link and #anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of page.root.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href') ?? '';
        if (/^[a-z]+:/i.test(href) && !href.startsWith('http://localhost')) continue;
        const target = new URL(href, `http://site${page.path}`);
        if (target.host !== 'site') {
          broken.push(`${page.path}: links to another host: ${href}`);
          continue;
        }
        const path = decodeURIComponent(target.pathname);
        const exists = byPath.has(path) || existsSync(join(builtSite, path));
        if (!exists) {
          broken.push(`${page.path}: link to ${href}: no such page in the build (check the slug or the route)`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        const targetPage = byPath.get(path);
        if (anchor && targetPage && !targetPage.root.getElementById(anchor)) {
          broken.push(`${page.path}: link to ${href}: ${path} has no element with id "${anchor}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('passes html-validate with no error', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // HTML allows ids that start with a digit; Markdown headings such as "1. Venting" produce them.
        'valid-id': ['error', { relaxed: true }],
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
