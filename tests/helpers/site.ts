import { resolve } from 'node:path';

/** Where the test run builds the site (once, in tests/setup/build-site.ts). */
export const builtSite = resolve('tests/.output/site');

/** The same site built under a sub-path, as GitHub Pages would serve it. */
export const builtSubPathSite = resolve('tests/.output/site-subpath');
export const subPathBase = '/handbook/';
