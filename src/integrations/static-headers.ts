import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { serviceWorkerFile } from '../offline/offline-files';
import { afterBuild } from './after-build';
import { builtFiles } from './built-pages';

/** What a host sends with every response (Netlify and Cloudflare Pages read `_headers`). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // The handbook links to no one who needs to know where a reader came from.
  'Referrer-Policy': 'no-referrer',
  // Features a page of text never needs; only names Chromium knows, or it logs an error.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // No Cross-Origin-Opener-Policy: the handbook opens no windows and holds no
  // secrets, and that header makes Chromium move the first view into a new
  // browsing context group, which Lighthouse measured as 200-600 ms of blocking
  // time on every page (performance 86-96 instead of 100).
};

/** Files whose names carry a hash of their content: they never change, so browsers may keep them for a year. */
export const immutableCache = 'public, max-age=31536000, immutable';

/**
 * The service worker's own: checked against the server on every update check,
 * so a new build's worker is found at once; and a policy of its own (a
 * worker's comes from its script's response), allowing nothing but the site.
 */
export const serviceWorkerHeaders: Array<[string, string]> = [
  ['Cache-Control', 'no-cache'],
  ['Content-Security-Policy', "default-src 'self'"],
];

/** Cloudflare Pages reads at most 100 rules and 2,000 characters a line; past that it ignores the file. */
export const hostLimits = { rules: 100, lineLength: 2000 };

/** Only in the header: browsers ignore frame-ancestors in a <meta> policy and say so in the console. */
const headerOnlyDirectives = ["frame-ancestors 'none'"];

export interface HeaderRule {
  path: string;
  headers: Array<[string, string]>;
}

/**
 * Writes `_headers` when the build is done, from what the build wrote:
 * - the CSP of every page, as Astro put it in the page's <meta>, so the header
 *   and the meta never disagree. Pages of one folder share a rule (the union
 *   of their policies: each page's own <meta> still narrows it to its hashes).
 *   Folders that also hold PDFs get one rule per page instead: Chrome's PDF
 *   viewer breaks under a page policy (object-src 'none', inline styles).
 *   Every rule also allows what the 404 page needs, since a host serves it at
 *   any missing address;
 * - the security headers above for every response;
 * - a year of caching for files with hashed names: /_astro/ and Pagefind's
 *   fragments, index chunks, filters and metadata (not pagefind.js or
 *   pagefind-entry.json, which keep their names between builds);
 * - the service worker's rule (no caching, a policy of its own).
 * It must run after the Pagefind integration, which writes /pagefind/.
 */
export default function staticHeaders(): AstroIntegration {
  return afterBuild('handbook:static-headers', ({ dir, base, assets }, logger) => {
    const rules = headerRules(dir, base, assets);
    const text = formatHeaders(rules);
    const tooLong = text.split('\n').filter((line) => line.length > hostLimits.lineLength).length;
    if (rules.length > hostLimits.rules || tooLong > 0) {
      logger.warn(
        `_headers has ${rules.length} rules and ${tooLong} lines over ${hostLimits.lineLength} characters; Cloudflare Pages allows ${hostLimits.rules} rules and ${hostLimits.lineLength} characters a line. Group pages into fewer folders or move PDFs out of page folders.`,
      );
    }
    writeFileSync(join(dir, '_headers'), text);
    logger.info(`Wrote _headers: ${rules.length} rules.`);
  });
}

/** Every rule of `_headers` for the built site in `site`. */
export function headerRules(site: string, base: string, assets: string): HeaderRule[] {
  const files = builtFiles(site);
  const rules: HeaderRule[] = [{ path: `${base}*`, headers: Object.entries(securityHeaders) }];

  const policies = new Map<string, string[]>();
  const foldersWithOtherFiles = new Set(files.filter((file) => !file.endsWith('.html') && file.includes('/')).map(topFolder));
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const policy = pagePolicy(join(site, file));
    const folder = file.includes('/') ? topFolder(file) : undefined;
    const path = folder === undefined || foldersWithOtherFiles.has(folder) ? `${base}${urlPathOf(file)}` : `${base}${folder}/*`;
    policies.set(path, [...(policies.get(path) ?? []), policy]);
  }
  // A host serves 404.html at any missing address, under that address's
  // rule: each rule allows what the 404 page needs too (its meta narrows it).
  const notFound = files.includes('404.html') ? [pagePolicy(join(site, '404.html'))] : [];
  for (const [path, pagePolicies] of policies) {
    rules.push({ path, headers: [['Content-Security-Policy', mergePolicies([...pagePolicies, ...notFound, headerOnlyDirectives.join('; ')])]] });
  }

  const hashed = [`${base}${assets}/*`, `${base}pagefind/fragment/*`, `${base}pagefind/index/*`, `${base}pagefind/filter/*`];
  for (const file of files.filter((name) => /^pagefind\/[^/]+\.pf_meta$/.test(name))) hashed.push(`${base}${file}`);
  for (const path of hashed) rules.push({ path, headers: [['Cache-Control', immutableCache]] });
  if (files.includes(serviceWorkerFile)) rules.push({ path: `${base}${serviceWorkerFile}`, headers: serviceWorkerHeaders });
  return rules;
}

export function formatHeaders(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by src/integrations/static-headers.ts at build time; edit that, not this.\n${blocks.join('\n\n')}\n`;
}

/** The policy in a page's CSP <meta>; a page without one fails the build. */
export function pagePolicy(file: string): string {
  const html = readFileSync(file, 'utf8');
  const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  if (!match?.[1]) {
    throw new Error(`${file} has no Content-Security-Policy <meta>. Every page must carry one: check that security.csp is set in astro.config.mjs and that the page uses BaseLayout.`);
  }
  return match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&').trim();
}

/** The union of several policies, directive by directive, keeping the order in which sources first appear. */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/).filter(Boolean);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

function topFolder(file: string): string {
  return file.slice(0, file.indexOf('/'));
}

function urlPathOf(file: string): string {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
