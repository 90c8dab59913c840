/**
 * The characters Helvetica can print in a PDF without embedding a font: the
 * standard 14 fonts use WinAnsiEncoding, which is Latin-1 plus a few
 * typographic marks. Definitions are checked against it so that an arrow or
 * an emoji fails the build with a clear message instead of inside pdf-lib.
 */
const extras = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n') return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return extras.includes(char);
}

/** The first character of `text` that the standard fonts cannot print, if any. */
export function firstUnprintable(text: string): string | undefined {
  for (const char of text) {
    if (!isWinAnsi(char)) return char;
  }
  return undefined;
}
