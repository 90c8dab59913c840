// The sitemap lists every page of the build (HTML pages, not the PDFs, not
// the 404 page) at the address the deployment serves it from.
import { describe, expect, it } from 'vitest';
import { readBuiltPages } from '../helpers/built-pages';
import { builtSite, builtSubPathSite, subPathBase } from '../helpers/site';
import { sitemapUrls } from '../helpers/sitemap';
import { siteAddress } from '../helpers/worksheets';

describe.each([
  ['/', builtSite],
  [subPathBase, builtSubPathSite],
])('the sitemap, built for %s', (base, siteDir) => {
  const address = new URL(base, siteAddress().site).href;

  it('lists every HTML page but 404, once, and nothing else', () => {
    const expected = readBuiltPages(siteDir)
      .map((page) => page.path)
      .filter((path) => path !== '/404.html')
      .map((path) => `${address}${path.slice(1)}`)
      .sort();
    const listed = sitemapUrls(siteDir).sort();
    expect(expected.length).toBeGreaterThan(100);
    expect(listed).toEqual(expected);
  });
});
