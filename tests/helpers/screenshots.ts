// Takes screenshots of key pages for a person to look at:
//   [SITE_DIR=dist] [FULL_PAGE=1] npx node tests/helpers/screenshots.ts [out-dir] [path ...]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

const [outDir = 'tests/.output/screenshots', ...requested] = process.argv.slice(2);
const paths = requested.length > 0 ? requested : ['', 'situations/angry-customer/', 'tools/i-message/'];
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(process.env.SITE_DIR ?? 'dist');
const browser = await launchChromium();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme: scheme });
    for (const path of paths) {
      await page.goto(server.url + path);
      const name = `${(path || 'home').replace(/\/$/, '').replaceAll('/', '_')}-${scheme}-${width}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL_PAGE === '1' });
    }
    await page.close();
  }
}
const print = await browser.newPage();
await print.goto(server.url + (paths[2] ?? paths[0] ?? ''));
await print.emulateMedia({ media: 'print' });
await print.screenshot({ path: join(outDir, 'print-preview.png'), fullPage: true });
await print.pdf({ path: join(outDir, 'print.pdf'), format: 'A4' });
await browser.close();
await server.close();
console.log(`screenshots in ${outDir}`);
