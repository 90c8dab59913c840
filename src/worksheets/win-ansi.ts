import { printedRepertoire } from './font-coverage';

const printed = new Set(printedRepertoire);

/**
 * The first character of `text` that the sheet's printed faces do not carry,
 * if any. The sheet's own text is set in faces cut down to Windows Latin
 * (Latin-1 plus typographic quotes, dashes and the euro), which keeps every
 * PDF small; an arrow or an emoji fails the build with a clear message
 * instead of inside the renderer.
 */
export function firstUnprintable(text: string): string | undefined {
  for (const char of text) {
    // A line break is never drawn: the layout starts a new line there.
    if (char !== '\n' && !printed.has(char.codePointAt(0) ?? 0)) return char;
  }
  return undefined;
}
