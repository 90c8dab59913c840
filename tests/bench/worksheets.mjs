// Worksheet PDFs: the size of each file and how long one render takes once warm.
// Goals: budgets.worksheetPdf in tests/helpers/budgets.ts.
// Run on its own with `npx node tests/bench/worksheets.mjs`, or through `npm run bench`. Wall-clock
// times: run it on a quiet machine (the fastest run shows what load took away).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { budgets } from '../helpers/budgets.ts';

const goals = budgets.worksheetPdf;
const warmups = 5;
const runs = 31;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Loads the TypeScript renderer through Vite, as the build does, renders every sheet and prints a table. */
export async function benchWorksheets() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { loadWorksheets } = await server.ssrLoadModule('/tests/helpers/worksheets.ts');
    const { renderWorksheetPdf: render, renderWorksheetPacket } = await server.ssrLoadModule('/src/worksheets/render-pdf.ts');
    const { loadWorksheetFonts } = await server.ssrLoadModule('/src/worksheets/font-files.ts');
    const fonts = await loadWorksheetFonts();
    const renderWorksheetPdf = (sheet, paper, context) => render(sheet, paper, context, fonts);
    const worksheets = loadWorksheets();
    // Warm the JIT on every sheet first, so the first files measured are not the slowest for that reason alone.
    for (let i = 0; i < warmups; i++) {
      for (const { sheet, context } of worksheets) for (const paper of ['a4', 'letter']) await renderWorksheetPdf(sheet, paper, context);
    }
    const results = [];
    for (const { slug, sheet, context } of worksheets) {
      for (const paper of ['a4', 'letter']) {
        let bytes = new Uint8Array();
        for (let i = 0; i < warmups; i++) bytes = await renderWorksheetPdf(sheet, paper, context);
        const times = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          await renderWorksheetPdf(sheet, paper, context);
          times.push(performance.now() - start);
        }
        results.push({ file: `${slug}-${paper}.pdf`, bytes: bytes.byteLength, medianMs: median(times), minMs: Math.min(...times) });
      }
    }
    const width = Math.max(...results.map((r) => r.file.length));
    console.log(`Worksheet PDFs (median of ${runs} renders each, after ${warmups} warm-up rounds over every sheet)`);
    console.log(`${'file'.padEnd(width)}  ${'size'.padStart(8)}  ${'median'.padStart(9)}  ${'fastest'.padStart(9)}`);
    for (const r of results) {
      const flag = r.bytes > goals.bytes || r.medianMs > goals.medianMs ? '  over goal' : '';
      const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
      console.log(`${r.file.padEnd(width)}  ${`${(r.bytes / 1024).toFixed(1)} KB`.padStart(8)}  ${ms(r.medianMs)}  ${ms(r.minMs)}${flag}`);
    }
    const largest = results.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const slowest = results.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    console.log(
      `${results.length} files; largest ${(largest.bytes / 1024).toFixed(1)} KB (${largest.file}), goal ${goals.bytes / 1024} KB; ` +
        `slowest median ${slowest.medianMs.toFixed(1)} ms (${slowest.file}), goal ${goals.medianMs} ms; ` +
        `median of medians ${median(results.map((r) => r.medianMs)).toFixed(1)} ms.`,
    );
    // Every sheet in one PDF, as a workshop packet: each face embedded once, not once per sheet.
    const packet = await renderWorksheetPacket(
      { title: 'Every worksheet', purpose: 'Every worksheet of the handbook in one file.' },
      worksheets.map(({ slug, sheet, context }) => ({ sheet, context, fieldPrefix: slug })),
      'a4',
      fonts,
    );
    const apart = results.filter((r) => r.file.endsWith('-a4.pdf')).reduce((sum, r) => sum + r.bytes, 0);
    console.log(
      `Packet of all ${worksheets.length} sheets (A4): ${(packet.byteLength / 1024).toFixed(1)} KB in one file, against ${(apart / 1024).toFixed(1)} KB as separate files (the fonts embedded once).`,
    );
    return results;
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchWorksheets();
