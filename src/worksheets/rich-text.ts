/**
 * Worksheet text may mark words **bold**, and nothing else: enough for a
 * label at the start of a line, little enough that the HTML and PDF
 * renderers agree on every character.
 */
export interface TextRun {
  text: string;
  bold: boolean;
}

/** Splits one line of text into plain and bold runs; an unmatched `**` stays as typed. */
export function parseRuns(line: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    const start = match.index;
    if (start > last) runs.push({ text: line.slice(last, start), bold: false });
    runs.push({ text: match[1] ?? '', bold: true });
    last = start + match[0].length;
  }
  if (last < line.length) runs.push({ text: line.slice(last), bold: false });
  return runs;
}

/** The text without its bold markers: for tooltips, titles and alternative text. */
export function plainText(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}

/** A block of body text: a paragraph, or a list whose every line starts with "- ". */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Splits body text into blocks at blank lines; single line breaks inside a paragraph are spaces. */
export function parseBlocks(body: string): TextBlock[] {
  return body
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk): TextBlock => {
      const lines = chunk.split('\n').map((line) => line.trim());
      if (lines.every((line) => line.startsWith('- '))) {
        return { kind: 'list', items: lines.map((line) => line.slice(2).trim()) };
      }
      return { kind: 'paragraph', text: lines.join(' ') };
    });
}
