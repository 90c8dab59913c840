// Builds the real site once per test run for the build and browser tests: at
// the root, and under a sub-path as GitHub Pages serves a project site (that
// one for a workplace that has set its contacts). Both
// projects list this file; the environment variable keeps it to one build.
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { makeSandbox } from '../helpers/sandbox';
import { localAddress } from '../../src/handbook/site-address';
import { builtSite, builtSiteLog, builtSubPathSite, sampleWorkplaceFile, subPathBase } from '../helpers/site';

const run = promisify(execFile);

async function build(cwd: string, outDir: string, env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout, stderr } = await run(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd,
      // The tests read the site at the local address; saying so keeps the build quiet (no SITE_URL warning).
      env: { SITE_URL: localAddress, ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return `${stdout}${stderr}`;
  } catch (error) {
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`The test build into ${outDir} failed:\n${output}`);
  }
}

export default async function buildSite(): Promise<void> {
  if (process.env.HANDBOOK_TEST_SITE_BUILT === builtSite) return;
  // Side by side, the two builds take about a third less time than one after
  // the other on two cores; the sub-path one runs in a sandbox so they share
  // no cache.
  const sandbox = makeSandbox();
  try {
    const [log] = await Promise.all([
      build(resolve('.'), builtSite),
      build(sandbox, builtSubPathSite, { BASE_PATH: subPathBase, HANDBOOK_WORKPLACE_FILE: sampleWorkplaceFile }),
    ]);
    writeFileSync(builtSiteLog, log);
  } finally {
    // Removes the copies and the links, never what they point to.
    rmSync(sandbox, { recursive: true, force: true });
  }
  process.env.HANDBOOK_TEST_SITE_BUILT = builtSite;
}
