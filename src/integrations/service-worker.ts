import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../handbook/urls';
import { bundleForBrowser } from './browser-bundle';
import { offlineFiles, withFileList } from './offline-file-list';
import { serviceWorkerFile } from '../offline/offline-files';

/**
 * Writes the service worker when the build is done: bundles
 * src/offline/service-worker.ts with Vite, then puts in it, where it reads
 * Workbox's `self.__WB_MANIFEST`, the list of every file of the build, each
 * with its revision, integrity, size and whether a first visit stores it
 * (src/offline/offline-files.ts). It must run after every integration that
 * writes files (the search client, Pagefind) and before the headers, which
 * give the worker its own rule.
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
        const files = offlineFiles(site, base);
        writeFileSync(join(site, serviceWorkerFile), withFileList(await bundleWorker(root), files));
        const megabytes = files.reduce((sum, file) => sum + file.bytes, 0) / 1024 / 1024;
        logger.info(`Wrote ${serviceWorkerFile}: ${files.length} files, ${megabytes.toFixed(1)} MB in all.`);
      },
    },
  };
}

/** What the dev server serves as the worker (see astro:server:setup above). */
const retiringWorker = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) await caches.delete(name);
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;

/** The worker as one classic script, Workbox included, in production mode (no logging). */
function bundleWorker(root: string): Promise<string> {
  return bundleForBrowser({ root, source: 'src/offline/service-worker.ts', format: 'iife', define: { 'process.env.NODE_ENV': JSON.stringify('production') } });
}
