import { z } from 'astro/zod';
import { authorMessage, whenMissing } from '../handbook/author-errors';
import { pdfTextProblems } from '../handbook/text-limits';
import { placeholderProblem } from '../handbook/workplace';

/** Text printed on the sheet: trimmed, limited to what the PDF's standard font can print; may name workplace contacts such as {security}. */
export function printable(what: string, fix?: string) {
  return z
    .string({ error: whenMissing(`${what} is missing`, fix ?? 'add it; the sheet needs it') })
    .trim()
    .min(1, authorMessage(`${what} is empty`, fix ?? 'write it, or remove the line if the field is optional'))
    .superRefine((value, ctx) => {
      const problem = placeholderProblem(value);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
      for (const message of pdfTextProblems(what, value)) ctx.addIssue({ code: 'custom', message });
    });
}
