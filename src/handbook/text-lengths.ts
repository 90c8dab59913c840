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
