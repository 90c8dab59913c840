/**
 * The handbook's service worker. The build (src/integrations/service-worker.ts)
 * bundles this file and Workbox injects the list of every file of the build
 * at `self.__WB_MANIFEST`; src/offline/offline-files.ts says which files a
 * first visit stores (`core`) and how they are addressed.
 *
 * One build's files, never two: every file is stored under a key made of its
 * address and its revision (Workbox's precache keys), and fetched with its
 * `integrity`, so a copy of a newer build is refused rather than stored
 * under this build's key. A new build's worker stores what it lacks while
 * the old one keeps serving; when the reader accepts the update, the new one
 * takes over and Workbox deletes every key it does not list.
 *
 * Pages come from the device when they are stored (they are as fresh as the
 * build the worker belongs to, and a new build brings a new worker), else from
 * the network, and are stored as they are read.
 */
import { PrecacheController } from 'workbox-precaching';
import { fileForPath, isOfflineFile, notFoundPage, offlinePagePath, type OfflineFile } from './offline-files';
import { isPageMessage, type KeepProgress, type WorkerMessage } from './worker-messages';

declare const self: ServiceWorkerGlobalScope;

const files = self.__WB_MANIFEST.filter(isOfflineFile);
const filesByPath = new Map(files.map((file) => [file.url, file]));
const store = new PrecacheController({ cacheName: 'handbook' });
store.addToCacheList(files.map(({ url, revision, integrity }) => ({ url, revision, integrity })));

/** Downloads at once: enough to fill a slow link, few enough to leave room for the page being read. */
const parallelDownloads = 4;

/** The server has another build's copy of a file, or none: storing it would mix two builds. */
class NotThisBuild extends Error {}

function keyOf(file: OfflineFile): string {
  const key = store.getCacheKeyForURL(new URL(file.url, self.location.href).href);
  if (key === undefined) throw new Error(`${file.url} is not in the service worker's list`);
  return key;
}

/**
 * A response a navigation may use: one that followed a redirect cannot be
 * (browsers refuse it), so it is rebuilt without the redirect's mark.
 */
function servable(response: Response): Response {
  return response.redirected ? new Response(response.body, response) : response;
}

/** Fetches a file of this build. A different body (a newer build is deployed) throws NotThisBuild. */
async function fetchThisBuild(file: OfflineFile): Promise<Response> {
  try {
    const response = await fetch(file.url, { integrity: file.integrity, cache: 'no-cache' });
    if (!response.ok) throw new NotThisBuild(`${file.url} answered ${response.status}`);
    return servable(response);
  } catch (error) {
    if (error instanceof NotThisBuild) throw error;
    // A failed integrity check and a dropped connection both reject; only the network can tell them apart.
    const plain = await fetch(file.url, { cache: 'no-cache' });
    throw new NotThisBuild(`${file.url} changed on the server (${plain.status})`);
  }
}

async function storedKeys(): Promise<Set<string>> {
  const cache = await caches.open(store.strategy.cacheName);
  return new Set((await cache.keys()).map((request) => request.url));
}

/**
 * Stores each file not stored yet, a few at a time; `onStored` hears of each
 * one. After a failure no new download starts, and the failure is thrown only
 * once the downloads under way have ended, so nothing is heard after it.
 */
async function storeFiles(wanted: readonly OfflineFile[], onStored: (file: OfflineFile) => void): Promise<void> {
  const cache = await caches.open(store.strategy.cacheName);
  const present = await storedKeys();
  const queue = wanted.filter((file) => !present.has(keyOf(file)));
  const failures: unknown[] = [];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined && failures.length === 0; file = queue.shift()) {
      try {
        await cache.put(keyOf(file), await fetchThisBuild(file));
        onStored(file);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: parallelDownloads }, worker));
  if (failures.length > 0) throw failures[0];
}

/**
 * On install: the core files; the pages open now (the worker starts after the
 * first page has loaded, so that page came from the network); and a fresh
 * copy of every file an earlier build had stored (the pages read, or
 * everything if the reader kept it all), so an update never takes away what
 * was on the device.
 */
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const wanted = new Set([...(await storedKeys()), ...open.map((client) => client.url)].map((url) => new URL(url).pathname));
      await storeFiles(
        files.filter((file) => file.core || wanted.has(file.url)),
        () => undefined,
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(store.activate(event).then(() => self.clients.claim()));
});

async function fromDevice(file: OfflineFile): Promise<Response | undefined> {
  const cache = await caches.open(store.strategy.cacheName);
  return cache.match(keyOf(file));
}

async function offlinePage(): Promise<Response> {
  const file = filesByPath.get(new URL(offlinePagePath, self.registration.scope).pathname);
  const page = file && (await fromDevice(file));
  return page ?? Response.error();
}

/** A file of this build: from the device, else from the network (and then kept). */
async function respondWithFile(event: FetchEvent, file: OfflineFile): Promise<Response> {
  const stored = await fromDevice(file);
  if (stored) return stored;
  try {
    const response = await fetchThisBuild(file);
    const cache = await caches.open(store.strategy.cacheName);
    event.waitUntil(cache.put(keyOf(file), response.clone()).catch(() => undefined));
    return response;
  } catch (error) {
    if (!(error instanceof NotThisBuild)) return event.request.mode === 'navigate' ? offlinePage() : Response.error();
    // The server has a newer build: show its page as it is, and fetch the worker that goes with it.
    event.waitUntil(self.registration.update().catch(() => undefined));
    return servable(await fetch(event.request));
  }
}

/**
 * A page this build does not have (a mistyped address): the server's answer,
 * or offline the stored 404 page (with its search), since the list of this
 * build's pages says there is no such page.
 */
async function respondWithUnknownPage(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const file = filesByPath.get(new URL(notFoundPage, self.registration.scope).pathname);
    const page = file && (await fromDevice(file));
    return page ? new Response(page.body, { status: 404, headers: page.headers }) : offlinePage();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const file = fileForPath(filesByPath, url.pathname);
  if (file) event.respondWith(respondWithFile(event, file));
  else if (request.mode === 'navigate' && url.href.startsWith(self.registration.scope)) event.respondWith(respondWithUnknownPage(request));
});

// "Keep on this device": everything, with progress for every open page.
let keeping: Promise<void> | undefined;

async function progress(): Promise<KeepProgress> {
  const present = await storedKeys();
  const stored = files.filter((file) => present.has(keyOf(file)));
  return {
    storedFiles: stored.length,
    totalFiles: files.length,
    storedBytes: stored.reduce((sum, file) => sum + file.bytes, 0),
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    keeping: keeping !== undefined,
  };
}

async function tellPages(message: WorkerMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

function failureReason(error: unknown): 'offline' | 'newer' | 'storage' {
  if (error instanceof NotThisBuild) return 'newer';
  return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'storage' : 'offline';
}

/** Keeps every file; the last message pages hear says how it ended (everything kept, or why it stopped and how far it got). */
async function keepEverything(): Promise<void> {
  const start = await progress();
  let { storedFiles, storedBytes } = start;
  try {
    await storeFiles(files, (file) => {
      storedFiles += 1;
      storedBytes += file.bytes;
      void tellPages({ type: 'progress', ...start, storedFiles, storedBytes, keeping: true });
    });
    await tellPages({ type: 'progress', ...(await progress()), keeping: false });
  } catch (error) {
    const reason = failureReason(error);
    if (reason === 'newer') await self.registration.update().catch(() => undefined);
    await tellPages({ type: 'keep-failed', reason, ...(await progress()), keeping: false });
  }
}

self.addEventListener('message', (event) => {
  const { data, source } = event;
  if (!isPageMessage(data)) return;
  if (data.type === 'skip-waiting') {
    void self.skipWaiting();
    return;
  }
  if (data.type === 'keep') {
    keeping ??= keepEverything().finally(() => {
      keeping = undefined;
    });
    event.waitUntil(keeping);
    return;
  }
  event.waitUntil(
    progress().then((state) => {
      source?.postMessage({ type: 'progress', ...state } satisfies WorkerMessage);
    }),
  );
});
