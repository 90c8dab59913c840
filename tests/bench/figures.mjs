// Each figure of `npm run bench` next to the same figure from the previous
// run on this machine (kept in tests/.output/bench-figures.json), so a change
// shows as a ratio in the same printout. BENCH_PREVIOUS=<file> compares with
// figures saved elsewhere (for example, copied from a run before a change).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const file = resolve('tests/.output/bench-figures.json');
const previousFile = process.env.BENCH_PREVIOUS ? resolve(process.env.BENCH_PREVIOUS) : file;
const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : {};
const current = {};

/** Records a figure and says how it compares with the previous run's. */
export function againstPrevious(name, value) {
  current[name] = value;
  const before = previous[name];
  return typeof before === 'number' && before > 0 ? `${(value / before).toFixed(2)}x the previous run's` : 'no previous run';
}

/** Saves this run's figures for the next run to compare with. */
export function saveFigures() {
  mkdirSync(dirname(file), { recursive: true });
  const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, `${JSON.stringify({ ...all, ...current }, null, 2)}\n`);
}
