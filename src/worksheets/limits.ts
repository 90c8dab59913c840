import { textLimits } from '../handbook/text-limits';
import { contactKeys } from '../handbook/workplace';

/**
 * The limits of a worksheet definition, in one place for the schemas and for
 * worksheets/README.md (a unit test compares the README with worksheetRuleSummaries).
 */
export const worksheetLimits = {
  purposeLength: { min: 20, max: 180 },
  minutes: { min: 1, max: 240 },
  /** Handwritten lines in a question's box: taller boxes do not fit a page with their prompt. */
  questionLines: 16,
  /** Handwritten lines in a table's boxes. */
  tableLines: 8,
  /** A column's width, relative to the others. */
  columnWidth: 10,
} as const;

/** Every rule the checker enforces on a worksheet, as worksheets/README.md lists them, word for word. */
export const worksheetRuleSummaries = [
  'The file name is the slug: lowercase words joined by hyphens, ending in `.yaml` (or `.yml`); one file per worksheet.',
  'Only the fields shown here; a misspelt one is named, with the nearest real one.',
  `\`title\`: at most ${textLimits.titleLength} characters.`,
  `\`purpose\`: one sentence of ${worksheetLimits.purposeLength.min} to ${worksheetLimits.purposeLength.max} characters.`,
  `\`minutes\`: a whole number from ${worksheetLimits.minutes.min} to ${worksheetLimits.minutes.max}.`,
  '`situations`, `related` and `sources`: at least one each, each naming one that exists; `related` names tools, scenarios, tips or case studies, not situations.',
  '`sections`: at least one, each with a `kind` from the table above.',
  `\`lines\`: a whole number from 1 to ${worksheetLimits.questionLines} in a question, to ${worksheetLimits.tableLines} in a table.`,
  'Names of sections, rows, columns, groups, items and options: lowercase words or numbers joined by hyphens. The PDF field names made from them (the table above) are each used once, and none is the start of another (`parts` beside `parts.emotion`).',
  'A table row has one cell per column, and a row with fields has a `name`.',
  'A column `group` has two columns or more and is not the name of a column of its table; in each row, its cells are all `{check}` or none is.',
  'A choice has two `options` or more, each with a `name` of its own.',
  `A column's \`width\`: more than 0, at most ${worksheetLimits.columnWidth}. A checklist's or a choice's \`columns\`: 1 or 2.`,
  `Printed text: letters and punctuation the PDF font can show, no word over ${textLimits.wordLength} characters, and contacts in braces only from ${contactKeys.map((key) => `\`{${key}}\``).join(', ')}.`,
] as const;
