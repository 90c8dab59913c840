/*
 * A box on paper cannot scroll: a long answer in a text area, or words past
 * the end of a one-line field, would be cut off at its edge. While the page
 * prints, every written answer is shown as text that wraps and grows its box,
 * laid over the box's printed lines; the controls come back afterwards.
 * Which answers would overflow cannot be known before the print layout
 * exists, so every written one is shown this way.
 */

/** Shows every written answer of the form whole while the page prints. */
export function printWholeAnswers(form: HTMLFormElement): void {
  const shown: HTMLElement[] = [];
  window.addEventListener('beforeprint', () => {
    for (const box of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"][name], textarea[name]')) {
      const answer = box.parentElement;
      if (answer === null || box.value.trim() === '') continue;
      const whole = document.createElement('span');
      // Styled where each kind of box is (AnswerBox, NameDateSection), under a parent marked data-print-whole.
      whole.className = 'print-only print-whole-answer';
      // Screen readers have the control itself; this copy is for paper only.
      whole.setAttribute('aria-hidden', 'true');
      whole.textContent = box.value;
      answer.dataset['printWhole'] = '';
      answer.append(whole);
      shown.push(whole);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const whole of shown.splice(0)) {
      if (whole.parentElement !== null) delete whole.parentElement.dataset['printWhole'];
      whole.remove();
    }
  });
}
