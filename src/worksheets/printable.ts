import { z } from 'astro/zod';
import { authorMessage, whenMissing } from '../handbook/author-errors';
import { overlongWord, textLimits } from '../handbook/text-limits';
import { placeholderProblem } from '../handbook/workplace';
import { firstUnprintable } from './win-ansi';

/** Text printed on the sheet: trimmed, limited to what the PDF's standard font can print; may name workplace contacts such as {security}. */
export function printable(what: string, fix?: string) {
  return z
    .string({ error: whenMissing(`${what} is missing`, fix ?? 'add it; the sheet needs it') })
    .trim()
    .min(1, authorMessage(`${what} is empty`, fix ?? 'write it, or remove the line if the field is optional'))
    .superRefine((value, ctx) => {
      const problem = placeholderProblem(value);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `${what}: ${problem}` });
      const char = firstUnprintable(value);
      if (char !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: authorMessage(
            `${what} contains "${char}", which the PDF's standard font cannot print`,
            'use plain letters and punctuation instead (straight or curly quotes, dashes and "..." all work)',
          ),
        });
      }
      const word = overlongWord(value);
      if (word !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: authorMessage(`${what} has a word of ${word.length} characters ("${word}"), too long for a line of the sheet`, `break it up with spaces (hyphens do not break a line); keep words under ${textLimits.wordLength + 1} characters`),
        });
      }
    });
}
