import { siteUrl } from '../handbook/urls';
import type { ResultData, SearchHit } from './engine';

type Child = Node | string | null | undefined | false;

/** Creates an element; attributes set with setAttribute, so nothing is parsed as HTML. */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

const maxChips = 3;

/**
 * One result: its kind, title (the link), a highlighted excerpt (or the
 * summary when browsing without a query) and the situations it helps with.
 */
export function resultCard(data: ResultData, options: { headingLevel: 2 | 3; showExcerpt: boolean }): HTMLElement {
  // Worksheet PDFs carry their name as "name" (see src/search/worksheet-records.ts).
  const title = data.meta['title'] ?? data.meta['name'] ?? data.url;
  const type = data.meta['type'];
  const text = h('p', { class: 'search-result__text' });
  if (options.showExcerpt && data.excerpt.trim() !== '') {
    // Pagefind escapes the page text and only adds <mark> elements. An excerpt
    // from the top of the page starts with the title, which the card shows already.
    const escapedTitle = h('span', {}, title).innerHTML;
    text.innerHTML = data.excerpt.startsWith(`${escapedTitle}. `) ? data.excerpt.slice(escapedTitle.length + 2) : data.excerpt;
  } else {
    text.textContent = data.meta['summary'] ?? '';
  }
  const situations = type === 'Situation' ? [] : (data.filters['situation'] ?? []);
  const shown = situations.slice(0, maxChips);
  const otherUrl = data.meta['other_url'];
  return h(
    'li',
    { class: 'search-result' },
    type ? h('p', { class: 'search-result__type' }, type) : null,
    h(`h${options.headingLevel}`, { class: 'search-result__title' }, h('a', { href: data.url }, title)),
    text,
    shown.length > 0 &&
      h(
        'p',
        { class: 'search-result__chips' },
        h('span', { class: 'visually-hidden' }, 'Helps with: '),
        ...shown.map((situation) => h('span', { class: 'search-chip' }, situation)),
        situations.length > maxChips && h('span', { class: 'search-chip search-chip--more' }, `+${situations.length - maxChips} more`),
      ),
    otherUrl &&
      h(
        'p',
        { class: 'search-result__other' },
        'Also as ',
        h('a', { href: siteUrl(otherUrl) }, `${data.meta['other_paper'] ?? 'another paper size'} PDF`),
      ),
  );
}

/** Loads the data of a slice of results in parallel, keeping their order. */
export function loadSlice(hits: readonly SearchHit[], start: number, count: number): Promise<ResultData[]> {
  return Promise.all(hits.slice(start, start + count).map((hit) => hit.data()));
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
