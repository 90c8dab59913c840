// No imports: the build, pages and the browser bundles all read these.

/** Folder of the search bundle inside the built site. */
export const pagefindFolder = 'pagefind';

/** The files of Pagefind's bundle the site names, relative to the site's base. */
export const pagefindFiles = {
  /** The engine, imported by the search modules. */
  script: `${pagefindFolder}/pagefind.js`,
  /** The worker the engine starts by URL: the Trusted Types policy admits it (src/inline-scripts/device.js). */
  worker: `${pagefindFolder}/pagefind-worker.js`,
  /** The index's entry file, which says the index can be reached. */
  entry: `${pagefindFolder}/pagefind-entry.json`,
} as const;
