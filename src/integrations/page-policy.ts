import { createHash } from 'node:crypto';
import type { BuiltPage } from './built-pages';

/**
 * Narrows each built page's CSP <meta> to the hashes that page uses. Astro
 * lists on every page the hashes of every script and style it bundled for
 * the whole site, and the config lists every inline script's
 * (src/integrations/content-security-policy.ts); a page needs only those of
 * its own inline <script> and <style> elements, since its other scripts and
 * styles are files from 'self'. On a situation page that was 7 of 9 script
 * hashes and both style hashes: about 400 bytes, gzipped, of every first view.
 * The last step of page-rewrites.ts, which runs before static-headers.ts
 * copies the policies into `_headers`. Returns what to log.
 */
export function narrowEveryPolicy(pages: readonly BuiltPage[]): string {
  let removed = 0;
  for (const page of pages) {
    const narrowed = narrowPolicy(page.html);
    page.html = narrowed.html;
    removed += narrowed.removed;
  }
  return `Kept only the hashes each page uses: ${removed} removed.`;
}

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

function hashesOf(html: string, tag: 'script' | 'style'): Set<string> {
  // Inline elements only: a <script src> is allowed by 'self', not by a hash.
  const inline = new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return new Set([...html.matchAll(inline)].map((match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`));
}

/** The page with its policy's script-src and style-src hashes cut to those of its inline scripts and styles, and how many went. */
export function narrowPolicy(html: string): { html: string; removed: number } {
  const meta = policyMeta.exec(html);
  if (!meta) return { html, removed: 0 };
  const used = { 'script-src': hashesOf(html, 'script'), 'style-src': hashesOf(html, 'style') };
  let removed = 0;
  const directives = (meta[2] ?? '').split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    if (name !== 'script-src' && name !== 'style-src') return directive;
    const kept = sources.filter((source) => !source.startsWith("'sha256-") || used[name].has(source));
    removed += sources.length - kept.length;
    return ` ${[name, ...kept].join(' ')}`;
  });
  return { html: html.replace(policyMeta, (_, open: string, __: string, close: string) => `${open}${directives.join(';')}${close}`), removed };
}
