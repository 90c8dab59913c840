// How _headers is derived from a build: rules per folder, per page where a
// folder also holds PDFs, the union of the pages' policies, caching by name.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatHeaders, headerRules, immutableCache, mergePolicies } from '../../src/integrations/static-headers';
import { headersFor, parseHeadersFile } from '../helpers/headers-file';

const site = mkdtempSync(join(tmpdir(), 'static-headers-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(path: string, text = ''): void {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
}

const page = (policy: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
const policyA = "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'";
const policyB = "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'";

write('index.html', page(policyA));
write('tips/one/index.html', page(policyA));
write('tips/two/index.html', page(policyB));
write('worksheets/sheet/index.html', page(policyA));
write('worksheets/sheet-a4.pdf');
write('_astro/style.abc123.css');
write('pagefind/pagefind.js');
write('pagefind/pagefind.en_0123abcd.pf_meta');
write('pagefind/fragment/en_1.pf_fragment');

describe('_headers from a build', () => {
  const rules = parseHeadersFile(formatHeaders(headerRules(site, '/', '_astro')));
  const csp = (path: string) => headersFor(rules, path)['content-security-policy'];

  it('gives a folder of pages one rule with the union of their policies, and frame-ancestors', () => {
    expect(rules.filter((rule) => rule.path === '/tips/*')).toHaveLength(1);
    expect(csp('/tips/one/')).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
    expect(csp('/')).toBe(`${policyA}; frame-ancestors 'none'`);
  });

  it('names each page of a folder that also holds PDFs, so the PDFs get no page policy', () => {
    expect(csp('/worksheets/sheet/')).toContain("'sha256-a'");
    expect(csp('/worksheets/sheet-a4.pdf')).toBeUndefined();
    expect(headersFor(rules, '/worksheets/sheet-a4.pdf')['x-content-type-options']).toBe('nosniff');
  });

  it('caches hashed names for a year: /_astro/, Pagefind fragments and metadata, not pagefind.js', () => {
    expect(headersFor(rules, '/_astro/style.abc123.css')['cache-control']).toBe(immutableCache);
    expect(headersFor(rules, '/pagefind/fragment/en_1.pf_fragment')['cache-control']).toBe(immutableCache);
    expect(headersFor(rules, '/pagefind/pagefind.en_0123abcd.pf_meta')['cache-control']).toBe(immutableCache);
    expect(headersFor(rules, '/pagefind/pagefind.js')['cache-control']).toBeUndefined();
    expect(headersFor(rules, '/tips/one/')['cache-control']).toBeUndefined();
  });

  it('puts every path under the base', () => {
    const underBase = headerRules(site, '/handbook/', '_astro');
    expect(underBase.every((rule) => rule.path.startsWith('/handbook/'))).toBe(true);
  });

  it('fails on a page without a CSP <meta>, saying where and what to check', () => {
    write('about/index.html', '<!doctype html><html><head></head><body></body></html>');
    expect(() => headerRules(site, '/', '_astro')).toThrow(/about\/index\.html has no Content-Security-Policy <meta>.*security\.csp/);
    rmSync(join(site, 'about'), { recursive: true });
  });
});

describe('mergePolicies', () => {
  it('keeps directives and sources in the order they first appear, once each', () => {
    expect(mergePolicies(["img-src 'self'; script-src 'self' 'sha256-x'", "script-src 'self' 'sha256-y'; img-src data:"])).toBe(
      "img-src 'self' data:; script-src 'self' 'sha256-x' 'sha256-y'",
    );
  });
});
