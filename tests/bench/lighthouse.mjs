// Lighthouse (npm `lighthouse`, Debian's Chromium, the same no-network flags
// as the browser tests) on five pages; prints the four category scores and,
// for any score under 100, the audits that cost points. Goal (issue 6): 100 in
// all four on every page. The local server compresses text, as the hosts in
// the README do; Lighthouse's default mobile settings and simulated
// throttling apply.
//
// Run alone: node tests/bench/lighthouse.mjs [built-site-dir]
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromiumArgs, chromiumPath } from '../helpers/browser.ts';
import { budgets } from '../helpers/budgets.ts';
import { serveStatic } from '../helpers/static-server.ts';

const run = promisify(execFile);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
export const lighthousePages = [
  ['home', ''],
  ['tool', 'tools/i-message/'],
  ['situation', 'situations/angry-customer/'],
  ['search', 'search/'],
  ['worksheet', 'worksheets/i-message-builder/'],
];

/** Runs Lighthouse on one URL; returns its JSON report. */
async function lighthouse(url, outDir, name) {
  const output = join(outDir, `${name}.json`);
  await run(
    process.execPath,
    [
      resolve('node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(output, 'utf8'));
}

/** The audits that cost points: scored below 1 and counted in a category. */
function lostPoints(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
    .map((audit) => `${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
}

export async function benchLighthouse(siteDir = resolve('tests/.output/bench-site')) {
  const server = await serveStatic(siteDir, '/', { gzip: true });
  const outDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const goal = budgets.lighthouse.score;
  const results = [];
  console.log(`\nLighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version} (mobile, simulated throttling; goal ${goal} in each category)`);
  console.log(`  ${'page'.padEnd(42)} ${categories.map((c) => c.padStart(15)).join('')}`);
  try {
    for (const [name, path] of lighthousePages) {
      const report = await lighthouse(server.url + path, outDir, name);
      const scores = categories.map((category) => Math.round(report.categories[category].score * 100));
      results.push({ name, path, scores });
      console.log(`  ${`${name} /${path}`.padEnd(42)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
      for (const [i, category] of categories.entries()) {
        if ((scores[i] ?? 0) < goal) console.log(`      ${category} lost points on: ${lostPoints(report, category).join(', ')}`);
      }
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    await server.close();
  }
  const all = results.every((result) => result.scores.every((score) => score >= goal));
  console.log(`  goal ${all ? 'met' : 'MISSED'}: ${goal} in all four categories on all ${results.length} pages`);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLighthouse(process.argv[2] ? resolve(process.argv[2]) : undefined);
