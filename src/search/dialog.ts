/**
 * The search dialog. The header's opener (src/components/SearchOpener.astro)
 * imports this module the first time the reader asks for search, then calls
 * open(). Enter opens the first result; with none, the search page.
 */
import { vocabulary } from 'virtual:handbook-search/vocabulary';
import { siteUrl } from '../handbook/urls';
import { indexReachable, IndexUnreachable, loadEngine, loadScript } from './engine';
import { maxQueryLength } from './query-words';
import { h, plural, resultCards } from './render';
import { failureText, keepTyping, readingNote, situationSuggestions, spellingHelp } from './result-messages';
import { findPages } from './results';
import { adoptSearchStyles } from './styles';

const shownInDialog = 8;

// Opening search loads Pagefind's script; the first keystroke starts the
// engine (its WebAssembly and the index's metadata), which is ready long
// before the query is typed out. Failures show when the reader searches.
loadScript().catch(() => undefined);

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
    loadEngine().catch(() => undefined);
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
    loadEngine().catch(() => undefined);
    void update(ui);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
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

/** Runs the search for what the input holds now; no debounce, stale answers are dropped. */
async function update(ui: Parts): Promise<void> {
  const thisSearch = ++latestSearch;
  const isLatest = () => thisSearch === latestSearch;
  const query = ui.input.value.trim();
  // Says which query the shown results answer (tests and the bench wait for it).
  const settled = () => {
    if (isLatest()) ui.body.dataset['query'] = query;
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
    const findings = await findPages(search, query, vocabulary);
    const { pages } = findings;
    // A newer keystroke has its own search: do not download this one's excerpts.
    if (!isLatest()) return;
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
    const cards = await resultCards(pages.slice(0, shownInDialog), true);
    if (!isLatest()) return;
    ui.body.replaceChildren(h('ul', { class: 'search-results', 'data-query': query }, ...cards));
    const total = pages.length;
    ui.status.textContent =
      (total > cards.length ? `${plural(total, 'result', 'results')}; the first ${cards.length} are shown.` : `${plural(total, 'result', 'results')}.`) +
      readingNote(findings);
    if (total > cards.length) {
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
