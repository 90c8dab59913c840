import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { withTrailingSlash } from '../handbook/urls';
import { pagefindFiles, pagefindFolder } from '../search/pagefind-files';


/** The search index's two steps, for astro.config.mjs to place apart. */
export interface PagefindSteps {
  /** Reads every page as Astro wrote it, then starts writing the index. Goes before any step that rewrites pages. */
  readsPages: AstroIntegration;
  /** Waits until the index is written. Goes before any step that lists the built files (the service worker's list). */
  isWritten: AstroIntegration;
}

/**
 * Builds the search index when `astro build` finishes: Pagefind reads every
 * page of the output folder (only the parts marked data-pagefind-body) and
 * writes its bundle to <outDir>/pagefind/. A worksheet's PDFs are not records
 * of their own: its page's result links them (src/components/SearchFacets.astro).
 * Any error Pagefind reports fails the build. Under `astro dev`, it serves the
 * bundle of the last build, so search works while writing.
 *
 * Pagefind works in a process of its own, and writing the index is most of
 * its time (about 1.9 s of 2.5 s with 1,000 extra tips). So once it has read
 * the pages, the build goes on: the page rewrites, which change only what
 * the index does not read (styles, links, the policy), run while it writes.
 * Nothing waits on an index not yet written until `isWritten`.
 */
export default function pagefindIndex(): PagefindSteps {
  let lastBuild = '';
  let base = '/';
  let isDev = false;
  let writing: Promise<void> | undefined;
  // Pagefind's binary panics on some failures (an output folder it cannot
  // write, for one) instead of returning an error, and the Node API then
  // never answers: Node runs out of work and would exit with success,
  // leaving a site without search. Catch that moment and fail instead.
  let stalled = (): void => {};
  const readsPages: AstroIntegration = {
    name: 'handbook:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        isDev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        lastBuild = fileURLToPath(config.outDir);
        base = withTrailingSlash(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro build` in a fresh clone starts a dev server of its own to
        // sync content; serving (and warning about) the index is for `astro dev`.
        if (!isDev) return;
        const bundle = join(lastBuild, pagefindFolder);
        const prefix = `${base}${pagefindFolder}/`;
        if (!existsSync(join(lastBuild, pagefindFiles.script))) {
          logger.warn(`No search index in ${bundle}: search shows how to build one (npm run build).`);
        }
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
          if (!pathname.startsWith(prefix)) return next();
          const file = normalize(join(bundle, pathname.slice(prefix.length)));
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end('No search index: run "npm run build" once, then reload.');
            return;
          }
          response.setHeader('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
          response.setHeader('cache-control', 'no-store');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        stalled = () => {
          logger.error(
            `Search index: the Pagefind process stopped before the index was written (its own message is above). Check that ${join(site, pagefindFolder)} can be created, then build again.`,
          );
          process.exitCode = 1;
        };
        process.once('beforeExit', stalled);
        try {
          const { index, pages } = await readPages(site);
          writing = writeIndex(index, site).then(() => logger.info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms.`));
          // Its failure is the build's when isWritten waits for it, not an unhandled rejection before.
          writing.catch(() => {});
        } catch (error) {
          process.off('beforeExit', stalled);
          await pagefind.close();
          throw error;
        }
      },
    },
  };
  const isWritten: AstroIntegration = {
    name: 'handbook:pagefind-written',
    hooks: {
      'astro:build:done': async () => {
        if (!writing) throw new Error('Search index: nothing started writing it. In astro.config.mjs, put pagefindIndex().readsPages before isWritten.');
        try {
          await writing;
        } finally {
          writing = undefined;
          process.off('beforeExit', stalled);
          await pagefind.close();
        }
      },
    },
  };
  return { readsPages, isWritten };
}

/** Pagefind's own UI bundles and its highlighter, which the site does not load. */
export const unusedPagefindFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/** An index of every page of the built site, still to be written. */
async function readPages(site: string): Promise<{ index: pagefind.PagefindIndex; pages: number }> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  const index = created.index;
  failOn('creating the index', created.errors);
  if (!index) throw new Error('Pagefind did not create an index and gave no reason: check that the pagefind package is installed.');

  const added = await index.addDirectory({ path: site });
  failOn(`indexing the pages in ${site}`, added.errors);
  if (added.page_count === 0) {
    throw new Error(`Pagefind found no pages in ${site}: the search index would be empty. Check that the build wrote HTML there.`);
  }
  return { index, pages: added.page_count };
}

async function writeIndex(index: pagefind.PagefindIndex, site: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: join(site, pagefindFolder) });
  failOn(`writing the index to ${join(site, pagefindFolder)}`, written.errors);
  // Pagefind writes its ready-made search UIs too (about 450 KB); the site
  // has its own (src/search/), and files it never loads should not be served
  // under a policy that allows everything from 'self'.
  for (const name of readdirSync(join(site, pagefindFolder))) {
    if (unusedPagefindFiles.test(name)) rmSync(join(site, pagefindFolder, name));
  }
  if (!existsSync(join(site, pagefindFiles.script))) {
    throw new Error(`Search index: Pagefind reported success but wrote no ${join(site, pagefindFiles.script)}. Build again; if it persists, run Pagefind with verbose logging.`);
  }
}

function failOn(step: string, errors: string[]): void {
  if (errors.length === 0) return;
  throw new Error(`Search index: Pagefind failed while ${step}:\n- ${errors.join('\n- ')}\nFix the cause above and build again.`);
}
