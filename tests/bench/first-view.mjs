// What a reader's browser downloads on the first view of a content page.
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

const kindOf = (type) => (type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : 'other');

/** Loads each page in Chromium and prints every request with its raw and gzipped size. */
export async function benchFirstView(siteDir, paths = ['tools/i-message/', 'situations/angry-customer/', '']) {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  console.log('\nFirst view of a page (all requests; gzip level 9 as a typical host would serve)');
  for (const path of paths) {
    const page = await browser.newPage();
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    let raw = 0;
    let gzipped = 0;
    const byKind = {};
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const kind = kindOf(response.headers()['content-type'] ?? '');
      const zipped = gzipSync(body, { level: 9 }).length;
      raw += body.length;
      gzipped += zipped;
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    const inlineScript = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].reduce((sum, s) => sum + (s.textContent ?? '').length, 0),
    );
    console.log(
      `  /${path.padEnd(30)} ${responses.length} request(s) ${JSON.stringify(byKind)}: ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped; inline script ${inlineScript} B`,
    );
    await page.close();
  }
  await browser.close();
  await server.close();
}
