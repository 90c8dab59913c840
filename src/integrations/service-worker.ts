import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ManifestEntry } from 'workbox-build';
import { withTrailingSlash } from '../handbook/urls';
import { bundleForBrowser } from './browser-bundle';
import { isCoreFile, notOfflineFiles, offlineUrl, serviceWorkerFile, type OfflineFile } from '../offline/offline-files';

/** Larger than any file of the handbook (the largest is the packet maker's font code, 0.4 MB): a file past it is a mistake to catch. */
const largestOfflineFile = 4 * 1024 * 1024;

/**
 * Writes the service worker when the build is done: bundles
 * src/offline/service-worker.ts with Vite, then has Workbox's injectManifest
 * list every file of the build in it, each with its revision, integrity, size
 * and whether a first visit stores it (src/offline/offline-files.ts).
 * It must run after every integration that writes files (the search client,
 * Pagefind) and before the headers, which give the worker its own rule.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'handbook:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        root = fileURLToPath(config.root);
      },
      // `npm start` and `npm run dev` share localhost:4321: a worker left by a
      // preview would serve the built pages in place of the ones being
      // written. The dev server answers its update check with a worker that
      // removes itself and what it stored, and reloads the open pages.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (new URL(request.url ?? '/', 'http://dev').pathname !== `${base}${serviceWorkerFile}`) return next();
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          response.setHeader('cache-control', 'no-store');
          response.end(retiringWorker);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const scratch = mkdtempSync(join(tmpdir(), 'handbook-sw-'));
        try {
          const source = join(scratch, serviceWorkerFile);
          writeFileSync(source, await bundleWorker(root));
          const { injectManifest } = loadWorkboxBuild();
          const { count, size, warnings } = await injectManifest({
            swSrc: source,
            swDest: join(site, serviceWorkerFile),
            globDirectory: site,
            globPatterns: ['**/*'],
            globIgnores: notOfflineFiles,
            maximumFileSizeToCacheInBytes: largestOfflineFile,
            manifestTransforms: [(entries) => ({ manifest: offlineFiles(site, base, entries), warnings: [] })],
          });
          if (warnings.length > 0) {
            throw new Error(`The service worker's file list: ${warnings.join('; ')}. Fix the file named, or raise largestOfflineFile in src/integrations/service-worker.ts if it is meant to be that large.`);
          }
          logger.info(`Wrote ${serviceWorkerFile}: ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB in all.`);
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}

/**
 * Workbox's build tools, loaded only when a build writes the worker: with
 * their own bundler, they took 0.7 s to load, which every astro command
 * (dev, check, sync, a build stopped by bad content) paid with the config.
 * Node loads them: the module runner that loaded the config has closed by
 * the time a build is done.
 */
function loadWorkboxBuild(): typeof import('workbox-build') {
  return createRequire(import.meta.url)('workbox-build');
}

/** What the dev server serves as the worker (see astro:server:setup above). */
const retiringWorker = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) await caches.delete(name);
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;

type WorkboxEntry = ManifestEntry & { size: number };

/**
 * Workbox's entries (paths relative to the build, with an MD5 revision) as
 * the worker reads them. Workbox totals `size` and then drops it, so the
 * worker's copy is `bytes`.
 */
function offlineFiles(site: string, base: string, entries: readonly WorkboxEntry[]): Array<WorkboxEntry & OfflineFile> {
  return entries.map(({ url: path, revision, size }) => {
    if (revision === null) throw new Error(`${path} has no revision: the service worker's files need one each (remove dontCacheBustURLsMatching).`);
    const integrity = `sha256-${createHash('sha256').update(readFileSync(join(site, path))).digest('base64')}`;
    return { url: offlineUrl(path, base), revision, integrity, size, bytes: size, core: isCoreFile(path) };
  });
}

/** The worker as one classic script, Workbox included, in production mode (no logging). */
function bundleWorker(root: string): Promise<string> {
  return bundleForBrowser({ root, source: 'src/offline/service-worker.ts', format: 'iife', define: { 'process.env.NODE_ENV': JSON.stringify('production') } });
}
