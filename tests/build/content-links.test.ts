// The handbook's link rules: every item of the content map has its page,
// every entry points onward, every tool is reachable from a situation, and
// no page is an orphan.
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltPages, type BuiltPage } from '../helpers/built-pages';
import { builtSite } from '../helpers/site';
import { contentMap } from '../helpers/content-map';

let pages: BuiltPage[] = [];
const byPath = new Map<string, BuiltPage>();

function linksFrom(page: BuiltPage, selector = 'a[href]'): Set<string> {
  const targets = new Set<string>();
  for (const link of page.root.querySelectorAll(selector)) {
    const url = new URL(link.getAttribute('href') ?? '', `http://site${page.path}`);
    if (url.host === 'site') targets.add(url.pathname);
  }
  return targets;
}

beforeAll(() => {
  pages = readBuiltPages(builtSite);
  for (const page of pages) byPath.set(page.path, page);
});

describe('content coverage and links', () => {
  it.each(Object.entries(contentMap))('%s is covered by /%s/', (_id, path) => {
    const page = byPath.get(`/${path}/`);
    expect(page, `no page at /${path}/: write content/${path}.mdx`).toBeDefined();
    expect(page?.html).not.toMatch(/Placeholder summary/);
  });

  it('shows every entry’s related entries, at least two (a situation: its "Start here" list), as the schemas require', () => {
    const thin = pages
      .filter((page) => /^\/(tools|tips|case-studies|scenarios|situations)\/[^/]+\/$/.test(page.path))
      .filter((page) => page.root.querySelectorAll('#related-heading + ul a, #start-here-heading + ul a').length < 2)
      .map((page) => `${page.path}: fewer than two related entries (add slugs to "related", or to "startHere" on a situation)`);
    expect(thin).toEqual([]);
  });

  it('reaches every tool from at least one situation page', () => {
    const fromSituations = new Set(
      pages.filter((page) => /^\/situations\/[^/]+\/$/.test(page.path)).flatMap((page) => [...linksFrom(page, 'main a[href]')]),
    );
    const unreached = pages
      .filter((page) => /^\/tools\/[^/]+\/$/.test(page.path) && !fromSituations.has(page.path))
      .map((page) => `${page.path}: no situation page links here (tag it with a situation)`);
    expect(unreached).toEqual([]);
  });

  it('leaves no page an orphan', () => {
    const linked = new Set<string>();
    for (const page of pages) for (const target of linksFrom(page)) if (target !== page.path) linked.add(target);
    const orphans = pages
      .filter((page) => page.path !== '/' && page.path !== '/404.html' && !linked.has(page.path))
      .map((page) => `${page.path}: no other page links here`);
    expect(orphans).toEqual([]);
  });
});
