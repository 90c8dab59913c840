import { resolve } from 'node:path';

/**
 * Where the handbook's data lives. HANDBOOK_CONTENT_DIR points a build at
 * another folder: the bad-input tests and the 1,000-tip scale run use it.
 */
export const contentDir = resolve(process.env.HANDBOOK_CONTENT_DIR ?? 'content');

/** Worksheet definitions; HANDBOOK_WORKSHEETS_DIR overrides it the same way. */
export const worksheetsDir = resolve(process.env.HANDBOOK_WORKSHEETS_DIR ?? 'worksheets');
