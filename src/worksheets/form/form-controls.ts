import type { Answers } from './answers';

/** The named controls of a worksheet form: text boxes, check boxes and radio buttons. */
function controls(form: HTMLFormElement): Array<HTMLInputElement | HTMLTextAreaElement> {
  return Array.from(form.elements).filter(
    (element): element is HTMLInputElement | HTMLTextAreaElement =>
      (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.name !== '',
  );
}

/** The names of the sheet's fields, as its controls carry them. */
export function fieldNames(form: HTMLFormElement): Set<string> {
  return new Set(controls(form).map((control) => control.name));
}

/** What the form holds now: words, ticks, and the option chosen in each choice ("" for none). */
export function readAnswers(form: HTMLFormElement): Answers {
  const answers: Answers = {};
  for (const control of controls(form)) {
    if (control instanceof HTMLInputElement && control.type === 'checkbox') answers[control.name] = control.checked;
    else if (control instanceof HTMLInputElement && control.type === 'radio') {
      if (control.checked) answers[control.name] = control.value;
      else answers[control.name] ??= '';
    } else answers[control.name] = control.value;
  }
  return answers;
}

/** Puts answers into the form; a field with no answer is emptied. */
export function writeAnswers(form: HTMLFormElement, answers: Answers): void {
  for (const control of controls(form)) {
    const value = answers[control.name];
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
    else if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = value === control.value;
    else control.value = typeof value === 'string' ? value : '';
  }
}

/** True when the field is written in (a text box), not ticked or chosen. */
export function isWrittenField(form: HTMLFormElement, name: string): boolean {
  return controls(form).some((control) => control.name === name && (control instanceof HTMLTextAreaElement || control.type === 'text'));
}

/** The fields of the sheet's name and date lines ("Date", "Week starting"), if it has them. */
export function sheetLines(form: HTMLFormElement): { name: string | undefined; date: string | undefined } {
  const line = (which: string) => form.querySelector<HTMLInputElement>(`input[data-sheet-line="${which}"]`)?.name;
  return { name: line('name'), date: line('date') };
}
