/**
 * Says something in a status line (a live region), with an Undo button when
 * `undo` is given. The button goes once used, so focus moves to `returnFocus`:
 * the button whose action it undid.
 */
export function sayIn(status: HTMLElement | null, text: string, undo?: () => void, returnFocus?: HTMLElement | null): void {
  if (status === null) return;
  status.textContent = text;
  if (undo === undefined) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'undo-button';
  button.textContent = 'Undo';
  button.addEventListener(
    'click',
    () => {
      undo();
      returnFocus?.focus();
    },
    { once: true },
  );
  status.append(' ', button);
}

/** Says something in the form's status line. */
export type Say = (text: string, undo?: () => void, returnFocus?: HTMLElement | null) => void;
