// The service worker as built: it lists every file of the build, each with
// its size and a hash of its content that the file on disk matches, addresses
// under the sub-path, and its own headers; the manifest and icons it names exist.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceWorkerHeaders } from '../../src/integrations/static-headers';
import { headersFor, readHeadersFile } from '../helpers/headers-file';
import { workerList } from '../helpers/offline';
import { builtSite, builtSubPathSite, subPathBase } from '../helpers/site';

function siteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .map((item) => relative(siteDir, join(item.parentPath, item.name)).split(sep).join('/'));
}

/** The file on disk an address of the list names. */
function fileOf(siteDir: string, base: string, url: string): string {
  const path = join(siteDir, url.slice(base.length));
  return url.endsWith('/') ? join(path, 'index.html') : path;
}

describe.each([
  ['/', builtSite],
  [subPathBase, builtSubPathSite],
])('the service worker, built for %s', (base, siteDir) => {
  const list = workerList(join(siteDir, 'sw.js'));

  it('lists every file of the site but _headers, the sitemaps and itself, each once, with its size and content hash', () => {
    const expected = siteFiles(siteDir)
      .filter((file) => !/^(_headers|sitemap-.*\.xml|sw\.js)$/.test(file))
      .sort();
    const listed = list.map((file) => relative(siteDir, fileOf(siteDir, base, file.url)).split(sep).join('/')).sort();
    expect(listed).toEqual(expected);
    const wrong = list.filter((file) => {
      const bytes = readFileSync(fileOf(siteDir, base, file.url));
      return bytes.length !== file.bytes || `sha256-${createHash('sha256').update(bytes).digest('base64')}` !== file.integrity;
    });
    expect(wrong.map((file) => file.url)).toEqual([]);
  });

  it('asks for pages by their folder, under the base, and stores the search, the worksheets and the offline page on a first visit', () => {
    expect(list.every((file) => file.url.startsWith(base))).toBe(true);
    expect(list.some((file) => file.url.endsWith('index.html'))).toBe(false);
    const core = new Set(list.filter((file) => file.core).map((file) => file.url.slice(base.length)));
    for (const url of ['', 'search/', 'offline/', '404.html', 'worksheets/i-message-builder/', 'pagefind/pagefind.js', 'manifest.webmanifest']) expect(core, url).toContain(url);
    expect(core).not.toContain('tips/name-the-emotion/');
    expect([...core].some((url) => url.endsWith('.pdf'))).toBe(false);
  });

  it('is served fresh on every update check, under a policy of its own', () => {
    expect(headersFor(readHeadersFile(siteDir), `${base}sw.js`)).toMatchObject(Object.fromEntries(serviceWorkerHeaders.map(([name, value]) => [name.toLowerCase(), value])));
  });

  it('names a manifest whose icons exist at their stated sizes, has the touch icon iOS looks for, and every page links the manifest', () => {
    const manifest: unknown = JSON.parse(readFileSync(join(siteDir, 'manifest.webmanifest'), 'utf8'));
    if (typeof manifest !== 'object' || manifest === null || !('icons' in manifest) || !Array.isArray(manifest.icons)) throw new Error('manifest.webmanifest has no icons');
    for (const icon of manifest.icons) {
      const file = join(siteDir, String(icon.src));
      expect(existsSync(file), String(icon.src)).toBe(true);
      const png = readFileSync(file);
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    const touch = readFileSync(join(siteDir, 'apple-touch-icon.png'));
    expect(`${touch.readUInt32BE(16)}x${touch.readUInt32BE(20)}`).toBe('180x180');
    const home = readFileSync(join(siteDir, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="manifest" href="${base}manifest.webmanifest">`);
    expect(home).toMatch(/<link rel="icon" href="data:image\/svg\+xml,<svg [^"]{100,500}<\/svg>" type="image\/svg\+xml">/);
  });
});
