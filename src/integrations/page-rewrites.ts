import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build';
import { readBuiltPages } from './built-pages';
import { inlineEveryFirstPaint } from './first-paint-styles';
import { narrowEveryPolicy } from './page-policy';
import { linkReadingStylesheets } from './reading-stylesheet';
import { builtStylesheets } from './stylesheet-rules';

/**
 * Rewrites the built pages in one pass: each is read once, changed in memory
 * by each step in turn, and written once. Three passes, each reading and
 * writing every page, took 4 s of a build with 1,000 extra tips; the order
 * of the steps is the order each needs:
 *   1. pages without a script of their own link the reading stylesheet;
 *   2. each page carries its first screen's styles from the sheet it links;
 *   3. each page's policy keeps only the hashes its inline elements use,
 *      the new style's included.
 * Runs before the service worker lists the files with their hashes, and
 * before static-headers.ts copies each page's policy into `_headers`.
 */
export default function pageRewrites(): AstroIntegration {
  return afterBuild('handbook:page-rewrites', ({ dir, base, assets }, logger) => {
    const pages = readBuiltPages(dir);
    const built = pages.map((page) => page.html);
    const sheetAt = builtStylesheets(dir, base);
    for (const said of linkReadingStylesheets(pages, sheetAt, { site: dir, base, assets })) logger.info(said);
    logger.info(inlineEveryFirstPaint(pages, sheetAt));
    logger.info(narrowEveryPolicy(pages));
    pages.forEach((page, index) => {
      if (page.html !== built[index]) writeFileSync(page.file, page.html);
    });
  });
}
