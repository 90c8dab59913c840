import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every <loc> in the sitemaps of a built site (sitemap-index.xml and the files it lists). */
export function sitemapUrls(siteDir: string): string[] {
  const index = join(siteDir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: the @astrojs/sitemap integration must be in astro.config.mjs, with \`site\` set.`);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
  return locs(readFileSync(index, 'utf8')).flatMap((sitemap) => locs(readFileSync(join(siteDir, sitemap.slice(sitemap.lastIndexOf('/') + 1)), 'utf8')));
}

/** The sitemap's pages as paths under the site's address, e.g. "tools/i-message/" ("" for the home page). */
export function sitemapPaths(siteDir: string, address: string): string[] {
  return sitemapUrls(siteDir).map((url) => {
    if (!url.startsWith(address)) throw new Error(`The sitemap lists ${url}, outside ${address}: check SITE_URL and BASE_PATH.`);
    return url.slice(address.length);
  });
}
