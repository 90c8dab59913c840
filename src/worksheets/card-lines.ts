/** One line of a cut-out card: the bold key it starts with, if any, and the rest. */
export interface CardLine {
  key: string | undefined;
  text: string;
}

const keyed = /^\*\*(.+?)\*\*\s+(.*)$/;

/**
 * Splits "**S** Summarize..." into its key ("S") and its text, so that a
 * card's keys stand in a column of their own and its texts line up. The web
 * page and the PDF both split lines here, so they agree on which lines are
 * keyed. A line that does not start with a bold word and a space stays whole.
 */
export function cardLine(item: string): CardLine {
  const match = keyed.exec(item);
  return { key: match?.[1], text: match?.[2] ?? item };
}
