/**
 * The search page (/search/). The page's form holds the state (the query and
 * one checkbox per filter value) and the URL mirrors it, as a plain GET form
 * would: ?q=...&situation=...&type=...&channel=... Typing updates the current
 * history entry when the reader pauses or leaves the field; a new query, a
 * filter or Enter adds one, so Back and Forward walk through what the reader
 * did.
 */
import { vocabulary } from 'virtual:handbook-search/vocabulary';
import { indexReachable, IndexUnreachable, loadEngine, type Engine, type FilterCounts } from './engine';
import { facetCounts, matches, readFacts } from './index-facts';
import { filterNames, type FilterName } from './facets';
import { maxQueryLength } from './query-words';
import { h, plural, resultCards } from './render';
import { wordsAt } from './excerpt';
import { pageFirstScreenful as firstScreenful } from './first-screenful';
import { failureText, keepTyping, readingNote, situationSuggestions, spellingHelp } from './result-messages';
import { findPages, likelyQueries, type Found } from './results';
import { adoptSearchStyles } from './styles';

const pageSize = 20;
/** How long typing must pause before the last word is checked for a misspelling (see FindOptions in results.ts). */
const typingPauseMs = 300;
let pendingCheck: ReturnType<typeof setTimeout> | undefined;

const engine = loadEngine(true);
engine.catch(() => undefined);

interface State {
  query: string;
  /** Selected filter values, by slug (as the URL carries them). */
  selected: Record<FilterName, string[]>;
}

/** One checkbox of the filter pane: its filter, the value's slug (for the URL) and label (as Pagefind stores it). */
interface FilterBox {
  input: HTMLInputElement;
  filter: FilterName;
  slug: string;
  label: string;
}

interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  boxes: FilterBox[];
  pane: HTMLDetailsElement | null;
  summaryCount: HTMLElement | null;
  clear: HTMLButtonElement | null;
  status: HTMLElement;
  results: HTMLElement;
  more: HTMLButtonElement;
  message: HTMLElement;
}

function required<T extends Element>(selector: string, type: new () => T): T {
  const found = document.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`The search page lacks ${selector}: check src/pages/search.astro.`);
  return found;
}

function findParts(): Parts {
  const pane = document.querySelector('[data-search-filters]');
  const clear = document.querySelector('[data-search-clear]');
  return {
    form: required('[data-search-form]', HTMLFormElement),
    input: required('[data-search-input]', HTMLInputElement),
    boxes: [...document.querySelectorAll<HTMLInputElement>('[data-search-form] input[data-filter]')].flatMap(toFilterBox),
    pane: pane instanceof HTMLDetailsElement ? pane : null,
    summaryCount: document.querySelector('[data-search-filter-count]'),
    clear: clear instanceof HTMLButtonElement ? clear : null,
    status: required('[data-search-status]', HTMLElement),
    results: required('[data-search-results]', HTMLElement),
    more: required('[data-search-more]', HTMLButtonElement),
    message: required('[data-search-message]', HTMLElement),
  };
}

/** Checkboxes name their filter in data-filter (not name: this script writes the URL, not a form submission). */
function toFilterBox(input: HTMLInputElement): FilterBox[] {
  const filter = input.dataset['filter'] ?? '';
  return isFilterName(filter) ? [{ input, filter, slug: input.value, label: input.dataset['label'] ?? input.value }] : [];
}

function isFilterName(name: string): name is FilterName {
  return filterNames.some((filter) => filter === name);
}

function emptySelection(): Record<FilterName, string[]> {
  return { situation: [], type: [], channel: [] };
}

function stateFromUrl(parts: Parts): State {
  const params = new URLSearchParams(location.search);
  const selected = emptySelection();
  for (const name of filterNames) {
    const known = new Set(parts.boxes.filter((box) => box.filter === name).map((box) => box.slug));
    selected[name] = params.getAll(name).filter((slug) => known.has(slug));
  }
  return { query: (params.get('q') ?? '').slice(0, maxQueryLength).trim(), selected };
}

function stateFromForm(parts: Parts): State {
  const selected = emptySelection();
  for (const box of parts.boxes) {
    if (box.input.checked) selected[box.filter].push(box.slug);
  }
  return { query: parts.input.value.trim(), selected };
}

function showState(parts: Parts, state: State): void {
  parts.input.value = state.query;
  for (const box of parts.boxes) {
    box.input.checked = state.selected[box.filter].includes(box.slug);
  }
}

function urlOf(state: State): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of filterNames) for (const slug of state.selected[name]) params.append(name, slug);
  const search = params.toString();
  return search ? `${location.pathname}?${search}` : location.pathname;
}

/** Pagefind stores the values readers see (titles and labels); the checkboxes carry both. */
function labelsOf(parts: Parts, state: State): Record<FilterName, string[]> {
  const labels = emptySelection();
  for (const box of parts.boxes) {
    if (state.selected[box.filter].includes(box.slug)) labels[box.filter].push(box.label);
  }
  return labels;
}

const pageTitle = document.title;
/** What the page says before a question: written in search.astro, so it shows before this script runs and nothing moves. */
const introduction = [...(document.querySelector('[data-search-message]')?.childNodes ?? [])];
/** Counts searches, so an answer that arrives after a newer state's search began is dropped. */
let latestSearch = 0;
/** The pages the shown results list, and how many of them are shown. */
let listed: Found[] = [];
let shownCount = 0;
let showExcerpts = true;

/**
 * Shows the results for a state. While the reader types, the query's last
 * word is read as the start of a word; once they pause, the search runs again
 * with it checked (see FindOptions in results.ts).
 */
async function showResults(parts: Parts, state: State, typing = false, returnTo: RememberedEntry = { shown: pageSize }): Promise<void> {
  const thisSearch = ++latestSearch;
  const isLatest = () => thisSearch === latestSearch;
  clearTimeout(pendingCheck);
  pendingCheck = undefined;
  // Says which state the shown results answer, every word checked (tests
  // wait for it); until then, none: the address may lag while the reader types.
  delete parts.results.dataset['state'];
  const settled = () => {
    if (isLatest() && pendingCheck === undefined) parts.results.dataset['state'] = urlOf(state);
  };
  document.title = state.query ? `“${state.query}” · ${pageTitle}` : pageTitle;
  const labels = labelsOf(parts, state);
  const filtering = filterNames.some((name) => labels[name].length > 0);
  try {
    const search = await engine;
    if (state.query === '' && !filtering) {
      // Nothing asked yet: the counts are Pagefind's totals, one call. Reading
      // the facts (a search per filter value) waits for the first question,
      // so the page does no long task while it loads.
      const totals = await search.filters();
      if (!isLatest()) return;
      showCounts(parts, totals, state);
      listed = [];
      parts.status.textContent = '';
      parts.results.replaceChildren();
      parts.more.hidden = true;
      parts.message.hidden = false;
      parts.message.replaceChildren(...introduction);
      settled();
      return;
    }
    // The facts (each page's filter values) are read in parallel; results
    // show before them unless a filter needs them to choose.
    const facts = readFacts(search);
    // Awaited below; a failure before that is told by the search's own.
    facts.catch(() => undefined);
    const findings = state.query === '' ? undefined : await findPages(search, state.query, vocabulary, { typing });
    const reading = findings ?? { pages: (await facts).inSiteOrder.map((hit) => ({ hit, locations: [] })), respelled: [], unknown: [], understood: true };
    const { pages } = reading;
    if (!isLatest()) return;
    if (reading.unchecked !== undefined) pendingCheck = setTimeout(() => void showResults(parts, state), typingPauseMs);
    if (!reading.understood || state.query.length === 1) {
      listed = [];
      parts.status.textContent = '';
      parts.results.replaceChildren();
      parts.more.hidden = true;
      parts.message.hidden = false;
      parts.message.replaceChildren(h('p', {}, keepTyping));
      settled();
      return;
    }
    if (pages.length === 0 && !(await indexReachable())) throw new IndexUnreachable();
    const factsToFilter = filtering ? await facts : undefined;
    const found = factsToFilter ? pages.filter((page) => matches(factsToFilter, page.hit, labels)) : pages;
    showExcerpts = state.query !== '';
    const cards = await resultCards(found.slice(0, firstScreenful), showExcerpts);
    if (!isLatest()) return;
    listed = found;
    parts.status.textContent = statusOf(found.length, state.query, labels) + readingNote(reading);
    parts.results.replaceChildren(...cards);
    parts.message.hidden = found.length > 0;
    parts.more.hidden = true;
    // The bench times the first paint of results by this.
    parts.results.dataset['showing'] = urlOf(state);
    // Data already read comes back at once: without a pause, the rest and
    // the counts would be drawn before the first results could paint.
    await afterPaint();
    if (!isLatest()) return;
    if (typing && !filtering) void readAhead(search, state.query, found.slice(0, firstScreenful));
    const rest = await resultCards(found.slice(firstScreenful, Math.max(returnTo.shown, firstScreenful)), showExcerpts);
    if (!isLatest()) return;
    parts.results.append(...rest);
    // The browser restores the scroll before the results are back: this puts the reader where they were.
    if (returnTo.scrollY !== undefined) window.scrollTo({ top: returnTo.scrollY, behavior: 'instant' });
    shownCount = cards.length + rest.length;
    parts.more.hidden = shownCount >= listed.length;
    showCounts(parts, facetCounts(await facts, pages.map((page) => page.hit), labels), state);
    if (!isLatest()) return;
    if (found.length === 0) {
      parts.message.replaceChildren(...noResults(parts, state, filtering));
      if (state.query !== '') {
        const searchFor = (spelling: string) => update(parts, { ...stateFromForm(parts), query: spelling }, 'push');
        const spelling = await spellingHelp(search, state.query, searchFor);
        if (spelling && isLatest()) parts.message.prepend(h('div', { class: 'search-message' }, ...spelling));
      }
    }
  } catch (error) {
    if (!isLatest()) return;
    listed = [];
    const failure = failureText(error);
    // The status line is what a screen reader announces.
    parts.status.textContent = failure.textContent;
    parts.results.replaceChildren();
    parts.more.hidden = true;
    parts.message.hidden = false;
    parts.message.replaceChildren(failure, ...situationSuggestions('Pick the situation closest to yours:'));
  }
  settled();
}

/**
 * Reads the first results of the queries the reader is likely typing
 * ("customer is drun": "customer is drunk", see likelyQueries), so that the
 * word's last key paints its results without waiting for their files. Only
 * the search page reads ahead: it loads the engine and the index at once for
 * a reader who came to search, where the dialog downloads only what it shows.
 * `shown` are the pages on screen, whose text is loaded.
 */
async function readAhead(search: Engine, query: string, shown: readonly Found[]): Promise<void> {
  try {
    const shownWords = (await Promise.all(shown.map(async (page) => wordsAt((await page.hit.data()).content, page.locations)))).flat();
    await Promise.all(
      likelyQueries(query, vocabulary.words, shownWords).map(async (likely) => {
        const { pages } = await findPages(search, likely, vocabulary, { typing: true });
        await Promise.all(pages.slice(0, firstScreenful).map((page) => page.hit.data()));
      }),
    );
  } catch {
    // Reading ahead only saves time: a failure is told when the reader's own query meets it.
  }
}

/** Resolves once the browser has painted what the page holds now (at once for a hidden page, which paints nothing). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve);
    else requestAnimationFrame(() => setTimeout(resolve));
  });
}

function showCounts(parts: Parts, counts: FilterCounts, state: State): void {
  let active = 0;
  for (const box of parts.boxes) {
    const count = counts[box.filter]?.[box.label] ?? 0;
    const selected = state.selected[box.filter].includes(box.slug);
    if (selected) active++;
    const label = box.input.closest('li');
    const shown = label?.querySelector('[data-count]');
    if (shown) shown.textContent = `(${count})`;
    if (label instanceof HTMLElement) label.hidden = count === 0 && !selected;
  }
  // A group whose every value counts 0 would be a heading over nothing.
  for (const fieldset of parts.form.querySelectorAll('fieldset')) {
    fieldset.hidden = [...fieldset.querySelectorAll('li')].every((item) => item.hidden);
  }
  if (parts.summaryCount) parts.summaryCount.textContent = active > 0 ? `(${active} selected)` : '';
  if (parts.clear) parts.clear.hidden = active === 0;
}

function statusOf(count: number, query: string, labels: Record<FilterName, string[]>): string {
  const filters = filterNames.flatMap((name) => labels[name]);
  const what = query ? ` for “${query}”` : '';
  const within = filters.length > 0 ? `, filtered by ${filters.join(', ')}` : '';
  if (count === 0) return `No results${what}${within}.`;
  return `${plural(count, 'result', 'results')}${what}${within}.`;
}

/**
 * What to do when nothing matches. The status line above has said "No results
 * for …" already, so this starts with the ways on; filters alone, with no
 * query, get one sentence on why.
 */
function noResults(parts: Parts, state: State, filtering: boolean): HTMLElement[] {
  const items: HTMLElement[] = state.query ? [] : [h('p', {}, 'Nothing matches these filters together.')];
  if (filtering) {
    const clear = h('button', { type: 'button' }, state.query ? 'Search without the filters' : 'Clear the filters');
    clear.addEventListener('click', () => update(parts, { ...state, selected: emptySelection() }, 'push'));
    items.push(h('p', { class: 'search-suggestions' }, clear));
  }
  items.push(
    ...situationSuggestions(
      state.query
        ? 'Try plainer or fewer words (for example “angry”, “phone”, “refund”), or go straight to the situation closest to yours:'
        : 'Or go straight to the situation closest to yours:',
    ),
  );
  return items;
}

async function showMore(parts: Parts): Promise<void> {
  let cards: HTMLElement[];
  try {
    cards = await resultCards(listed.slice(shownCount, shownCount + pageSize), showExcerpts);
  } catch (error) {
    parts.message.hidden = false;
    parts.message.replaceChildren(failureText(error));
    return;
  }
  parts.results.append(...cards);
  shownCount += cards.length;
  parts.more.hidden = shownCount >= listed.length;
  // Back from a result draws as many again (see rememberedEntry).
  remember({ shown: shownCount });
  // Keep the reader's place: the first new result takes focus.
  cards[0]?.querySelector('a')?.focus();
}

/** What a history entry of this page remembers beyond its address: how many results were drawn, and where the page was scrolled when the reader left it. */
interface RememberedEntry {
  shown: number;
  scrollY?: number;
}

/** Writes what the current history entry remembers, with the address the typing has reached. */
function remember(entry: RememberedEntry): void {
  writeTypedAddress();
  window.history.replaceState(entry satisfies RememberedEntry, '', currentAddress());
}

/**
 * What the current history entry remembers: a reader who opened the 23rd
 * result and comes back finds it listed again, where it was on the screen.
 */
function rememberedEntry(): RememberedEntry {
  const remembered: unknown = window.history.state;
  const field = (name: string): unknown => (typeof remembered === 'object' && remembered !== null ? Reflect.get(remembered, name) : undefined);
  const shown = field('shown');
  const scrolled = field('scrollY');
  return {
    shown: typeof shown === 'number' && Number.isInteger(shown) && shown > pageSize ? shown : pageSize,
    ...(typeof scrolled === 'number' && scrolled > 0 ? { scrollY: scrolled } : {}),
  };
}

let typing = false;

/**
 * The address the reader's typing has reached, written into the history
 * when they pause or leave the field. Written at every key, it held up the
 * next one: each write is a same-document navigation. With the CPU 4x slower,
 * the last key to first result went from 40 to 23 ms without it (median of
 * 28 queries, interleaved, as tests/bench/search.mjs types them).
 */
let addressWhenPaused: { url: string; timer: ReturnType<typeof setTimeout> } | undefined;

/** How a new state changes the history (see recordAddress). */
type AddressChange = 'push' | 'replace' | 'typing' | 'none';

/** The page's address as the history holds it, to compare with a state's. */
const currentAddress = (): string => `${location.pathname}${location.search}`;

/** Writes the address the typing has reached, if any is waiting. */
function writeTypedAddress(): void {
  if (!addressWhenPaused) return;
  clearTimeout(addressWhenPaused.timer);
  const { url } = addressWhenPaused;
  addressWhenPaused = undefined;
  if (url !== currentAddress()) window.history.replaceState(null, '', url);
}

/**
 * Records a state's address in the history: 'push' adds an entry, 'replace'
 * rewrites the current one, 'typing' rewrites it once the reader pauses, and
 * 'none' (Back or Forward: the history already moved) drops an address still
 * waiting, which belongs to the entry the reader left.
 */
function recordAddress(url: string, how: AddressChange): void {
  if (how === 'none') {
    clearTimeout(addressWhenPaused?.timer);
    addressWhenPaused = undefined;
    return;
  }
  if (how === 'typing') {
    clearTimeout(addressWhenPaused?.timer);
    addressWhenPaused = { url, timer: setTimeout(writeTypedAddress, typingPauseMs) };
    return;
  }
  // What was typed first, so the entries are those the reader made.
  writeTypedAddress();
  if (url === currentAddress()) return;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * Records a state in the history and searches. The form shows it too, unless
 * it came from the form: rewriting the field as the reader types would eat
 * the space after a word.
 */
function update(parts: Parts, state: State, history: AddressChange, fromForm = false): void {
  if (!fromForm) showState(parts, state);
  recordAddress(urlOf(state), history);
  // A new state starts at one page of results; one the history returns to, as the reader left it.
  const returnTo = history === 'none' || history === 'replace' ? rememberedEntry() : undefined;
  void showResults(parts, state, fromForm && typing, returnTo);
}

function start(): void {
  adoptSearchStyles();
  const parts = findParts();

  parts.input.addEventListener('input', () => {
    // The first keystroke of a new query adds a history entry; the rest refine it.
    update(parts, stateFromForm(parts), typing ? 'typing' : 'push', true);
    typing = true;
  });
  parts.form.addEventListener('change', (event) => {
    if (event.target === parts.input) return;
    typing = false;
    update(parts, stateFromForm(parts), 'push', true);
  });
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing = false;
    update(parts, stateFromForm(parts), 'push');
  });
  parts.clear?.addEventListener('click', () => {
    typing = false;
    update(parts, { ...stateFromForm(parts), selected: emptySelection() }, 'push');
  });
  parts.more.addEventListener('click', () => void showMore(parts));
  // A reader who leaves the field (for a result, a filter, another page) takes the address of what they typed with them.
  parts.input.addEventListener('blur', writeTypedAddress);
  window.addEventListener('pagehide', () => remember({ shown: shownCount, scrollY: window.scrollY }));
  window.addEventListener('popstate', () => {
    typing = false;
    update(parts, stateFromUrl(parts), 'none');
  });

  // The field may hold words already: the query from the address (written in
  // before the first paint by search-filters.js), or what the reader typed
  // while this script loaded. The field wins, so no keystroke is lost.
  const fromUrl = stateFromUrl(parts);
  const typed = parts.input.value.trim();
  typing = typed !== '' && typed !== fromUrl.query;
  const initial = { ...fromUrl, query: typed || fromUrl.query };
  // The checkboxes follow the address; the field keeps what it holds (and the reader's cursor).
  if (typed === '') parts.input.value = initial.query;
  for (const box of parts.boxes) box.input.checked = initial.selected[box.filter].includes(box.slug);
  // 'replace' also trims an address whose query is longer than the field takes.
  update(parts, initial, typing ? 'typing' : 'replace', true);
}

start();
