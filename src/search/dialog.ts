/**
 * The search dialog. The header's opener (src/components/SearchOpener.astro)
 * imports this module the first time the reader asks for search, then calls
 * open(). Enter opens the first result; with none, the search page.
 */
import { vocabulary } from 'virtual:handbook-search/vocabulary';
import { siteUrl } from '../handbook/urls';
import { indexReachable, IndexUnreachable, loadEngine } from './engine';
import { maxQueryLength } from './query-words';
import { dialogFirstScreenful as firstScreenful } from './first-screenful';
import { h, plural, resultCards } from './render';
import { failureText, keepTyping, readingNote, situationSuggestions, spellingHelp } from './result-messages';
import { findPages, type Found } from './results';
import { adoptSearchStyles } from './styles';

const shownInDialog = 8;
/**
 * How long typing must pause before the last word is checked for a
 * misspelling (see FindOptions): longer than the gap between keys of someone
 * typing, short enough to be done before they read the first result.
 */
const typingPauseMs = 300;

// The header's opener imports this module when the reader shows they want
// search (hovering or focusing it, or pressing "/"), so the engine (its
// script, its WebAssembly and the index's metadata) starts now, before the
// first key. Failures show when the reader searches.
loadEngine().catch(() => undefined);

interface Parts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  body: HTMLElement;
  footer: HTMLAnchorElement;
}

let parts: Parts | undefined;
let returnFocusTo: HTMLElement | undefined;
/** Counts searches, so an answer that arrives after a newer keystroke's search began is dropped. */
let latestSearch = 0;
/** The check of the last word, waiting for the reader to pause; Enter runs it at once. */
let pendingCheck: { timer: ReturnType<typeof setTimeout>; run: () => Promise<void> } | undefined;

/** Opens the dialog; `typed` is what the reader typed while this module was loading. */
export function open(opener: HTMLElement, typed = ''): void {
  adoptSearchStyles();
  const ui = (parts ??= createDialog());
  const active = document.activeElement;
  returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : opener;
  if (!ui.dialog.open) ui.dialog.showModal();
  ui.input.focus();
  if (typed) {
    ui.input.value = typed;
    ui.input.setSelectionRange(typed.length, typed.length);
  } else {
    ui.input.select();
  }
  void update(ui);
}

function createDialog(): Parts {
  const input = h('input', {
    id: 'search-dialog-input',
    class: 'search-input',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    placeholder: 'For example: customer is yelling',
    maxlength: String(maxQueryLength),
    'aria-describedby': 'search-dialog-status',
  });
  const close = h('button', { type: 'button', class: 'search-dialog__close control-button' }, 'Close');
  const form = h(
    'form',
    { class: 'search-dialog__form', role: 'search', action: siteUrl('/search/'), method: 'get' },
    h('label', { for: 'search-dialog-input' }, 'Search the handbook'),
    input,
  );
  const status = h('p', { id: 'search-dialog-status', class: 'search-dialog__status', role: 'status' });
  const body = h('div', { class: 'search-dialog__body' });
  const footer = h('a', { href: siteUrl('/search/') }, 'Filter by situation, type and channel on the search page');
  const dialog = h(
    'dialog',
    { class: 'search-dialog', 'aria-label': 'Search the handbook' },
    h('div', { class: 'search-dialog__bar' }, form, close),
    status,
    body,
    h('p', { class: 'search-dialog__footer' }, footer),
  );
  if (!(dialog instanceof HTMLDialogElement) || !(input instanceof HTMLInputElement) || !(footer instanceof HTMLAnchorElement)) {
    throw new Error('The search dialog could not be built: this browser lacks <dialog>.');
  }
  const ui: Parts = { dialog, input, status, body, footer };

  input.addEventListener('input', () => {
    void update(ui);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The results answer the query as read while typing: check its last word first.
    const check = pendingCheck;
    if (check) {
      clearTimeout(check.timer);
      await check.run();
    }
    const first = firstResultLink(ui);
    // Offline, the search page cannot load either: stay with the message that says so.
    if (first) first.click();
    else if (navigator.onLine) ui.footer.click();
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (event) => onKeydown(ui, event));
  // A click on the backdrop lands on the dialog itself, outside its content.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // The close event comes a task after close(): by then the reader (or a
  // script) may have focused something else, which must keep its focus.
  dialog.addEventListener('close', () => {
    const focused = document.activeElement;
    const focusIsLost = focused === null || focused === document.body || dialog.contains(focused);
    if (focusIsLost && returnFocusTo?.isConnected) returnFocusTo.focus();
  });
  document.body.append(dialog);
  return ui;
}

function resultLinks(ui: Parts): HTMLAnchorElement[] {
  return [...ui.body.querySelectorAll<HTMLAnchorElement>('.search-result__title a, .search-suggestions a')];
}

function firstResultLink(ui: Parts): HTMLAnchorElement | undefined {
  return ui.body.querySelector<HTMLAnchorElement>('.search-result__title a') ?? undefined;
}

function onKeydown(ui: Parts, event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    ui.dialog.close();
    return;
  }
  if (event.key === 'Tab') {
    keepFocusInside(ui, event);
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = resultLinks(ui);
  const at = links.findIndex((link) => link === document.activeElement);
  if (document.activeElement === ui.input && event.key === 'ArrowDown') {
    links[0]?.focus();
    event.preventDefault();
  } else if (at >= 0) {
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    (next < 0 ? ui.input : links[Math.min(next, links.length - 1)])?.focus();
    event.preventDefault();
  }
}

/** The page behind a modal dialog is inert; this also keeps Tab from leaving for the browser's toolbar. */
function keepFocusInside(ui: Parts, event: KeyboardEvent): void {
  const focusable = [...ui.dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter(
    (element) => element.offsetParent !== null,
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    last.focus();
    event.preventDefault();
  } else if (!event.shiftKey && document.activeElement === last) {
    first.focus();
    event.preventDefault();
  }
}

/**
 * Runs the search for what the input holds now; no debounce, stale answers
 * are dropped. While typing, the last word is read as the start of a word;
 * once the reader pauses, the same search runs with it checked, and the
 * results change only if the check changed them.
 */
async function update(ui: Parts, typing = true, shown?: Found[]): Promise<void> {
  const thisSearch = ++latestSearch;
  const isLatest = () => thisSearch === latestSearch;
  const query = ui.input.value.trim();
  if (pendingCheck) clearTimeout(pendingCheck.timer);
  pendingCheck = undefined;
  // Says which query the shown results answer, all words checked (tests wait for it).
  const settled = () => {
    if (isLatest() && pendingCheck === undefined) ui.body.dataset['query'] = query;
  };
  ui.footer.href = siteUrl(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
  // One letter matches nearly every page: wait for a second one.
  if (query.length < 2) {
    ui.status.textContent = '';
    ui.body.replaceChildren(messageBox(...situationSuggestions('What is happening? Pick a situation, or type a few words.')));
    settled();
    return;
  }
  try {
    const search = await loadEngine();
    const findings = await findPages(search, query, vocabulary, { typing });
    const { pages } = findings;
    // A newer keystroke has its own search: do not download this one's excerpts.
    if (!isLatest()) return;
    if (findings.unchecked !== undefined) {
      const run = () => update(ui, false, pages);
      pendingCheck = { timer: setTimeout(() => void run(), typingPauseMs), run };
    }
    const unchanged = shown !== undefined && sameResults(shown, pages) && findings.respelled.length === 0 && findings.unknown.length === 0;
    if (unchanged) {
      settled();
      return;
    }
    if (!findings.understood) {
      ui.status.textContent = '';
      ui.body.replaceChildren(messageBox(h('p', {}, keepTyping)));
      settled();
      return;
    }
    if (pages.length === 0) {
      if (!(await indexReachable())) throw new IndexUnreachable();
      if (!isLatest()) return;
      ui.status.textContent = `No results for “${query}”.${readingNote(findings)}`;
      ui.body.replaceChildren(messageBox(...situationSuggestions('Try plainer or fewer words, or pick the situation closest to yours:')));
      const spelling = await spellingHelp(search, query, (corrected) => searchFor(ui, corrected));
      if (spelling && isLatest()) ui.body.prepend(messageBox(...spelling));
      settled();
      return;
    }
    const cards = await resultCards(pages.slice(0, firstScreenful), true);
    if (!isLatest()) return;
    // The list says which query it answers as soon as it shows (the bench times its first paint).
    const list = h('ul', { class: 'search-results', 'data-query': query }, ...cards);
    ui.body.replaceChildren(list);
    drawWhenNear(list, pages.slice(firstScreenful, shownInDialog));
    const total = pages.length;
    const listed = Math.min(total, shownInDialog);
    ui.status.textContent =
      (total > listed ? `${plural(total, 'result', 'results')}; the first ${listed} are shown.` : `${plural(total, 'result', 'results')}.`) +
      readingNote(findings);
    if (total > listed) {
      ui.body.append(h('p', { class: 'search-dialog__message' }, h('a', { href: ui.footer.href }, `See all ${total} results`)));
    }
  } catch (error) {
    if (!isLatest()) return;
    const failure = failureText(error);
    // The status line is what a screen reader announces.
    ui.status.textContent = failure.textContent;
    ui.body.replaceChildren(messageBox(failure, ...situationSuggestions('Pick the situation closest to yours:')));
  }
  settled();
}

/** Whether two answers list the same pages in the same order. */
function sameResults(before: readonly Found[], after: readonly Found[]): boolean {
  return before.length === after.length && before.every((page, index) => page.hit.id === after[index]?.hit.id);
}

/** Draws the cards of `pages` after the list once its end comes near the screen: each card's text is a download. */
function drawWhenNear(list: HTMLElement, pages: readonly Found[]): void {
  if (pages.length === 0) return;
  const end = h('li', { class: 'search-results__end', 'aria-hidden': 'true' });
  list.append(end);
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      resultCards(pages, true).then(
        (cards) => {
          if (end.isConnected) end.replaceWith(...cards);
        },
        () => end.remove(),
      );
    },
    { rootMargin: '200px' },
  );
  observer.observe(end);
}

/** The dialog's padded box for what it shows in place of results. */
function messageBox(...content: HTMLElement[]): HTMLElement {
  return h('div', { class: 'search-dialog__message search-message' }, ...content);
}

/** Searches for a spelling the reader picked, as if typed into the field. */
function searchFor(ui: Parts, query: string): void {
  ui.input.value = query;
  ui.input.focus();
  void update(ui);
}
