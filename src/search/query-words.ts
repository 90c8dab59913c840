/**
 * How search reads a reader's words, compiled from content/search-words.yaml
 * (src/search/query-words-schema.ts checks that file). Bundled into the search
 * UI, so it holds plain data only.
 */
export interface QueryWords {
  /** A word readers use, and the handbook's words for it ("drunk": intoxicated, alcohol). */
  words: Record<string, readonly string[]>;
  /** Phrases whose words mislead one by one, longest first; an empty meaning drops the phrase ("what do i say"). */
  phrases: ReadonlyArray<readonly [phrase: string, means: readonly string[]]>;
  /** A word the handbook uses in another sense: read as `means`, unless the query holds one of `unless`. */
  senses: Record<string, { means: readonly string[]; unless: readonly string[] }>;
  /** Words matched as written, not as the start of a longer word ("police" must not find "policy"). */
  exact: readonly string[];
  /** Words that say nothing about what is happening ("guy", "lady"). */
  ignore: readonly string[];
}

export const noQueryWords: QueryWords = { words: {}, phrases: [], senses: {}, exact: [], ignore: [] };

/** The longest query search reads; the fields cap what a reader can type at the same length. */
export const maxQueryLength = 200;

/** Words that say nothing about the situation, in any handbook (content/search-words.yaml adds its own). */
const fillerWords = new Set(
  `a an the is are am was were be been being i im i'm me my mine you your yours he him his she her it its it's they them their they're
  we our us to of in on at for with by from as and or but so if then than that this these those there here what which who whom how when
  where why do does did doing done have has had just very really about into over up out can could should would will shall may might must
  again also any some such too get gets got won't can't don't doesn't isn't didn't wont cant dont i've i'll`.split(/\s+/),
);

/** A synonym's hit counts for a little less than the reader's own word. */
export const synonymWeight = 0.8;

/** One word Pagefind is asked for: as written (exact) or as the start of longer words, and how much its hits count. */
export interface Search {
  text: string;
  exact: boolean;
  weight: number;
  /** The reader typed it (not a synonym): Pagefind's fallback for a word it lacks has to be checked (see isPlausibleMatch). */
  typed: boolean;
}

/** One word of the query, after reading it in its sense, and the searches made for it. */
export interface Term {
  word: string;
  searches: Search[];
}

/** At most this many words of a query are searched: more says no more about the situation, and each costs a search. */
const maxTerms = 8;

/** Lower case, straight apostrophes, one space between words, at most maxQueryLength characters. */
export function normalizedQuery(query: string): string {
  return query.slice(0, maxQueryLength).toLowerCase().replaceAll('’', "'").replace(/\s+/g, ' ').trim();
}

export function termsOf(query: string, vocabulary: QueryWords = noQueryWords): Term[] {
  let text = ` ${normalizedQuery(query).replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
  for (const [phrase, meaning] of vocabulary.phrases) text = text.replaceAll(` ${phrase} `, ` ${meaning.join(' ')} `);
  const words = text
    .split(' ')
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
  const ignored = new Set(vocabulary.ignore);
  const meaningful = words.filter((word) => !fillerWords.has(word) && !ignored.has(word));
  const read = (meaningful.length > 0 ? meaningful : words).flatMap((word) => inSense(word, words, vocabulary));
  const meanings = new Set([...vocabulary.phrases.flatMap(([, meaning]) => meaning), ...Object.values(vocabulary.senses).flatMap((sense) => sense.means)]);
  const chosen = [...new Set(read)].slice(0, maxTerms);
  const exact = new Set(vocabulary.exact);
  // A phrase's or a sense's meaning is the handbook's own word: only what the reader typed needs checking.
  const typed = new Set(words);
  return chosen
    .map((word) => {
      const synonyms = vocabulary.words[word] ?? [];
      // One or two letters prefix-match most of the index: slow, and says little.
      const own = word.length >= 3 || (chosen.length === 1 && synonyms.length === 0) ? [word] : [];
      const searches: Search[] = [
        ...own.map((text) => ({ text, exact: exact.has(text), weight: 1, typed: typed.has(text) && !meanings.has(text) })),
        ...synonyms.map((text) => ({ text, exact: exact.has(text), weight: synonymWeight, typed: false })),
      ];
      return { word, searches };
    })
    .filter((term) => term.searches.length > 0);
}

/** A word in the sense the query gives it: "counter" is a desk unless the query is about thinking. */
function inSense(word: string, query: readonly string[], vocabulary: QueryWords): readonly string[] {
  const sense = vocabulary.senses[word];
  if (!sense || query.some((other) => sense.unless.includes(other))) return [word];
  return sense.means;
}

/** What Pagefind is asked for one search: a quoted word matches that word only. */
export function pagefindQuery(search: Search): string {
  return search.exact ? `"${search.text}"` : search.text;
}

/**
 * Whether the words Pagefind matched for a typed word really are that word.
 * When no indexed word starts with it (a typo, slang the handbook does not
 * use), Pagefind falls back to the longest indexed word it starts with, even
 * a single letter ("drunk" finds "D." in a lettered list). A misspelling that
 * keeps the start ("angery", "custmer") still finds its word; a fallback to
 * a much shorter word is dropped.
 */
export function isPlausibleMatch(matched: readonly string[], typed: string): boolean {
  if (matched.length === 0) return true;
  const wanted = normalizedWord(typed);
  return matched.map(normalizedWord).some((word) => sharedPrefix(word, wanted) >= Math.min(4, wanted.length) || (sharedPrefix(word, wanted) >= 3 && editDistance(word, wanted) <= 2));
}

export function normalizedWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

export function editDistance(a: string, b: string): number {
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

export function isFillerWord(word: string): boolean {
  return fillerWords.has(word);
}
