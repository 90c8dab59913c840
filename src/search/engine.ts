/**
 * The Pagefind search API (the bundle's pagefind.js), loaded on first use and
 * typed for the parts the handbook uses.
 */
import { withTrailingSlash } from '../handbook/urls';
import { pagefindFiles } from './pagefind-files';
import { remembering } from './remembering-engine';

export type FilterCounts = Record<string, Record<string, number>>;
export type FilterQuery = Record<string, { any: string[] }>;

export interface ResultData {
  url: string;
  /** The page's indexed text, as written (not escaped): excerpts are cut from it (src/search/excerpt.ts). */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface SearchHit {
  id: string;
  score: number;
  /** Where the matched words are in the page's text, counted in words. */
  words: number[];
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchHit[];
  filters: FilterCounts;
}

export interface SearchOptions {
  filters?: FilterQuery;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Engine {
  search(query: string | null, options?: SearchOptions): Promise<SearchResponse>;
  filters(): Promise<FilterCounts>;
}

interface PagefindModule extends Engine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

function isPagefindModule(value: unknown): value is PagefindModule {
  if (typeof value !== 'object' || value === null) return false;
  return ['options', 'init', 'search', 'filters'].every(
    (name) => typeof Reflect.get(value, name) === 'function',
  );
}

/** Why search cannot run, in words for the reader. */
export class EngineUnavailable extends Error {}

const base = withTrailingSlash(import.meta.env.BASE_URL);

// Pagefind's main-thread engine starts loading its metadata in its
// constructor without awaiting it, so offline that promise rejects with
// nobody to catch it. init() reports the same failure to loadEngine, which
// says so to the reader: the duplicate is not an error of the page.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof Error && event.reason.message.startsWith('Failed to load Pagefind')) event.preventDefault();
});

let script: Promise<PagefindModule> | undefined;
let started: Promise<Engine> | undefined;

/**
 * Loads Pagefind's script (13 KB gzipped) and sets its options; loadEngine
 * then starts it, which downloads its WebAssembly (58 KB) and the index's
 * metadata. Both surfaces start the engine at once: the search page as it
 * loads, the dialog when the reader shows they want search.
 */
function loadScript(worker = false): Promise<PagefindModule> {
  script ??= (async () => {
    let module: unknown;
    try {
      module = await import(/* @vite-ignore */ `${base}${pagefindFiles.script}`);
    } catch {
      script = undefined;
      throw import.meta.env.DEV
        ? new EngineUnavailable('There is no search index yet. Run "npm run build" once, then reload this page: the dev server uses the last build\'s index.')
        : unavailable();
    }
    if (!isPagefindModule(module)) throw new EngineUnavailable('The search index is damaged: rebuild the site.');
    await module.options({
      // Under 100 pages a search takes a few milliseconds: the main thread is
      // faster to start than a worker, and skips the worker's 12 KB download.
      // The search page starts the engine as it loads, so it uses the worker:
      // unpacking the WebAssembly and the index there keeps the page's main
      // thread free (Lighthouse counted 140 ms of blocking time otherwise).
      noWorker: !worker,
      baseUrl: base,
      excerptLength: 24,
      // Tuned on the queries of tests/browser/search-queries.test.ts: titles
      // count most (a page named for the situation should lead), page length
      // matters little (situation pages are long and should still win), and
      // a query word matching only a much shorter indexed word scores low.
      ranking: { termSimilarity: 3, termFrequency: 0.5, termSaturation: 1.5, pageLength: 0.3, metaWeights: { title: 10 } },
    });
    return module;
  })();
  return script;
}

/** Why the engine could not start, as the reader can act on it: offline, or a download that failed. */
function unavailable(): EngineUnavailable {
  return new EngineUnavailable(
    navigator.onLine
      ? 'Search could not be downloaded. Check your connection and try again, or pick a situation below.'
      : 'You seem to be offline, and search has not been downloaded to this device yet. Connect and try again, or pick a situation below.',
  );
}

/** Why search could not read its index: a download failed (Pagefind treats a missing index chunk as "no match"). */
export class IndexUnreachable extends Error {}

/**
 * Whether the index can be downloaded now. Pagefind answers a search whose
 * index chunk failed to download as if nothing matched, so an empty answer is
 * checked with this before the reader is told nothing matches.
 */
export async function indexReachable(): Promise<boolean> {
  try {
    const response = await fetch(`${base}${pagefindFiles.entry}`, { cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}

/** Loads and starts Pagefind once: its script, its WebAssembly and the index's metadata. The first call chooses main thread or worker. */
export function loadEngine(worker = false): Promise<Engine> {
  started ??= (async () => {
    const module = await loadScript(worker);
    try {
      await module.init();
    } catch {
      started = undefined;
      throw unavailable();
    }
    return remembering(module);
  })();
  return started;
}
