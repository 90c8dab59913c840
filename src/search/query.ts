import type { Engine, SearchHit } from './engine';
import { handbookPhrases, handbookWords } from './synonyms';

/**
 * Words that say nothing about the situation. Pagefind returns only pages
 * holding every word of a query, so "yelling on the phone" would need "on"
 * and "the" too; they are left out of the ranking below.
 */
const fillerWords = new Set(
  `a an the is are am was were be been being i im i'm me my mine you your yours he him his she her it its it's they them their they're
  we our us to of in on at for with by from as and or but so if then than that this these those there here what which who whom how when
  where why do does did doing done have has had just very really about into over up out can could should would will shall may might must
  again also any some such too get gets got won't can't don't doesn't isn't didn't wont cant dont i've i'll`.split(/\s+/),
);

/** A synonym's hit counts for a little less than the reader's own word. */
const synonymWeight = 0.8;

/** One word of the query and the words searched for it. */
export interface Term {
  word: string;
  searches: string[];
}

export function termsOf(query: string): Term[] {
  let text = query.toLowerCase().replaceAll('’', "'");
  for (const [phrase, meaning] of Object.entries(handbookPhrases)) text = text.replaceAll(phrase, ` ${meaning} `);
  const words = text
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
  const meaningful = words.filter((word) => !fillerWords.has(word));
  const chosen = [...new Set(meaningful.length > 0 ? meaningful : words)];
  return chosen
    .map((word) => {
      const synonyms = handbookWords[word] ?? [];
      // One or two letters prefix-match most of the index: slow, and says little.
      const own = word.length >= 3 || (chosen.length === 1 && synonyms.length === 0) ? [word] : [];
      return { word, searches: [...own, ...synonyms] };
    })
    .filter((term) => term.searches.length > 0);
}

/** A situation whose page comes first when a query holds one of its words (the safety path for "knife"). */
export interface SearchPin {
  situation: string;
  words: readonly string[];
}

/** The name of the filter that marks a pinned situation's page (its value is the slug). */
export const pinFilter = 'pin';

/** The situations a query pins, in the order given. */
export function pinnedBy(query: string, pins: readonly SearchPin[]): string[] {
  const words = new Set(termsOf(query).map((term) => term.word));
  return pins.filter((pin) => pin.words.some((word) => words.has(word))).map((pin) => pin.situation);
}

/**
 * Ranks pages for a query, with the pages it pins first (see SearchPin): a
 * reader who types "knife" needs the safety path before anything that
 * happens to use the word.
 */
export async function rankedSearch(engine: Engine, query: string, pins: readonly SearchPin[] = []): Promise<SearchHit[]> {
  const pinned = pinnedBy(query, pins);
  const [ranked, ...first] = await Promise.all([
    rankedByWords(engine, query),
    ...pinned.map(async (situation) => (await engine.search(null, { filters: { [pinFilter]: { any: [situation] } } })).results),
  ]);
  const top = first.flat();
  const ids = new Set(top.map((hit) => hit.id));
  return [...top, ...(ranked ?? []).filter((hit) => !ids.has(hit.id))];
}

/**
 * Ranks pages for a query the way people type when something is going wrong:
 * a few words, not all of which the right page uses. Each word (and the
 * handbook's words for it) is searched on its own; a page scores the sum of
 * its best score per word (Pagefind's scores already weigh rare words more),
 * times the share of the words it holds. Its result is the hit of its
 * strongest word, so the excerpt shows why it came up; a page holding every
 * word takes Pagefind's hit for all of them, whose excerpt marks them all.
 */
async function rankedByWords(engine: Engine, query: string): Promise<SearchHit[]> {
  const terms = termsOf(query);
  const [only] = terms;
  if (!only) return [];
  if (terms.length === 1 && only.searches.length === 1) return (await engine.search(only.searches[0] ?? only.word)).results;

  const pages = new Map<string, { hit: SearchHit; best: number; sum: number; matched: number }>();
  const perTerm = await Promise.all(terms.map((term) => bestPerPage(engine, term)));
  for (const scores of perTerm) {
    for (const { hit, score } of scores.values()) {
      const page = pages.get(hit.id) ?? { hit, best: 0, sum: 0, matched: 0 };
      page.sum += score;
      page.matched += 1;
      if (score > page.best) {
        page.best = score;
        page.hit = hit;
      }
      pages.set(hit.id, page);
    }
  }
  if (terms.length > 1) {
    const all = await engine.search(terms.map((term) => term.searches[0]).join(' '));
    for (const hit of all.results) {
      const page = pages.get(hit.id);
      if (page) page.hit = hit;
    }
  }
  const ranked = [...pages.values()]
    .map((page) => ({ hit: page.hit, score: (page.sum * page.matched) / terms.length }))
    .sort((a, b) => b.score - a.score);
  // Pages that only share a common word ("customer") with the query trail far behind.
  const floor = (ranked[0]?.score ?? 0) * minShareOfBest;
  return ranked.filter((page) => page.score >= floor).map((page) => page.hit);
}

/** Below this share of the best page's score, a page is noise rather than a result. */
const minShareOfBest = 0.05;

/**
 * Whether a loaded result really matches. When no word of the index starts
 * with a query word (a typo, slang the handbook does not use), Pagefind falls
 * back to the longest indexed word the query word starts with, even a single
 * letter ("drunk" finds "D." in a lettered list). Such a hit highlights a word
 * that shares almost nothing with what was typed.
 */
export function isPlausible(excerpt: string, query: string): boolean {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => normalized(match[1] ?? ''));
  if (marked.length === 0) return true;
  const searched = termsOf(query).flatMap((term) => term.searches.map(normalized));
  return marked.some((word) => searched.some((search) => sharedPrefix(word, search) >= Math.min(3, search.length)));
}

function normalized(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

async function bestPerPage(engine: Engine, term: Term): Promise<Map<string, { hit: SearchHit; score: number }>> {
  const responses = await Promise.all(term.searches.map((word) => engine.search(word)));
  const best = new Map<string, { hit: SearchHit; score: number }>();
  responses.forEach((response, index) => {
    const weight = term.searches[index] === term.word ? 1 : synonymWeight;
    for (const hit of response.results) {
      const score = hit.score * weight;
      if (score > (best.get(hit.id)?.score ?? 0)) best.set(hit.id, { hit, score });
    }
  });
  return best;
}

/**
 * Spelling help for a query that found nothing: each word of four letters or
 * more that is not in the index is replaced by the closest indexed word
 * (found by searching its first letters and reading what Pagefind
 * highlights). Uses the index itself, so it adds no download.
 */
export async function suggestSpelling(engine: Engine, query: string): Promise<string | undefined> {
  let changed = false;
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const fixed: string[] = [];
  for (const word of words) {
    const guess = word.length >= 4 && !fillerWords.has(word) ? await closestIndexedWord(engine, word) : undefined;
    if (guess) changed = true;
    fixed.push(guess ?? word);
  }
  return changed ? fixed.join(' ') : undefined;
}

async function closestIndexedWord(engine: Engine, word: string): Promise<string | undefined> {
  if ((await engine.search(`"${word}"`)).results.length > 0) return undefined;
  for (let keep = word.length - 1; keep >= 3; keep--) {
    const hits = (await engine.search(word.slice(0, keep))).results.slice(0, 3);
    for (const hit of hits) {
      const { excerpt } = await hit.data();
      for (const match of excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)) {
        const candidate = normalized(match[1] ?? '');
        if (candidate !== word && sharedPrefix(candidate, word) >= keep && editDistance(candidate, word) <= 2) return candidate;
      }
    }
  }
  return undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}
