/**
 * What search shows in place of results: the situations to pick when words
 * find nothing, "Did you mean" when a close spelling does find something, and
 * the words for an error. The dialog and the search page both show them, so a
 * reader meets the same help, built the same way, on either; each surface
 * only chooses its lead sentence and the box the help goes in.
 */
import { situations } from 'virtual:handbook-search/vocabulary';
import { siteUrl } from '../handbook/urls';
import { EngineUnavailable, type Engine } from './engine';
import { suggestSpelling } from './query';
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
  const spelling = await suggestSpelling(engine, query);
  if (!spelling) return undefined;
  const button = h('button', { type: 'button' }, `Search for “${spelling}”`);
  button.addEventListener('click', () => searchFor(spelling));
  return [h('p', {}, 'Did you mean:'), h('p', { class: 'search-suggestions' }, button)];
}

/** Why search did not answer: the engine's own words when it could not start (offline, blocked), else what to do. */
export function errorText(error: unknown): HTMLElement {
  return h('p', {}, error instanceof EngineUnavailable ? error.message : 'Search stopped with an error. Reload the page and try again.');
}
