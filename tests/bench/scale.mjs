// The scale run: the real handbook plus 1,000 synthetic tips, built in a
// sandbox (a copy of the content, HANDBOOK_CONTENT_DIR pointing at it), to
// show that the build stays fast and small and that a page's HTML does not
// grow with the number of pages (no page carries a list of every page).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { againstPrevious, saveFigures } from './figures.mjs';
import { budgets } from '../helpers/budgets.ts';
import { makeSandbox } from '../helpers/sandbox.ts';

/** Pages whose HTML must be the same size at any scale: a tool, and a real tip with a synthetic neighbour. */
const watchedPages = ['tools/i-message/index.html', 'tips/name-the-emotion/index.html'];

export function folderStats(dir) {
  let bytes = 0;
  let pages = 0;
  for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!item.isFile()) continue;
    bytes += statSync(join(item.parentPath, item.name)).size;
    if (item.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

const words = 'customer listen calm voice name feeling option promise follow time policy manager phone desk queue refund wait answer offer question pause breath respect choice record note team shift'.split(' ');

/** One plausible tip: valid front matter (real situations, sources, related entries), three paragraphs and a SayThis. */
function syntheticTip(n, situations, sources, related) {
  const pick = (list, k) => list[(n * 7 + k * 13) % list.length];
  const sentence = (k) => {
    const body = Array.from({ length: 14 }, (_, i) => words[(n * 31 + k * 17 + i * 5) % words.length]).join(' ');
    return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  };
  const paragraph = (k) => [0, 1, 2, 3].map((i) => sentence(k * 4 + i)).join(' ');
  return `---
title: "Synthetic tip ${n}: ${pick(words, 1)} and ${pick(words, 2)}"
summary: "A generated tip for the scale run, number ${n}: ${pick(words, 3)} first, then ${pick(words, 4)}."
situations: [${pick(situations, 1)}, ${pick(situations, 2)}]
sources: [${pick(sources, 1)}]
related: [${pick(related, 1)}, ${pick(related, 2)}]
channels: [any]
---

${paragraph(0)}

<SayThis say="${sentence(20).slice(0, 60)}" not="${sentence(21).slice(0, 50)}" />

${paragraph(1)}

${paragraph(2)}
`;
}

function slugs(dir) {
  return readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).map((name) => name.replace(/\.mdx?$/, ''));
}

/**
 * CPU time the host has taken from this virtual machine, in seconds ("steal"
 * in /proc/stat, counted in hundredths); undefined where there is no such
 * file. On these shared machines one build ran from 29 to 44 s, and the slow
 * runs were those the host took the most from.
 */
function stolenSeconds() {
  try {
    const steal = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/)[8];
    return steal === undefined ? undefined : Number(steal) / 100;
  } catch {
    return undefined;
  }
}

/** One build: its time in seconds, and how much CPU time the host took meanwhile. */
function build(cwd, outDir, env = {}) {
  const stolenBefore = stolenSeconds();
  const started = performance.now();
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const stolenAfter = stolenSeconds();
  return { seconds: (performance.now() - started) / 1000, stolen: stolenBefore === undefined || stolenAfter === undefined ? undefined : stolenAfter - stolenBefore };
}

/** A build's time, with what the host took when known: "31.2 s (host took 2.6 s)". */
const buildTime = ({ seconds, stolen }) => `${seconds.toFixed(1)} s${stolen === undefined ? '' : ` (host took ${stolen.toFixed(1)} s)`}`;

/** Builds with 1,000 more tips: the goal holds in every run, so each is printed. */
const scaledRuns = 3;

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Builds the handbook as it is and with 1,000 more tips, each in a fresh sandbox, and prints both side by side. */
export async function benchScale() {
  const goal = budgets.scale;
  const runs = [];
  for (const extra of [0, goal.tips]) {
    const sandbox = makeSandbox();
    const content = join(sandbox, 'content');
    if (extra > 0) {
      const situations = slugs(join(content, 'situations'));
      const sources = Object.keys(parseYaml(readFileSync(join(content, 'sources.yaml'), 'utf8')));
      const related = [...slugs(join(content, 'tools')), ...slugs(join(content, 'tips'))];
      for (let n = 1; n <= extra; n++) writeFileSync(join(content, 'tips', `synthetic-tip-${String(n).padStart(4, '0')}.mdx`), syntheticTip(n, situations, sources, related));
    }
    const out = join(sandbox, 'dist');
    try {
      const builds = [];
      for (let run = 0; run < (extra > 0 ? scaledRuns : 1); run += 1) builds.push(build(sandbox, out, { HANDBOOK_CONTENT_DIR: content }));
      const stats = folderStats(out);
      const sizes = Object.fromEntries(watchedPages.map((page) => [page, statSync(join(out, page)).size]));
      runs.push({ extra, seconds: Math.max(...builds.map((one) => one.seconds)), builds, ...stats, sizes });
    } finally {
      // The copies, the links (not what they point to) and the output.
      rmSync(sandbox, { recursive: true, force: true });
    }
  }
  const [real, scaled] = runs;
  console.log(`\nScale run (a sandbox each; goal with ${goal.tips} more tips: build at most ${goal.seconds} s, output under ${mb(goal.distBytes)})`);
  for (const run of runs) {
    const each = run.builds.length > 1 ? ` (slowest of ${run.builds.length} builds: ${run.builds.map(buildTime).join(', ')}; ${againstPrevious('scale build slowest', run.seconds)})` : '';
    const time = run.builds.length > 1 ? `${run.seconds.toFixed(1)} s` : buildTime(run.builds[0]);
    console.log(`  ${run.extra === 0 ? 'the handbook      ' : `+${run.extra} synthetic tips`}: build ${time}${each}, ${run.pages} HTML pages, output ${mb(run.bytes)}`);
  }
  for (const page of watchedPages) {
    const same = real.sizes[page] === scaled.sizes[page];
    console.log(`  /${page}: ${real.sizes[page]} B, then ${scaled.sizes[page]} B at ${scaled.pages} pages (${same ? 'unchanged' : `CHANGED by ${scaled.sizes[page] - real.sizes[page]} B`})`);
  }
  const met = scaled.seconds <= goal.seconds && scaled.bytes < goal.distBytes;
  console.log(`  goal ${met ? 'met' : 'MISSED'}: ${scaled.seconds.toFixed(1)} s (goal ${goal.seconds} s), ${mb(scaled.bytes)} (goal under ${mb(goal.distBytes)})`);
  return runs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchScale();
  saveFigures();
}
