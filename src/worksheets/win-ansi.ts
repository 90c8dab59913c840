import { Encodings } from '@pdf-lib/standard-fonts';

/**
 * The first character of `text` that the standard fonts cannot print, if any.
 * Helvetica in a PDF without an embedded font has only WinAnsiEncoding
 * (Latin-1 plus a few typographic marks), and pdf-lib throws on anything else.
 * Definitions are checked against the table pdf-lib encodes with, so that an
 * arrow or an emoji fails the build with a clear message instead of inside
 * pdf-lib.
 */
export function firstUnprintable(text: string): string | undefined {
  for (const char of text) {
    // A line break is never drawn: the layout starts a new line there.
    if (char !== '\n' && !Encodings.WinAnsi.canEncodeUnicodeCodePoint(char.codePointAt(0) ?? 0)) return char;
  }
  return undefined;
}
