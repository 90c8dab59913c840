// "Make a packet" (issue 16), in Chromium on a local server:
//   - what the page loads to work offline (its script, pdf-lib and the renderer, the sheets, the faces);
//   - from the click on Download to the file, for a ten-sheet packet, with the CPU throttled 4x.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

const path = 'workshops/make-a-packet/';
const runs = 5;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchPacketBuilder(siteDir = resolve('tests/.output/bench-site')) {
  const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
  const assets = join(siteDir, '_astro');
  const script = readdirSync(assets).find((name) => name.endsWith('.js') && html.includes(name));
  const gz = (file) => gzipSync(readFileSync(file)).length;
  const kit = [join(siteDir, 'pdf', 'packet-kit.json'), ...readdirSync(join(siteDir, 'pdf', 'fonts')).map((name) => join(siteDir, 'pdf', 'fonts', name))];
  console.log(`\nMake a packet (/${path}, Chromium, local server)`);
  const builder = readdirSync(assets).find((name) => name.startsWith('packet-builder-client'));
  const sized = (name) => (name === undefined ? 'missing' : `${kb(statSync(join(assets, name)).size)} raw, ${kb(gz(join(assets, name)))} gzipped`);
  console.log(`  page script (shared with the worksheet form): ${sized(script)}; the packet maker's own, loaded on this page only: ${sized(builder)}`);
  console.log(`  sheets and faces: ${kit.map((file) => `${file.split('/').pop()} ${kb(statSync(file).size)}`).join(', ')}; ${kb(kit.reduce((sum, file) => sum + gz(file), 0))} gzipped in all`);

  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const times = [];
    let loaded = 0;
    let size = 0;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      let bytes = 0;
      page.on('response', (response) => void response.body().then((body) => (bytes += body.length), () => undefined));
      const cdp = await context.newCDPSession(page);
      await page.goto(server.url + path);
      await page.waitForFunction(() => document.querySelector('[data-packet-ready]')?.textContent?.startsWith('Ready'));
      loaded = bytes;
      for (const pick of (await page.locator('input[data-packet-pick]').all()).slice(0, 10)) await pick.check();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const start = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-packet-download]').click()]);
      const file = await download.path();
      times.push(Date.now() - start);
      size = statSync(file).size;
      await context.close();
    }
    const time = median(times);
    console.log(`  loaded before it is ready offline (uncompressed, local server): ${kb(loaded)}`);
    console.log(`  ten sheets, click to file, CPU 4x slower: median ${time} ms of ${runs} (goal 2000 ms: ${time <= 2000 ? 'met' : 'MISSED'}); runs ${times.join(', ')} ms; the packet ${kb(size)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
