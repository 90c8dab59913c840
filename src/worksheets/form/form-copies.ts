import type { Answers } from './answers';
import { copiesKey, copyPreview, hasAnswers, newCopyId, parseCopies, serializeCopies, type SavedCopy, type SheetLines } from './copies';
import type { DeviceStorage } from './device-storage';
import { sayIn } from './status-line';

/*
 * "Start a fresh copy" and the list of earlier copies. Every step writes the
 * copies before it changes the page, so a failed write (full storage) leaves
 * the reader's answers where they were, and says so.
 */


export interface CopyTools {
  slug: string;
  storage: DeviceStorage;
  /** Everything the page's copy holds, answers to dropped questions included. */
  allAnswers: () => Answers;
  /** Puts a copy's answers on the page. */
  show: (answers: Answers) => void;
  /** Saves the page's answers as the current copy; false when they could not be kept. */
  saveAndSay: () => boolean;
  warn: (text: string | undefined) => void;
  isWords: (name: string) => boolean;
  /** The sheet's name and date lines: each copy is described by its date first. */
  lines: SheetLines;
  /** Takes the reader to the top of the sheet, once its answers have changed under them, and says what happened there. */
  focusForm: (text: string) => void;
}

const notKept =
  'The answers on the page could not be kept as an earlier copy (this device’s storage may be full), so nothing was changed. Delete an old copy or download the PDF, then try again.';

const notRestored = 'The deleted copy could not be put back: this device’s storage is full.';

/** The earlier copies, as the form's Clear button uses them. */
export interface CopyShelf {
  /** Keeps the page's answers as an earlier copy: the copy, "blank" when there was nothing to keep, "full" when storage refused it. */
  keepPage(): SavedCopy | 'blank' | 'full';
  /** Takes a copy off the list (Undo after Clear puts its answers back on the page). */
  remove(id: string): void;
}

export function startCopies({ slug, storage, allAnswers, show, saveAndSay, warn, isWords, lines, focusForm }: CopyTools): CopyShelf | undefined {
  const section = document.querySelector<HTMLElement>('[data-form-copies]');
  const fresh = document.querySelector<HTMLButtonElement>('[data-form-fresh]');
  const list = document.querySelector<HTMLElement>('[data-form-copy-list]');
  const heading = document.querySelector<HTMLElement>('[data-form-copies-heading]');
  if (section === null || fresh === null || list === null) return undefined;
  // The section's own status line: it is in sight when its buttons are, where the form's bar may not be.
  const status = document.querySelector<HTMLElement>('[data-form-copies-status]');
  const say = (text: string, undo?: () => void) => sayIn(status, text, undo, fresh);
  const key = copiesKey(slug);
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  const read = (): SavedCopy[] => parseCopies(storage.read(key));
  const write = (copies: readonly SavedCopy[]): boolean =>
    copies.length === 0 ? (storage.remove(key), true) : storage.write(key, serializeCopies(copies));
  /** The page's answers as a copy to keep, or undefined when the page holds nothing worth keeping. */
  const pageAsCopy = (): SavedCopy | undefined => {
    const answers = allAnswers();
    const now = Date.now();
    return hasAnswers(answers) ? { id: newCopyId(now), answers, savedAt: now } : undefined;
  };

  const render = () => {
    const copies = read();
    if (heading !== null) heading.hidden = copies.length === 0;
    list.replaceChildren(
      ...copies.map((copy) => {
        const item = document.createElement('li');
        item.className = 'ws-copies__item';
        const label = when.format(copy.savedAt);
        const text = document.createElement('p');
        const time = document.createElement('time');
        time.dateTime = new Date(copy.savedAt).toISOString();
        time.textContent = label;
        const preview = document.createElement('span');
        preview.className = 'ws-copies__preview';
        preview.textContent = copyPreview(copy.answers, isWords, lines);
        text.append(time, preview);
        const open = button('Open', `Open the copy from ${label}`, () => reopen(copy.id));
        const remove = button('Delete', `Delete the copy from ${label}`, () => discard(copy.id));
        const actions = document.createElement('p');
        actions.className = 'ws-copies__actions';
        actions.append(open, remove);
        item.append(text, actions);
        return item;
      }),
    );
  };

  const keepPage = (): SavedCopy | 'blank' | 'full' => {
    const kept = pageAsCopy();
    if (kept === undefined) return 'blank';
    if (!write([kept, ...read()])) return 'full';
    render();
    return kept;
  };

  const startFresh = () => {
    const kept = keepPage();
    if (kept === 'blank') {
      say('This copy is blank already: fill it in.');
      return;
    }
    if (kept === 'full') {
      warn(notKept);
      return;
    }
    show({});
    saveAndSay();
    focusForm('Fresh copy started. Your earlier answers are kept on this device, under “Earlier copies” below the sheet.');
  };

  const reopen = (id: string) => {
    const copies = read();
    const chosen = copies.find((copy) => copy.id === id);
    if (chosen === undefined) {
      render();
      say('That copy is no longer on this device (it was opened or deleted in another tab).');
      return;
    }
    // The page's answers are kept first, with the chosen copy still listed: a write that fails here loses nothing.
    const kept = pageAsCopy();
    if (kept !== undefined && !write([kept, ...copies])) {
      warn(notKept);
      return;
    }
    show(chosen.answers);
    if (saveAndSay()) write(read().filter((copy) => copy.id !== id));
    render();
    focusForm(
      kept === undefined
        ? `The copy from ${when.format(chosen.savedAt)} is on the page.`
        : `The copy from ${when.format(chosen.savedAt)} is on the page. The answers that were there are kept under “Earlier copies” below the sheet.`,
    );
  };

  const discard = (id: string) => {
    const copies = read();
    const gone = copies.find((copy) => copy.id === id);
    if (gone === undefined) {
      render();
      return;
    }
    write(copies.filter((copy) => copy.id !== id));
    render();
    say(`The copy from ${when.format(gone.savedAt)} is deleted.`, () => {
      if (write([gone, ...read().filter((copy) => copy.id !== id)])) say('The copy is back.');
      else warn(notRestored);
      render();
    });
    fresh.focus();
  };

  fresh.addEventListener('click', startFresh);
  // Another tab kept, opened or deleted a copy: list what is on the device now.
  window.addEventListener('storage', (event) => {
    if (event.key === key) render();
  });
  render();
  section.hidden = false;
  return {
    keepPage,
    remove(id) {
      write(read().filter((copy) => copy.id !== id));
      render();
    },
  };
}

function button(text: string, label: string, action: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'control-button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.addEventListener('click', action);
  return element;
}
