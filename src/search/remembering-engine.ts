/**
 * An engine that remembers its answers. Kept apart from engine.ts, which
 * loads Pagefind in a browser, so its rules can be tested on their own.
 */
import type { Engine, ResultData, SearchHit, SearchResponse } from './engine';

/** Searches remembered: far more than one query's words and their synonyms, few enough to stay small. */
const rememberedSearches = 400;

/**
 * The engine, remembering its answers. A query is searched again at every
 * keystroke, word by word (src/search/results.ts), so the words already typed
 * are answered from memory and the last key costs only its own word's search.
 * A page's data is read once: Pagefind rebuilds its excerpt at every data()
 * call, and the handbook cuts its own (src/search/excerpt.ts).
 */
export function remembering(engine: Engine): Engine {
  const searches = new Map<string, Promise<SearchResponse>>();
  const pageData = new Map<string, Promise<ResultData>>();
  const dataOf = (hit: SearchHit): Promise<ResultData> => {
    let data = pageData.get(hit.id);
    if (!data) {
      const loading = hit.data();
      pageData.set(hit.id, loading);
      loading.catch(() => {
        if (pageData.get(hit.id) === loading) pageData.delete(hit.id);
      });
      data = loading;
    }
    return data;
  };
  const remembered = (hit: SearchHit): SearchHit => ({ id: hit.id, score: hit.score, words: hit.words, data: () => dataOf(hit) });
  return {
    search(query, options) {
      const key = JSON.stringify([query, options ?? null]);
      const known = searches.get(key);
      if (known) return known;
      const answer = engine.search(query, options).then((response) => ({ ...response, results: response.results.map(remembered) }));
      searches.set(key, answer);
      if (searches.size > rememberedSearches) searches.delete(searches.keys().next().value ?? key);
      // An empty answer may be a download that failed (see indexReachable): ask again next time.
      const forget = () => {
        if (searches.get(key) === answer) searches.delete(key);
      };
      answer.then((response) => {
        if (response.results.length === 0) forget();
      }, forget);
      return answer;
    },
    filters: () => engine.filters(),
  };
}
