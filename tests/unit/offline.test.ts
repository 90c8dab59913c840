import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { offlineFiles, withFileList } from '../../src/integrations/offline-file-list';
import { manifestIcons } from '../../src/offline/app-icons';
import { contains, coverageTest, iconShapes } from '../../src/offline/icon-drawing';
import { iconPng } from '../../src/offline/icon-png';
import { iconDataUrl, iconSvg } from '../../src/offline/icon-svg';
import { formatBytes } from '../../src/offline/keep-panel';
import { fileForPath, isCoreFile, isNotOfflineFile, isOfflineFile, offlineUrl, type OfflineFile } from '../../src/offline/offline-files';
import { webAppManifest } from '../../src/offline/web-app-manifest';
import { isPageMessage, isWorkerMessage } from '../../src/offline/worker-messages';
import { screenColors } from '../../src/styles/palette';

describe('which files a first visit stores', () => {
  it.each([
    ['_astro/style.abc.css', true],
    ['pagefind/fragment/en_1.pf_fragment', true],
    ['index.html', true],
    ['search/index.html', true],
    ['offline/index.html', true],
    ['404.html', true],
    ['worksheets/index.html', true],
    ['worksheets/i-message-builder/index.html', true],
    ['worksheets/for/angry-customer/index.html', true],
    ['pdf/fonts/arimo-regular.ttf', true],
    ['pdf/packet-kit.json', true],
    ['manifest.webmanifest', true],
    ['icons/icon-192.png', true],
    ['tips/name-the-emotion/index.html', false],
    ['situations/angry-customer/index.html', false],
    ['pdf/i-message-builder-a4.pdf', false],
    ['worksheets-old/index.html', false],
  ])('%s: %s', (path, core) => {
    expect(isCoreFile(path)).toBe(core);
  });
});

describe('the list of files the build gives the worker', () => {
  it.each([
    ['_headers', true],
    ['sw.js', true],
    ['sitemap-index.xml', true],
    ['sitemap-0.xml', true],
    ['tips/sitemap-0.xml', false],
    ['index.html', false],
    ['_astro/sw.js.map', false],
  ])('%s is left out: %s', (path, left) => {
    expect(isNotOfflineFile(path)).toBe(left);
  });

  it('lists every other file once, by path, with its revision, integrity, size and whether a first visit stores it', () => {
    const site = mkdtempSync(join(tmpdir(), 'handbook-offline-list-'));
    try {
      mkdirSync(join(site, 'tips', 'x'), { recursive: true });
      mkdirSync(join(site, '_astro'));
      writeFileSync(join(site, 'tips', 'x', 'index.html'), '<p>tip</p>');
      writeFileSync(join(site, '_astro', 'style.css'), 'p{}');
      writeFileSync(join(site, 'index.html'), '<p>home</p>');
      for (const left of ['_headers', 'sw.js', 'sitemap-0.xml']) writeFileSync(join(site, left), 'x');
      const files = offlineFiles(site, '/handbook/');
      expect(files.map((file) => file.url)).toEqual(['/handbook/_astro/style.css', '/handbook/', '/handbook/tips/x/']);
      expect(files[2]).toEqual({
        url: '/handbook/tips/x/',
        revision: createHash('md5').update('<p>tip</p>').digest('hex'),
        integrity: `sha256-${createHash('sha256').update('<p>tip</p>').digest('base64')}`,
        bytes: 10,
        core: false,
      });
      expect(files[0]?.core).toBe(true);
      writeFileSync(join(site, 'tips', 'huge.bin'), Buffer.alloc(5 * 1024 * 1024));
      expect(() => offlineFiles(site, '/')).toThrow(/tips\/huge\.bin is 5\.0 MB, over 4 MB\. Make it smaller, or raise largestOfflineFile/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('is put where the worker reads it, once, and a worker that reads it twice or never is refused', () => {
    const file = { url: '/', revision: 'r', integrity: 'sha256-x', bytes: 1, core: true };
    expect(withFileList('const files = self.__WB_MANIFEST.filter(ok);', [file])).toBe('const files = [{"bytes":1,"core":true,"integrity":"sha256-x","revision":"r","url":"/"}].filter(ok);');
    // A list holding "$&" or "$'" is put in as it is, not read as a replacement pattern.
    expect(withFileList('a(self.__WB_MANIFEST)', [{ ...file, url: "/$&$'" }])).toContain('"url":"/$&$\'"');
    expect(() => withFileList('const files = [];', [file])).toThrow(/reads self\.__WB_MANIFEST in 0 places, not one/);
    expect(() => withFileList('self.__WB_MANIFEST; self.__WB_MANIFEST', [file])).toThrow(/in 2 places, not one/);
  });
});

describe('addresses', () => {
  it('asks for a page by its folder, under the base', () => {
    expect(offlineUrl('index.html', '/')).toBe('/');
    expect(offlineUrl('tips/x/index.html', '/handbook/')).toBe('/handbook/tips/x/');
    expect(offlineUrl('pdf/x-a4.pdf', '/handbook/')).toBe('/handbook/pdf/x-a4.pdf');
    expect(offlineUrl('404.html', '/')).toBe('/404.html');
  });

  it('finds a page by its folder or its index.html', () => {
    const page: OfflineFile = { url: '/tips/x/', revision: 'r', integrity: 'sha256-x', bytes: 1, core: false };
    const files = new Map([[page.url, page]]);
    expect(fileForPath(files, '/tips/x/')).toBe(page);
    expect(fileForPath(files, '/tips/x/index.html')).toBe(page);
    expect(fileForPath(files, '/tips/y/')).toBeUndefined();
  });

  it('reads only entries with every field the build writes', () => {
    expect(isOfflineFile({ url: '/', revision: 'r', integrity: 'sha256-x', bytes: 1, core: true })).toBe(true);
    expect(isOfflineFile({ url: '/', revision: 'r', integrity: 'sha256-x', size: 1, core: true })).toBe(false);
    expect(isOfflineFile('/')).toBe(false);
    expect(isOfflineFile(null)).toBe(false);
  });
});

describe('messages between pages and the worker', () => {
  it('knows its own messages and nothing else', () => {
    expect(isPageMessage({ type: 'keep' })).toBe(true);
    expect(isPageMessage({ type: 'skip-waiting' })).toBe(true);
    expect(isPageMessage({ type: 'progress' })).toBe(false);
    expect(isWorkerMessage({ type: 'keep-failed', reason: 'offline' })).toBe(true);
    expect(isWorkerMessage({ type: 'keep' })).toBe(false);
    expect(isWorkerMessage('progress')).toBe(false);
  });

  it('gives sizes as a reader compares them with a data plan', () => {
    expect(formatBytes(12.44 * 1024 * 1024)).toBe('12.4 MB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(10)).toBe('1 KB');
  });
});

/** Width, height and RGBA pixels of an 8-bit RGBA PNG without filtering, as iconPng writes it. */
function readPng(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat = png.indexOf('IDAT');
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  return { width, height, pixel: (x, y) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)] };
}

const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));

describe('the icon', () => {
  it('is drawn from the palette: a bubble on the accent colour, transparent corners unless maskable', () => {
    const any = readPng(iconPng(64, 'any'));
    expect([any.width, any.height]).toEqual([64, 64]);
    expect(any.pixel(0, 0)[3]).toBe(0);
    expect(any.pixel(32, 60)).toEqual([...rgb(screenColors.accent.light), 255]);
    expect(any.pixel(20, 20)).toEqual([...rgb(screenColors.surface.light), 255]);
    const maskable = readPng(iconPng(64, 'maskable'));
    expect(maskable.pixel(0, 0)).toEqual([...rgb(screenColors.accent.light), 255]);
  });

  it('keeps the maskable icon\'s bubble inside the circle every platform mask keeps', () => {
    const [, ...foreground] = iconShapes('maskable');
    for (let x = 0; x <= 1; x += 1 / 64) {
      for (let y = 0; y <= 1; y += 1 / 64) {
        if (foreground.some((shape) => contains(shape, x, y))) expect(Math.hypot(x - 0.5, y - 0.5)).toBeLessThanOrEqual(0.4);
      }
    }
  });

  it('skips sampling only where sampling would agree: a shape said to cover a pixel holds every point of it, one said to miss holds none', () => {
    const size = 48;
    const points = 8;
    const said = { covers: 0, misses: 0, crosses: 0 };
    for (const shape of [...iconShapes('any'), ...iconShapes('maskable')]) {
      const meets = coverageTest(shape);
      for (let row = 0; row < size; row += 1) {
        for (let column = 0; column < size; column += 1) {
          const pixel = { left: column / size, top: row / size, right: (column + 1) / size, bottom: (row + 1) / size };
          const coverage = meets(pixel);
          said[coverage] += 1;
          if (coverage === 'crosses') continue;
          // Points across the whole pixel, its edges and corners included.
          for (let i = 0; i <= points; i += 1) {
            for (let j = 0; j <= points; j += 1) {
              const inside = contains(shape, (column + i / points) / size, (row + j / points) / size);
              if (inside !== (coverage === 'covers')) expect.fail(`${shape.kind} said to ${coverage.replace(/s$/, '')} pixel ${column},${row}, but point ${i},${j} is ${inside ? 'inside' : 'outside'}`);
            }
          }
        }
      }
    }
    // Each answer is given, and the crossed pixels (those sampled) are few.
    expect(said.covers).toBeGreaterThan(0);
    expect(said.misses).toBeGreaterThan(0);
    expect(said.crosses).toBeGreaterThan(0);
    expect(said.crosses).toBeLessThan((said.covers + said.misses) / 5);
  });

  it('is an SVG favicon with no style element, small enough to travel in every page, and the manifest lists the sizes Chromium installs from', () => {
    expect(iconSvg()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 64 64" fill="#0b5e6b">(<(rect|path) [^>]*\/>)+<\/svg>$/);
    expect(iconDataUrl()).toMatch(/^data:image\/svg\+xml,<svg [^"#]+<\/svg>$/);
    const manifest: unknown = JSON.parse(webAppManifest([{ name: 'You feel unsafe', path: 'situations/you-feel-unsafe/' }]));
    expect(manifest).toMatchObject({
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: screenColors.bg.light,
      shortcuts: [{ name: 'You feel unsafe', url: 'situations/you-feel-unsafe/' }],
    });
    expect(manifestIcons.map(({ size, purpose }) => `${size} ${purpose}`)).toEqual(['192 any', '512 any', '512 maskable']);
    expect(new Set(manifestIcons.map((icon) => icon.file)).size).toBe(manifestIcons.length);
  });
});
