// _headers (Netlify and Cloudflare Pages read it): the same Content Security
// Policy as each page's <meta>, the security headers on every response, a
// year's caching for files with hashed names and none for the rest, within
// what Cloudflare Pages accepts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostLimits, immutableCache, securityHeaders } from '../../src/integrations/static-headers';
import { readBuiltPages } from '../helpers/built-pages';
import { headersFor, readHeadersFile } from '../helpers/headers-file';
import { builtSite, builtSubPathSite, subPathBase } from '../helpers/site';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/).filter(Boolean);
    if (name) policy.set(name, sources);
  }
  return policy;
}

function metaPolicy(html: string): string {
  return /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function siteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .map((item) => relative(siteDir, join(item.parentPath, item.name)).split(sep).join('/'));
}

describe.each([
  ['/', builtSite],
  [subPathBase, builtSubPathSite],
])('_headers, built for %s', (base, siteDir) => {
  const rules = readHeadersFile(siteDir);
  const pages = readBuiltPages(siteDir);
  const files = siteFiles(siteDir);
  const urlOf = (file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

  it('gives every page a CSP header with the same directives as its <meta>, allowing all the meta allows', () => {
    expect(rules.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const url = `${base}${page.path.slice(1)}`;
      const header = headersFor(rules, url)['content-security-policy'];
      if (header === undefined) {
        problems.push(`${url}: no Content-Security-Policy header`);
        continue;
      }
      const meta = parsePolicy(metaPolicy(page.html));
      const fromHeader = parsePolicy(header);
      expect([...fromHeader.keys()].filter((name) => name !== 'frame-ancestors').sort(), url).toEqual([...meta.keys()].sort());
      // Hashes: the header has the union of its pages' (each page's <meta> narrows it to its own). Other sources: the same.
      const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
      for (const [name, sources] of meta) {
        const inHeader = fromHeader.get(name) ?? [];
        const missing = sources.filter((source) => !inHeader.includes(source));
        if (missing.length > 0) problems.push(`${url}: the header's ${name} lacks ${missing.join(' ')}`);
        const looser = inHeader.filter((source) => !isHash(source) && !sources.includes(source));
        if (looser.length > 0) problems.push(`${url}: the header's ${name} also allows ${looser.join(' ')}, which the <meta> does not`);
      }
      expect(fromHeader.get('frame-ancestors'), url).toEqual(["'none'"]);
    }
    expect(problems).toEqual([]);
  });

  it('puts the <meta> policy before every script and stylesheet of every page (a policy covers only what follows it)', () => {
    const early = readBuiltPages(builtSite).flatMap((page) => {
      const policyAt = page.html.search(/<meta\s+http-equiv="content-security-policy"/i);
      const firstLoad = page.html.search(/<script\b|<link\b[^>]*rel="stylesheet"|<style\b/i);
      return policyAt < 0 || (firstLoad >= 0 && firstLoad < policyAt) ? [page.path] : [];
    });
    expect(early).toEqual([]);
  });

  it('allows no inline script or style but the hashed ones, and lets search compile WebAssembly', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policy = parsePolicy(metaPolicy(page.html));
      const scripts = policy.get('script-src') ?? [];
      const styles = policy.get('style-src') ?? [];
      for (const keyword of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        if (scripts.includes(keyword)) problems.push(`${page.path}: script-src allows ${keyword}`);
        if (styles.includes(keyword)) problems.push(`${page.path}: style-src allows ${keyword}`);
      }
      if (!scripts.includes("'wasm-unsafe-eval'")) problems.push(`${page.path}: script-src lacks 'wasm-unsafe-eval' (Pagefind needs it)`);
      if (policy.get('default-src')?.join(' ') !== "'self'") problems.push(`${page.path}: default-src is not 'self'`);
      for (const script of page.root.querySelectorAll('script:not([src])')) {
        if (!scripts.includes(sha256(script.rawText))) problems.push(`${page.path}: an inline script has no hash in script-src (put it in src/inline-scripts/)`);
      }
      for (const style of page.root.querySelectorAll('style')) {
        if (!styles.includes(sha256(style.rawText))) problems.push(`${page.path}: an inline <style> has no hash in style-src`);
      }
      // The policy blocks these, so the build must write none.
      for (const element of page.root.querySelectorAll('*')) {
        const attributes = Object.keys(element.attributes);
        if (attributes.includes('style')) problems.push(`${page.path}: <${element.tagName.toLowerCase()} style="..."> (use a class)`);
        for (const name of attributes.filter((attribute) => /^on/i.test(attribute))) problems.push(`${page.path}: inline handler ${name} (use addEventListener)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists in each page's <meta> only the hashes of its own inline scripts, and lets the 404 page's run at any missing address", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const own = new Set(page.root.querySelectorAll('script:not([src])').map((script) => sha256(script.rawText)));
      const listed = (parsePolicy(metaPolicy(page.html)).get('script-src') ?? []).filter((source) => source.startsWith("'sha256-"));
      const foreign = listed.filter((hash) => !own.has(hash));
      if (foreign.length > 0) problems.push(`${page.path}: script-src lists ${foreign.length} hashes of scripts it does not carry`);
    }
    expect(problems).toEqual([]);
    const notFound = pages.find((page) => page.path === '/404.html');
    expect(notFound, 'the build wrote no 404.html').toBeDefined();
    const needed = (notFound?.root.querySelectorAll('script:not([src])') ?? []).map((script) => sha256(script.rawText));
    expect(needed.length).toBeGreaterThan(0);
    for (const missing of ['situations/no-such-page/', 'tools/x/', 'no-such-folder/page/']) {
      const policy = headersFor(rules, `${base}${missing}`)['content-security-policy'];
      // No page rule for that address: only the 404 page's own <meta> applies.
      if (policy === undefined) continue;
      const header = parsePolicy(policy);
      expect(needed.filter((hash) => !(header.get('script-src') ?? []).includes(hash)), `${base}${missing}`).toEqual([]);
    }
  });

  it('sends the security headers with every file, and no page policy with PDFs (Chrome shows them blank under one)', () => {
    for (const file of files.filter((name) => name !== '_headers')) {
      const headers = headersFor(rules, urlOf(file));
      for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], `${file}: ${name}`).toBe(value);
      if (file.endsWith('.pdf')) expect(headers['content-security-policy'], file).toBeUndefined();
    }
  });

  it('caches files with hashed names for a year, the service worker never, and nothing else', () => {
    const hashedName = /^(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/[^/]+\.pf_meta$)/;
    const hashed = files.filter((file) => hashedName.test(file));
    expect(hashed.some((file) => file.startsWith('_astro/'))).toBe(true);
    expect(hashed.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    for (const file of files) {
      const cache = headersFor(rules, urlOf(file))['cache-control'];
      expect(cache, file).toBe(hashedName.test(file) ? immutableCache : file === 'sw.js' ? 'no-cache' : undefined);
    }
  });

  it('stays within what Cloudflare Pages reads', () => {
    const text = readFileSync(join(siteDir, '_headers'), 'utf8');
    expect(rules.length).toBeLessThanOrEqual(hostLimits.rules);
    expect(text.split('\n').filter((line) => line.length > hostLimits.lineLength)).toEqual([]);
    for (const rule of rules) expect(rule.path.startsWith(base), rule.path).toBe(true);
  });

  it('keeps one rule per folder of pages, so the file does not grow with the handbook (PDFs live in a folder of their own)', () => {
    const perPage = rules.filter((rule) => rule.path.endsWith('/') && rule.path !== base);
    expect(perPage.map((rule) => rule.path)).toEqual([]);
  });
});
