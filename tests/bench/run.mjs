// npm run bench: builds the site into a scratch folder and prints figures.
// Figures, not pass/fail: goals are in the issues and the README.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchFirstView } from './first-view.mjs';

const out = resolve('tests/.output/bench-site');

function folderStats(dir) {
  let bytes = 0;
  let pages = 0;
  for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!item.isFile()) continue;
    bytes += statSync(join(item.parentPath, item.name)).size;
    if (item.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

const started = performance.now();
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { stdio: 'ignore' });
const seconds = (performance.now() - started) / 1000;
const { bytes, pages } = folderStats(out);
console.log(`Build: ${seconds.toFixed(1)} s for ${pages} HTML pages; output ${(bytes / 1024 / 1024).toFixed(2)} MB`);

await benchFirstView(out);

// Other areas add their own figures as tests/bench/<area>.mjs exporting bench<Area>(siteDir).
for (const [file, name] of [['search.mjs', 'benchSearch'], ['worksheets.mjs', 'benchWorksheets']]) {
  if (!existsSync(join(import.meta.dirname, file))) continue;
  const module = await import(`./${file}`);
  await module[name](out);
}
