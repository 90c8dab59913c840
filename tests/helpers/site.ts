import { resolve } from 'node:path';

/** Where the test run builds the site (once, in tests/setup/build-site.ts). */
export const builtSite = resolve('tests/.output/site');

/** All the test run's root build printed, kept for the test that the build is quiet. */
export const builtSiteLog = resolve('tests/.output/site-build.log');

/**
 * The same site built under a sub-path, as GitHub Pages would serve it, and
 * for a workplace that has set its contacts (the root build sets none).
 */
export const builtSubPathSite = resolve('tests/.output/site-subpath');
export const subPathBase = '/handbook/';

/** The workplace file the sub-path build uses. */
export const sampleWorkplaceFile = resolve('tests/fixtures/workplace.yaml');
