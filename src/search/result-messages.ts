/**
 * What search shows in place of results: the situations to pick when words
 * find nothing, "Did you mean" when a close spelling does find something, and
 * the words for an error. The dialog and the search page both show them, so a
 * reader meets the same help, built the same way, on either; each surface
 * only chooses its lead sentence and the box the help goes in.
 */
import { situations } from 'virtual:handbook-search/vocabulary';
import { siteUrl } from '../handbook/urls';
import { EngineUnavailable, IndexUnreachable, type Engine } from './engine';
import { isFillerWord, normalizedQuery } from './query-words';
import { closestIndexedWord, type Findings } from './results';
import { h } from './render';

/** A lead sentence, then every situation as a link: the way on that needs no words at all. */
export function situationSuggestions(lead: string): HTMLElement[] {
  return [
    h('p', {}, lead),
    h(
      'ul',
      { class: 'search-suggestions', 'aria-label': 'Situations' },
      ...situations.map((situation) => h('li', {}, h('a', { href: siteUrl(`/situations/${situation.slug}/`) }, situation.label))),
    ),
  ];
}

/**
 * "Did you mean" for a query that found nothing: a button that searches the
 * closest spelling the index knows, or undefined when it knows none. Looking
 * takes a few searches, so the caller shows the situations first and adds
 * this on top if its search is still the latest one.
 */
export async function spellingHelp(engine: Engine, query: string, searchFor: (spelling: string) => void): Promise<HTMLElement[] | undefined> {
  const words = normalizedQuery(query).split(' ');
  let changed = false;
  const fixed: string[] = [];
  for (const word of words) {
    const closest = word.length >= 4 && !isFillerWord(word) ? await closestIndexedWord(engine, word) : undefined;
    if (closest !== undefined) changed = true;
    fixed.push(closest ?? word);
  }
  if (!changed) return undefined;
  const spelling = fixed.join(' ');
  const button = h('button', { type: 'button' }, `Search for “${spelling}”`);
  button.addEventListener('click', () => searchFor(spelling));
  return [h('p', {}, 'Did you mean:'), h('p', { class: 'search-suggestions' }, button)];
}

/**
 * "“a”", "“a” or “b”", "“a”, “b”, or “c”": what Intl.ListFormat's US English
 * disjunction says. Not Intl.ListFormat itself: making one loads its locale
 * data, 15-28 ms here (four times that on a slow phone), a long task that
 * delayed the search page whenever the module loaded.
 */
function anyOf(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items.at(-1) ?? ''}`;
}

/** Says how the typed words were read: respelled ("Read “custmer” as “customer”."), or left out because no page uses them. */
export function readingNote({ respelled, unknown }: Pick<Findings, 'respelled' | 'unknown'>): string {
  const notes: string[] = [];
  if (respelled.length > 0) notes.push(`Read ${respelled.map(({ typed, read }) => `“${typed}” as “${read}”`).join(', ')}.`);
  if (unknown.length > 0) notes.push(`No page uses ${anyOf(unknown.map((word) => `“${word}”`))}, so ${unknown.length === 1 ? 'it was' : 'they were'} left out.`);
  return notes.map((note) => ` ${note}`).join('');
}

/** What search says while a query holds no word about what is happening yet ("what do i say", one letter). */
export const keepTyping = 'Keep typing: say what is happening, for example “customer is yelling at me”.';

/**
 * Why search did not answer, in words for the reader: offline, a download
 * that failed, or a fault. Never "nothing matches": that would be wrong.
 */
export function failureText(error: unknown): HTMLElement {
  if (error instanceof EngineUnavailable) return h('p', {}, error.message);
  if (!navigator.onLine) {
    return h(
      'p',
      {},
      'You seem to be offline. Search needs to download part of its index for these words, and this device does not have it yet. Connect and try again, or pick a situation below.',
    );
  }
  if (error instanceof TypeError || error instanceof IndexUnreachable) {
    return h('p', {}, 'Part of the search index could not be downloaded. Check your connection and try again, or pick a situation below.');
  }
  return h('p', {}, 'Search stopped with an error. Reload the page and try again, or pick a situation below.');
}
