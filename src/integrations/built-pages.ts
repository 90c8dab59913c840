import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a built site, for the integrations that rewrite pages after the build. */
function htmlFiles(site: string): string[] {
  return readdirSync(site, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every file of a built site, as paths relative to it with forward slashes, in path order. */
export function builtFiles(site: string): string[] {
  return readdirSync(site, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .map((item) => relative(site, join(item.parentPath, item.name)).split(sep).join('/'))
    .sort();
}

/** A built page, read once and rewritten in memory by each step of src/integrations/page-rewrites.ts. */
export interface BuiltPage {
  file: string;
  html: string;
}

export function readBuiltPages(site: string): BuiltPage[] {
  return htmlFiles(site).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
}

/** A page's link to a stylesheet, as Astro writes it; the address is group 1. */
export const stylesheetLink = /<link rel="stylesheet" href="([^"]+)">/;

/** The file a site address names: `/handbook/_astro/a.css` under base `/handbook/` is `_astro/a.css`. */
export function fileOfAddress(address: string, base: string): string {
  return address.startsWith(base) ? address.slice(base.length) : address.replace(/^\/+/, '');
}

/** A page that runs no script file of its own (inline scripts are the site's, on every page). */
export function isForReading(html: string): boolean {
  return !/<script[^>]*\b(?:src=|type="module")/.test(html);
}
