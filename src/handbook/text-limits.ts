import { firstUnprintable } from '../worksheets/win-ansi';
import { authorMessage } from './author-errors';
import { overlongWord, textLimits } from './text-lengths';

// The numbers live on their own so that a page's script can use them without the schemas' code.
export { overlongWord, textLimits } from './text-lengths';

/**
 * The problems with text printed on a worksheet PDF (a sheet's own text, the
 * title of an entry a sheet names, a credit): a character the PDF font cannot
 * show, and a word too long for a line. The same words for every file.
 */
export function pdfTextProblems(what: string, text: string): string[] {
  const problems: string[] = [];
  const char = firstUnprintable(text);
  if (char !== undefined) {
    problems.push(
      authorMessage(
        `the worksheet PDFs cannot print the "${char}" in ${what}, and it appears on printed sheets`,
        'use plain letters and punctuation instead (straight or curly quotes, dashes and "..." all work)',
      ),
    );
  }
  const word = overlongWord(text);
  if (word !== undefined) {
    problems.push(
      authorMessage(
        `${what} has a word of ${word.length} characters ("${word}"), too long for a line of a printed sheet`,
        `break it up with spaces (hyphens do not break a line); at most ${textLimits.wordLength} characters per word`,
      ),
    );
  }
  return problems;
}

/** The limits as content/README.md states them, word for word (a unit test compares the two). */
export const textLimitSummaries = [
  `A title: at most ${textLimits.titleLength} characters, in letters and punctuation a printed sheet can show (no emoji, arrows or non-Latin scripts yet).`,
  `An entry: at most ${textLimits.entryLength.toLocaleString('en-US')} characters, front matter included.`,
  `A word printed on a worksheet: at most ${textLimits.wordLength} characters.`,
] as const;
