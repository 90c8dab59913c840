import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** URL path of the page under the site's base, e.g. "/tools/i-message/". */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return htmlFiles(path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

function urlPathOf(siteDir: string, file: string): string {
  const rel = relative(siteDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every HTML page of a built site, parsed once. */
export function readBuiltPages(siteDir: string): BuiltPage[] {
  return htmlFiles(siteDir)
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: urlPathOf(siteDir, file), file, html, root: parse(html) };
    });
}
