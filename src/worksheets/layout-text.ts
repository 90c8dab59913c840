import { ascent, descent, type FontKey } from './fonts';
import type { Measure } from './measure';
import { parseRuns } from './rich-text';

/** One line of wrapped text: runs of one face each, and its width in points. */
export interface Line {
  runs: Array<{ text: string; font: FontKey }>;
  width: number;
}

/** Height from the top of the first line to the bottom of the last. */
export function textHeight(count: number, size: number, leading: number): number {
  return count === 0 ? 0 : (count - 1) * leading + size * (ascent + descent);
}

/** Breaks text into lines no wider than `width`; `**bold**` switches face, "\n" forces a break. */
export function wrapText(measure: Measure, text: string, width: number, size: number, base: FontKey = 'regular'): Line[] {
  const space = measure(' ', 'regular', size);
  const lines: Line[] = [];
  for (const hardLine of text.split('\n')) {
    // A word may change face midway ("**Expertise**:"), so it is a list of parts.
    const words: Array<Array<{ text: string; font: FontKey }>> = [];
    let open = false;
    for (const run of parseRuns(hardLine)) {
      const font: FontKey = run.bold ? 'bold' : base;
      run.text.split(' ').forEach((piece, index) => {
        if (index > 0) open = false;
        if (piece === '') return;
        const last = words[words.length - 1];
        if (open && last !== undefined) last.push({ text: piece, font });
        else words.push([{ text: piece, font }]);
        open = true;
      });
    }
    let line: Line = { runs: [], width: 0 };
    for (const word of words) {
      const wordWidth = word.reduce((sum, part) => sum + measure(part.text, part.font, size), 0);
      if (line.runs.length > 0 && line.width + space + wordWidth > width) {
        lines.push(line);
        line = { runs: [], width: 0 };
      }
      const gap = line.runs.length > 0;
      word.forEach((part, index) => {
        const text = gap && index === 0 ? ` ${part.text}` : part.text;
        const last = line.runs[line.runs.length - 1];
        if (last !== undefined && last.font === part.font) last.text += text;
        else line.runs.push({ text, font: part.font });
      });
      line.width += (gap ? space : 0) + wordWidth;
    }
    lines.push(line);
  }
  return lines;
}
