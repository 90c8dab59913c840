// Builds the real site once per test run for the build and browser tests.
// Both projects list this file; the environment variable keeps it to one build.
import { execFileSync } from 'node:child_process';
import { builtSite } from '../helpers/site';

export default function buildSite(): void {
  if (process.env.HANDBOOK_TEST_SITE_BUILT === builtSite) return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', builtSite], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.HANDBOOK_TEST_SITE_BUILT = builtSite;
}
