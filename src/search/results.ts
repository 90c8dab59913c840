/**
 * The handbook's search, shared by the dialog and the search page so both
 * show the same results in the same order, and every result counted is one
 * a reader can reach. Each word of the query is read in its sense
 * (content/search-words.yaml), searched on its own, checked, and the pages
 * are ranked by how much of the query they hold.
 */
import type { Engine, SearchHit, SearchResponse } from './engine';
import { wordsAt } from './excerpt';
import { editDistance, isPlausibleMatch, normalizedWord, pagefindQuery, sharedPrefix, termsOf, type QueryWords, type Search, type Term } from './query-words';

/** A situation whose page comes first when a query holds one of its words (the safety path for "knife"). */
export interface SearchPin {
  situation: string;
  words: readonly string[];
}

/** The name of the filter that marks a pinned situation's page (its value is the slug). */
export const pinFilter = 'pin';

export interface SearchVocabulary {
  words: QueryWords;
  pins: readonly SearchPin[];
}

/** One page found. */
export interface Found {
  /** A hit for the page, whose data() loads its text, title and filters. */
  hit: SearchHit;
  /** Where the query's words are in the page's text: the excerpt is cut around them. */
  locations: number[];
}

/** The pages for a query, best first, and the words read differently from how they were typed. */
export interface Findings {
  pages: Found[];
  /** Typed words that are in no page, and the indexed word searched instead ("custmer" as "customer"). */
  respelled: Array<{ typed: string; read: string }>;
  /** Typed words that are in no page and close to none: left out of the search. */
  unknown: string[];
  /** Whether the query holds any word about what is happening (not only "what do i say"). */
  understood: boolean;
  /** The last word, read as the start of a word without the check for misspellings: the reader may still be typing it. */
  unchecked?: string;
}

export interface FindOptions {
  /**
   * The reader is typing: the query's last word, when nothing follows it, is
   * read as the start of a word and not checked for a misspelling. The check
   * reads a result's text (a download) for a word the reader is about to
   * type past; findPages without this option makes it once they pause.
   */
  typing?: boolean;
}

/**
 * Only a word this long is respelled unasked, and only when one letter is off:
 * a shorter word is more often a real word the index lacks ("shop" is not "show").
 */
const minRespelledLength = 5;

/**
 * The filter that marks material for practising in a group: scenarios, their
 * role-play sheets and role cards, workshops. A reader mid-conversation needs
 * what to do, so these rank lower, unless the query asks for practice.
 */
export const practiceFilter = { name: 'practice', value: 'yes' } as const;
const practiceWeight = 0.25;
const practiceWords = new Set(['role', 'roleplay', 'play', 'practice', 'practise', 'workshop', 'workshops', 'training', 'train', 'trainer', 'exercise', 'scenario', 'scenarios', 'cards', 'session']);

let practicePages: Promise<Set<string>> | undefined;

function practiceIds(engine: Engine): Promise<Set<string>> {
  practicePages ??= engine
    .search(null, { filters: { [practiceFilter.name]: { any: [practiceFilter.value] } } })
    .then((response) => new Set(response.results.map((hit) => hit.id)))
    .catch((error: unknown) => {
      practicePages = undefined;
      throw error;
    });
  return practicePages;
}

/** Below this share of the best page's score, a page is noise rather than a result. */
const minShareOfBest = 0.05;

/**
 * The situations a query pins, in the order given: by the words it holds,
 * a phrase's meaning included ("knows where i live"), but not the handbook's
 * words for them ("crying" searches "hurt", which must not pin the safety path).
 */
export function pinnedBy(terms: readonly Term[], pins: readonly SearchPin[]): string[] {
  const words = new Set(terms.map((term) => term.word));
  return pins.filter((pin) => pin.words.some((word) => words.has(word))).map((pin) => pin.situation);
}

/**
 * Ranks pages the way people type when something is going wrong: a few words,
 * not all of which the right page uses. A page scores the sum of its best
 * score per word (Pagefind's scores already weigh rare words more), times the
 * share of the words it holds. Pinned situations come first: a reader who
 * types "knife" needs the safety path before anything that uses the word.
 */
export async function findPages(engine: Engine, query: string, vocabulary: SearchVocabulary, options: FindOptions = {}): Promise<Findings> {
  const terms = termsOf(query, vocabulary.words);
  if (terms.length === 0) return { pages: [], respelled: [], unknown: [], understood: false };
  const unchecked = options.typing ? wordBeingTyped(query) : undefined;
  if (unchecked !== undefined) anticipate(engine, unchecked, vocabulary.words);
  const reading: Reading = { respelled: [], unknown: [], ...(unchecked === undefined ? {} : { unchecked }) };
  const practicePages = practiceIds(engine);
  const perTerm = await Promise.all(terms.map((term) => pagesForTerm(engine, term, reading)));
  // Noted as each word's search ended: said in the order they were typed.
  const typedOrder = terms.map((term) => term.word);
  const position = (word: string) => typedOrder.indexOf(word);
  reading.unknown.sort((a, b) => position(a) - position(b));
  reading.respelled.sort((a, b) => position(a.typed) - position(b.typed));
  const practice = await practicePages;
  const forPractice = terms.some((term) => practiceWords.has(term.word));
  const counted = perTerm.filter((pages) => pages !== undefined);
  const pages = new Map<string, { hit: SearchHit; best: number; sum: number; matched: number; locations: Set<number> }>();
  for (const scores of counted) {
    for (const { hit, score } of scores.values()) {
      const page = pages.get(hit.id) ?? { hit, best: 0, sum: 0, matched: 0, locations: new Set<number>() };
      page.sum += score;
      page.matched += 1;
      for (const location of hit.words) page.locations.add(location);
      if (score > page.best) {
        page.best = score;
        page.hit = hit;
      }
      pages.set(hit.id, page);
    }
  }
  const ranked = [...pages.values()]
    .map((page) => ({ page, score: ((page.sum * page.matched) / counted.length) * (!forPractice && practice.has(page.hit.id) ? practiceWeight : 1) }))
    .sort((a, b) => b.score - a.score);
  // Pages that only share a common word ("customer") with the query trail far
  // behind. A page that holds every word stays, however low it scores: a
  // filter may leave it the best of its kind ("angry" among the scenarios).
  const floor = (ranked[0]?.score ?? 0) * minShareOfBest;
  const found = ranked
    .filter(({ page, score }) => score >= floor || page.matched === counted.length)
    .map(({ page }) => ({ hit: page.hit, locations: [...page.locations] }));

  const pinned = await Promise.all(
    pinnedBy(terms, vocabulary.pins).map(async (situation) => (await engine.search(null, { filters: { [pinFilter]: { any: [situation] } } })).results),
  );
  const first = pinned.flat().map((hit) => found.find((page) => page.hit.id === hit.id) ?? { hit, locations: [] });
  const firstIds = new Set(first.map((page) => page.hit.id));
  return { pages: [...first, ...found.filter((page) => !firstIds.has(page.hit.id))], ...reading, understood: true };
}

/** A word being typed must have this many letters before the words it may become are searched ahead ("sto" may be "stop" as well as "stoned"). */
const minAnticipatedLength = 4;
/** At most this many searches are made ahead: each may be an index chunk to download. */
const maxAnticipated = 6;

/**
 * The readers' and the handbook's words the word being typed may become
 * ("drun": "drunk"; "alco": "alcohol"), and the Pagefind queries for them
 * and the handbook's words for them ("drunk": intoxicated, alcohol). None for
 * a word shorter than minAnticipatedLength, or when more than maxAnticipated
 * searches would be needed.
 */
function completionsOf(typed: string, vocabulary: QueryWords): { words: string[]; queries: Set<string> } {
  const none = { words: [], queries: new Set<string>() };
  if (typed.length < minAnticipatedLength) return none;
  const words = [...vocabularyWords(vocabulary)].filter((word) => word.startsWith(typed) && word !== typed);
  const queries = new Set(words.flatMap((word) => termsOf(word, vocabulary).flatMap((term) => term.searches.map(pagefindQuery))));
  return queries.size === 0 || queries.size > maxAnticipated ? none : { words, queries };
}

const knownWords = new WeakMap<QueryWords, Set<string>>();

/** The readers' words and the handbook's words for them: words a reader is likely to type. */
function vocabularyWords(vocabulary: QueryWords): Set<string> {
  let words = knownWords.get(vocabulary);
  if (!words) {
    words = new Set(Object.entries(vocabulary.words).flatMap(([word, means]) => [word, ...means]));
    knownWords.set(vocabulary, words);
  }
  return words;
}

/**
 * Searches ahead for the words the word being typed may become (see
 * completionsOf). Their index chunks then download between keystrokes rather
 * than after the last one, and the engine remembers the answers
 * (src/search/remembering-engine.ts).
 */
function anticipate(engine: Engine, typed: string, vocabulary: QueryWords): void {
  for (const query of completionsOf(typed, vocabulary).queries) engine.search(query).catch(() => undefined);
}

/** At most this many queries are read ahead (likelyQueries): each may download its first results' files. */
const maxLikelyQueries = 3;

/**
 * The queries the reader is likely typing: the query with its last word, if
 * still being typed, completed as the words it may become. Those are the
 * readers' and the handbook's words (completionsOf) and, most frequent first,
 * the longer words it matched in the pages shown (`shownWords`: "phon"
 * matched "phone"). Empty when the query ends in a space, or the word is
 * shorter than minAnticipatedLength.
 */
export function likelyQueries(query: string, vocabulary: QueryWords, shownWords: readonly string[] = []): string[] {
  const typed = wordBeingTyped(query);
  if (typed === undefined || typed.length < minAnticipatedLength) return [];
  const seen = new Map<string, number>();
  for (const word of shownWords.map(normalizedWord)) {
    if (word.startsWith(typed) && word !== typed) seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  const byFrequency = [...seen].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const start = query.replace(/\S+$/, '');
  const words = new Set([...completionsOf(typed, vocabulary).words, ...byFrequency]);
  return [...words].slice(0, maxLikelyQueries).map((word) => `${start}${word}`);
}

/** How the typed words were read, gathered while each is searched. */
type Reading = Pick<Findings, 'respelled' | 'unknown' | 'unchecked'>;

/** The query's last word when nothing follows it (lower case, as searched), else undefined. */
export function wordBeingTyped(query: string): string | undefined {
  if (/\s$/.test(query)) return undefined;
  return normalizedWord(query.trim().split(/\s+/).at(-1) ?? '') || undefined;
}

/**
 * The best hit and score per page for one word of the query and the
 * handbook's words for it; undefined when none of them is in the index.
 */
async function pagesForTerm(engine: Engine, term: Term, reading: Reading): Promise<Map<string, { hit: SearchHit; score: number }> | undefined> {
  const responses = await Promise.all(term.searches.map((search) => checkedSearch(engine, search, reading)));
  if (responses.every((response) => response === undefined)) {
    // Only a word searched for nothing else is left out; one with synonyms was read through them.
    if (term.searches.length === 1 && term.searches[0]?.typed) reading.unknown.push(term.word);
    return undefined;
  }
  const best = new Map<string, { hit: SearchHit; score: number }>();
  responses.forEach((response, index) => {
    const weight = term.searches[index]?.weight ?? 0;
    for (const hit of response?.results ?? []) {
      const score = hit.score * weight;
      if (score > (best.get(hit.id)?.score ?? 0)) best.set(hit.id, { hit, score });
    }
  });
  return best;
}

/**
 * Searches one word. A word the reader typed is checked: when no page holds
 * it, Pagefind answers with its fallback (see isPlausibleMatch), which is
 * replaced by the closest word the index does hold ("custmer": "customer"),
 * or dropped when there is none.
 */
async function checkedSearch(engine: Engine, search: Search, reading: Reading): Promise<SearchResponse | undefined> {
  const response = await engine.search(pagefindQuery(search));
  if (!search.typed || search.exact || search.text === reading.unchecked) return response;
  // Whether Pagefind falls back, or finds nothing, depends on the index chunks
  // it has loaded; both are treated alike, so a query gives one answer
  // whatever was searched before it.
  if (response.results.length > 0 && (await holdsMatch(engine, search.text, response))) return response;
  const closest = search.text.length >= minRespelledLength ? await closestIndexedWord(engine, search.text, 1) : undefined;
  if (closest === undefined) return undefined;
  reading.respelled.push({ typed: search.text, read: closest });
  return engine.search(closest);
}

/** Whether a response's top hit matched the word itself or a word it starts (not Pagefind's fallback). */
async function holdsMatch(engine: Engine, word: string, response: SearchResponse): Promise<boolean> {
  // A word the index holds as written needs no further look (and no download).
  if ((await engine.search(`"${word}"`)).results.length > 0) return true;
  const top = response.results[0];
  if (!top) return true;
  return isPlausibleMatch(await matchedWords(top), word);
}

/** The words of the page's text that a hit matched. */
async function matchedWords(hit: SearchHit): Promise<string[]> {
  return wordsAt((await hit.data()).content, hit.words);
}

/**
 * The indexed word closest to a word the index lacks: the index is searched
 * for ever shorter starts of the word, and the words those matches highlight
 * are compared with it. Uses the index itself, so it adds no download.
 */
export async function closestIndexedWord(engine: Engine, word: string, maxDistance = 2): Promise<string | undefined> {
  const wanted = normalizedWord(word);
  if (wanted.length < 4) return undefined;
  for (let keep = wanted.length - 1; keep >= 3; keep--) {
    const hits = (await engine.search(wanted.slice(0, keep))).results.slice(0, 3);
    for (const hit of hits) {
      for (const matched of await matchedWords(hit)) {
        const candidate = normalizedWord(matched);
        if (candidate !== wanted && sharedPrefix(candidate, wanted) >= keep && editDistance(candidate, wanted) <= maxDistance) return candidate;
      }
    }
  }
  return undefined;
}
