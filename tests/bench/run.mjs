// npm run bench: builds the site into a scratch folder and prints figures.
// Figures, not pass/fail: goals are in the issues and the README.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { budgets } from '../helpers/budgets.ts';
import { benchFirstView } from './first-view.mjs';
import { saveFigures } from './figures.mjs';
import { folderStats } from './scale.mjs';

const out = resolve('tests/.output/bench-site');

const started = performance.now();
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { stdio: 'ignore' });
const seconds = (performance.now() - started) / 1000;
const { bytes, pages } = folderStats(out);
const buildGoal = budgets.build.seconds;
console.log(
  `Build: ${seconds.toFixed(1)} s for ${pages} HTML pages, the search index and the PDFs; output ${(bytes / 1024 / 1024).toFixed(2)} MB (goal ${buildGoal} s: ${seconds <= buildGoal ? 'met' : 'MISSED'})`,
);

await benchFirstView(out);

// Other areas add their own figures as tests/bench/<area>.mjs exporting bench<Area>(siteDir).
for (const [file, name] of [
  ['bare-content.mjs', 'benchBareContent'],
  ['search.mjs', 'benchSearch'],
  ['offline.mjs', 'benchOffline'],
  ['worksheets.mjs', 'benchWorksheets'],
  ['worksheet-form.mjs', 'benchWorksheetForm'],
  ['workshop-packets.mjs', 'benchWorkshopPackets'],
  ['packet-builder.mjs', 'benchPacketBuilder'],
  ['scale.mjs', 'benchScale'],
  ['lighthouse.mjs', 'benchLighthouse'],
]) {
  if (!existsSync(join(import.meta.dirname, file))) continue;
  const module = await import(`./${file}`);
  await module[name](out);
}
saveFigures();
