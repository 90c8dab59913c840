// No imports: the build (src/integrations/service-worker.ts), the service
// worker and the unit tests all read these rules.

/** One file of the built site as the service worker knows it. */
export interface OfflineFile {
  /** Its address under the site's base; a page's is its folder ("/situations/angry-customer/"). */
  url: string;
  /** Changes whenever the content does: the key it is stored under, so two builds' copies never mix. */
  revision: string;
  /** `sha256-…` of the content: a copy fetched from a newer build is refused, not stored under this build's key. */
  integrity: string;
  /** Size as built (the download is smaller where the host compresses). */
  bytes: number;
  /** Stored when the service worker installs, before a reader asks: see `isCoreFile`. */
  core: boolean;
}

/** The service worker's file name, at the site's base: its scope is the whole handbook. */
export const serviceWorkerFile = 'sw.js';

/** Whether an entry of the worker's list has every field the build writes (src/integrations/service-worker.ts). */
export function isOfflineFile(entry: unknown): entry is OfflineFile {
  if (typeof entry !== 'object' || entry === null) return false;
  const fields: Record<keyof OfflineFile, string> = { url: 'string', revision: 'string', integrity: 'string', bytes: 'number', core: 'boolean' };
  const values = new Map<string, unknown>(Object.entries(entry));
  return Object.entries(fields).every(([name, type]) => typeof values.get(name) === type);
}

/** Files of the build that are not part of the site a reader browses: the host's headers, the sitemap, the worker itself. */
export function isNotOfflineFile(path: string): boolean {
  return path === '_headers' || path === serviceWorkerFile || /^sitemap-[^/]*\.xml$/.test(path);
}

/**
 * What every reader gets on their first visit, without asking: the code and
 * styles every page uses, search with its whole index, every worksheet's page
 * with what makes a filled PDF (its fonts and the packet kit), the home page,
 * the search page and the page shown offline. Other pages are kept as they
 * are read; "Keep on this device" stores the rest, PDFs included.
 */
const corePatterns: readonly RegExp[] = [
  /^_astro\//,
  /^pagefind\//,
  /^icons\//,
  /^manifest\.webmanifest$/,
  /^pdf\/fonts\//,
  /^pdf\/packet-kit\.json$/,
  /^(search\/|offline\/|worksheets\/(.+\/)?)?index\.html$/,
  /^404\.html$/,
];

/** `path` is relative to the build's folder, as "worksheets/i-message-builder/index.html". */
export function isCoreFile(path: string): boolean {
  return corePatterns.some((pattern) => pattern.test(path));
}

/** The address a file is requested at: a page by its folder, as links and the sitemap give it. */
export function offlineUrl(path: string, base: string): string {
  return `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file a request asks for, by its path (a query, such as the search page's ?q=, does not change the file). */
export function fileForPath(files: ReadonlyMap<string, OfflineFile>, pathname: string): OfflineFile | undefined {
  return files.get(pathname) ?? files.get(pathname.replace(/\/index\.html$/, '/'));
}

/** Where the page shown offline lives, under the site's base. */
export const offlinePagePath = 'offline/';

/** The page a host serves at a missing address (Astro writes it from src/pages/404.astro). */
export const notFoundPage = '404.html';
