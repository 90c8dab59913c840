import { answersKey, isGiven, matchToFields, parseSaved, type Answers } from './answers';
import { deviceStorage } from './device-storage';
import { fieldNames, isWrittenField, readAnswers, sheetLines, writeAnswers } from './form-controls';
import { startCopies, type CopyShelf } from './form-copies';
import { printWholeAnswers } from './print-answers';
import { saveFile } from './save-file';
import { sayIn, type Say } from './status-line';

/*
 * Keeps a worksheet's answers on the device as they are typed, and brings
 * them back when the page is opened again. Nothing leaves the device: the
 * answers go to the browser's local storage and nowhere else.
 */

const messages = {
  // Short: on a phone this line sits in a bar at the foot of the screen.
  ready: 'Saved on this device as you type. Nothing is sent.',
  restored: 'Your answers from last time are back.',
  saved: 'Saved on this device.',
  cleared: 'Answers cleared.',
  clearedAndKept: 'Answers cleared. They are kept under “Earlier copies” below the sheet until you delete them.',
  notCleared: 'Not cleared: this device’s storage is full, so the answers could not be kept as an earlier copy first.',
  undone: 'Your answers are back.',
  otherTab: 'Updated with what you typed in another tab.',
  notKept: 'Not saved: this browser is not keeping anything for this site.',
  notSaved: 'Not saved on this device.',
} as const;

const warnings = {
  unavailable:
    'This browser is not keeping your answers (a private window, or storage turned off). They stay on this page until you close it: print the page or download the PDF first.',
  writeFailed:
    'Your latest answers could not be saved on this device (its storage may be full). They are still on this page: print it or download the PDF before you close it.',
} as const;

function start(form: HTMLFormElement): void {
  const slug = form.dataset['worksheet'];
  if (slug === undefined || slug === '') return;
  const key = answersKey(slug);
  const storage = deviceStorage();
  const bar = form.querySelector<HTMLElement>('[data-form-bar]');
  const status = form.querySelector<HTMLElement>('[data-form-status]');
  const note = form.querySelector<HTMLElement>('[data-form-note]');
  const clear = form.querySelector<HTMLButtonElement>('[data-form-clear]');

  const say: Say = (text, undo, returnFocus = clear) => sayIn(status, text, undo, returnFocus);
  const warn = (text: string | undefined, extra?: HTMLElement) => {
    if (note === null) return;
    note.replaceChildren();
    note.hidden = text === undefined;
    if (text !== undefined) note.append(text);
    if (extra !== undefined) note.append(extra);
  };

  const known = fieldNames(form);
  // Answers to questions this version of the sheet no longer has: shown, and kept with the rest.
  let orphaned: Answers = {};
  /** What was last saved or read from storage: the baseline for merging another tab's answers. */
  let baseline: Answers = readAnswers(form);

  /** Everything this copy of the sheet holds: the form's answers and those to questions the sheet no longer has. */
  const allAnswers = (): Answers => ({ ...orphaned, ...readAnswers(form) });
  const save = (): boolean => {
    const answers = readAnswers(form);
    const ok = storage.write(key, JSON.stringify({ version: 1, answers: { ...orphaned, ...answers }, savedAt: Date.now() }));
    if (ok) baseline = answers;
    return ok;
  };
  const saveAndSay = (): boolean => {
    if (!storage.available) return false;
    if (save()) {
      say(messages.saved);
      if (note?.dataset['kind'] === 'write-failed') warn(undefined);
      return true;
    }
    say(messages.notSaved);
    warn(warnings.writeFailed);
    if (note !== null) note.dataset['kind'] = 'write-failed';
    return false;
  };
  /** Puts a copy's answers on the page: those the sheet still asks for in its boxes, the others listed above it. */
  const show = (answers: Answers) => {
    const { current, orphaned: gone } = matchToFields(answers, known);
    writeAnswers(form, current);
    baseline = readAnswers(form);
    orphaned = gone;
    if (Object.keys(orphaned).length > 0) warn('This sheet has changed since you last used it. Your answers to questions it no longer has:', orphanList(orphaned));
    else if (note?.dataset['kind'] !== 'write-failed') warn(undefined);
  };

  // Marks for `npm run bench`: how long bringing back the saved answers takes once the script runs.
  performance.mark('worksheet-form:start');
  // This script runs once the page is parsed, a round trip after it shows on
  // a slow link: what the reader typed by then is newer than the saved copy.
  const typedFirst = Object.fromEntries(Object.entries(readAnswers(form)).filter(([, value]) => isGiven(value)));
  const saved = parseSaved(storage.read(key));
  if (saved !== undefined) show({ ...readAnswers(form), ...saved.answers, ...typedFirst });
  performance.measure('worksheet-form:restore', 'worksheet-form:start');
  if (bar !== null) bar.hidden = false;
  if (!storage.available) {
    say(messages.notKept);
    warn(warnings.unavailable);
  } else {
    const anyGiven = saved !== undefined && Object.values(saved.answers).some(isGiven);
    say(anyGiven ? messages.restored : messages.ready);
    if (Object.keys(typedFirst).length > 0) saveAndSay();
  }

  form.addEventListener('input', saveAndSay);
  form.addEventListener('change', saveAndSay);
  // Enter in a one-line box must never reload the page and lose what is typed.
  form.addEventListener('submit', (event) => event.preventDefault());

  printWholeAnswers(form);
  const focusForm = (text: string) => {
    // The sheet itself, not its first box: on a phone, focusing a box would open the keyboard over what changed.
    form.tabIndex = -1;
    form.focus();
    say(text);
  };
  const shelf = storage.available
    ? startCopies({ slug, storage, allAnswers, show, saveAndSay, warn, focusForm, isWords: (name) => !known.has(name) || isWrittenField(form, name), lines: sheetLines(form) })
    : undefined;
  startPdfActions({ form, slug, known, saveAndSay, shelf });

  // Cleared answers are kept as an earlier copy where the device keeps anything, so a slip of the thumb loses nothing.
  clear?.addEventListener('click', () => {
    const before = allAnswers();
    if (!Object.values(before).some(isGiven)) return;
    const kept = shelf?.keepPage();
    if (kept === 'full') {
      say(messages.notCleared);
      return;
    }
    show({});
    saveAndSay();
    say(kept === undefined || kept === 'blank' ? messages.cleared : messages.clearedAndKept, () => {
      if (typeof kept === 'object') shelf?.remove(kept.id);
      show(before);
      saveAndSay();
      say(messages.undone);
    });
  });

  // Another tab saved this sheet: take its answers where this tab has not changed anything since.
  window.addEventListener('storage', (event) => {
    if (event.key !== key) return;
    const theirs = parseSaved(event.newValue);
    if (theirs === undefined) return;
    const ours = readAnswers(form);
    const merged: Answers = { ...ours };
    let changedHere = false;
    for (const name of known) {
      if (ours[name] === baseline[name]) merged[name] = theirs.answers[name] ?? (typeof ours[name] === 'boolean' ? false : '');
      else changedHere = true;
    }
    writeAnswers(form, merged);
    baseline = { ...merged };
    if (changedHere) saveAndSay();
    say(messages.otherTab);
  });
}

interface PageTools {
  form: HTMLFormElement;
  slug: string;
  known: ReadonlySet<string>;
  saveAndSay: () => boolean;
  /** Where the page's answers are kept before a PDF's replace them; undefined when this browser keeps nothing. */
  shelf: CopyShelf | undefined;
}

/**
 * The filled-PDF buttons and "continue from a PDF". Their code (and pdf-lib)
 * loads on first use, so a reader who only types never downloads it. Their
 * messages stay in their own section, in sight when the buttons are.
 */
function startPdfActions({ form, slug, known, saveAndSay, shelf }: PageTools): void {
  const actions = document.querySelector<HTMLElement>('[data-form-pdf]');
  if (actions === null) return;
  actions.hidden = false;
  const status = actions.querySelector<HTMLElement>('[data-form-pdf-status]');
  const note = actions.querySelector<HTMLElement>('[data-form-pdf-note]');
  const input = actions.querySelector<HTMLInputElement>('[data-form-continue]');
  const say: Say = (text, undo) => sayIn(status, text, undo, input);
  const warn = (text: string | undefined) => {
    if (note !== null) note.textContent = text ?? '';
  };
  // A reader with answers on the page may want them as a PDF: fetch its code while the page is idle, so the
  // download starts at once. Only then: a reader who just reads never pays for pdf-lib.
  const warm = () => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void import('./pdf-actions').catch(() => undefined));
  };
  if (Object.values(readAnswers(form)).some(isGiven)) warm();
  else form.addEventListener('input', warm, { once: true });
  /** Characters already named to the reader for this download: a second click downloads anyway. */
  let named = '';
  for (const button of actions.querySelectorAll<HTMLButtonElement>('[data-form-download]')) {
    button.addEventListener('click', async () => {
      const paper = button.dataset['formDownload'] === 'letter' ? 'letter' : 'a4';
      const blank = paper === 'letter' ? actions.dataset['pdfLetter'] : actions.dataset['pdfA4'];
      if (blank === undefined) return;
      button.disabled = true;
      say('Making your PDF on this device…');
      try {
        const { filledPdf } = await pdfActions();
        const { file, notShown } = await filledPdf(blank, readAnswers(form));
        const list = notShown.join(' ');
        if (list !== '' && list !== named) {
          named = list;
          say('Not downloaded yet.');
          warn(`The PDF's font cannot show these characters, so they would be left out of its boxes (they stay in your saved answers): ${list}. Change them, or press the download button again to download it anyway.`);
          return;
        }
        saveFile(file, `${slug}-${paper}-answers.pdf`);
        warn(undefined);
        say('Your filled PDF is downloading. It was made on this device.');
      } catch (error) {
        say('The PDF could not be made.');
        warn(error instanceof Error ? error.message : 'The PDF could not be made. Try again, or print the page.');
      } finally {
        button.disabled = false;
      }
    });
  }
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      const { answersFromPdf } = await pdfActions();
      const found = await answersFromPdf(file, { title: actions.dataset['worksheetTitle'] ?? '', fieldNames: known });
      warn(undefined);
      // A blank copy of the sheet would only empty the boxes.
      if (!Object.values(found).some(isGiven)) {
        say(`“${file.name}” has no answers in it, so nothing on the page changed.`);
        return;
      }
      const before = readAnswers(form);
      const after = { ...before, ...found };
      if (Object.keys(after).every((name) => after[name] === before[name])) {
        say(`The answers in “${file.name}” are on the page already.`);
        return;
      }
      // The answers on the page are kept first, as Clear keeps them: a wrong file must not cost what was typed.
      const kept = shelf?.keepPage();
      if (kept === 'full') {
        say(`Not opened: this device’s storage is full, so the answers on the page could not be kept as an earlier copy first.`);
        return;
      }
      writeAnswers(form, after);
      saveAndSay();
      const where = typeof kept === 'object' ? ' The answers that were there are kept under “Earlier copies” below the sheet.' : '';
      say(`The answers from “${file.name}” are on the page.${where}`, () => {
        if (typeof kept === 'object') shelf?.remove(kept.id);
        writeAnswers(form, before);
        saveAndSay();
        say('The answers you had before are back.');
      });
    } catch (error) {
      warn(error instanceof Error ? error.message : 'That file could not be read.');
    } finally {
      input.value = '';
    }
  });
}

/** The PDF code, loaded on first use; when it cannot be fetched, an error that says so in the reader's words. */
async function pdfActions(): Promise<typeof import('./pdf-actions')> {
  try {
    return await import('./pdf-actions');
  } catch {
    throw new Error('You seem to be offline: the part of the page that makes PDFs could not be fetched. Your answers are still here; try again when you are back online, or print the page.');
  }
}

/** The answers a newer sheet has no place for, as a list a reader can copy from. */
function orphanList(answers: Answers): HTMLElement {
  const list = document.createElement('ul');
  for (const [name, value] of Object.entries(answers)) {
    const item = document.createElement('li');
    const label = document.createElement('strong');
    label.textContent = `${name.split('.').join(' › ')}: `;
    item.append(label, value === true ? 'ticked' : String(value));
    list.append(item);
  }
  return list;
}

const form = document.querySelector<HTMLFormElement>('form.ws-form[data-worksheet]');
if (form !== null) start(form);
