import { join, resolve } from 'node:path';

/**
 * Where the handbook's data lives. HANDBOOK_CONTENT_DIR points a build at
 * another folder: the bad-input tests and the 1,000-tip scale run use it.
 */
export const contentDir = resolve(process.env.HANDBOOK_CONTENT_DIR ?? 'content');

/** Worksheet definitions; HANDBOOK_WORKSHEETS_DIR overrides it the same way. */
export const worksheetsDir = resolve(process.env.HANDBOOK_WORKSHEETS_DIR ?? 'worksheets');

/** The deploying workplace's contacts and rules; HANDBOOK_WORKPLACE_FILE points a build at another file (the tests' sample workplace). */
export const workplaceFile = resolve(process.env.HANDBOOK_WORKPLACE_FILE ?? join(contentDir, 'workplace.yaml'));
