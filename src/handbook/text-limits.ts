import { firstUnprintable } from '../worksheets/win-ansi';
import { authorMessage } from './author-errors';

/**
 * Limits a reader would expect, in one place for the schemas, the body check
 * and content/README.md. A title is read on a card, in a search result and in
 * a printed sheet's header; a page is read in one sitting; a word must fit a
 * line of a printed sheet.
 */
export const textLimits = {
  /** Characters in a title: the longest today is 49. */
  titleLength: 70,
  /** Characters in an entry file, front matter included: the longest today is about 5,300. */
  entryLength: 20_000,
  /** Characters in one word of printed worksheet text: a column of a table holds about this many. */
  wordLength: 40,
} as const;

/** A word too long to fit a line of a printed sheet, if the text has one. */
export function overlongWord(text: string): string | undefined {
  return text.split(/\s+/).find((word) => word.length > textLimits.wordLength);
}

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
