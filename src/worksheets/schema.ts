import { z } from 'astro/zod';
import type { Catalog } from '../handbook/catalog';
import { catalogChecks, practiceEntry } from '../handbook/catalog-checks';
import { authorMessage, whenMissing, withAuthorErrors } from '../handbook/author-errors';
import { textLimits } from '../handbook/text-limits';
import { fieldsOf } from './fields';
import { worksheetLimits } from './limits';
import { printable } from './printable';
import { worksheetSection } from './sections';
import { rowWhere, tableGroupIssues } from './table-groups';

/**
 * The schema of one worksheet definition (a YAML file in worksheets/), built
 * against the catalog so that a situation, source or related entry that does
 * not exist fails with a message naming the fix.
 */
export function makeWorksheetSchema(catalog: Catalog) {
  const { purposeLength, minutes } = worksheetLimits;
  const { situationTag: situationSlug, sourceKey } = catalogChecks(catalog);
  const relatedSlug = practiceEntry(catalog, 'related');

  const worksheet = z.strictObject({
    /** The sheet's heading, the PDF's title and its name in lists. */
    title: printable('the title', 'give the worksheet a short, plain title, such as "I-message builder"').refine(
      (v) => v.length <= textLimits.titleLength,
      authorMessage(`the title is longer than ${textLimits.titleLength} characters`, 'shorten it; it is printed in the header of every page of the sheet'),
    ),
    /** One sentence on what the sheet helps with: shown under the title, on cards and as the page description. */
    purpose: printable('the purpose', 'write one sentence on what the sheet helps with')
      .refine((v) => v.length >= purposeLength.min, authorMessage('the purpose is too short', `write one full sentence of at least ${purposeLength.min} characters`))
      .refine((v) => v.length <= purposeLength.max, authorMessage(`the purpose is longer than ${purposeLength.max} characters`, 'cut it to one short sentence')),
    /** How to use the sheet, in a few sentences; printed in a box under the title. */
    instructions: printable('the instructions'),
    /** About how long the sheet takes to fill in, in minutes. */
    minutes: z
      .number({ error: whenMissing('the time needed is missing', 'add "minutes:" with a whole number, such as 15') })
      .int(authorMessage('the time needed must be whole minutes', 'round it, such as 15'))
      .min(minutes.min, authorMessage(`the time needed must be at least ${minutes.min} minute`, 'write about how long the sheet takes, such as 15'))
      .max(minutes.max, authorMessage(`the time needed is more than ${minutes.max} minutes`, 'write the minutes one sheet takes, such as 30')),
    /** Slugs of the situations the sheet helps with; the worksheets index filters by them. */
    situations: z.array(situationSlug).min(1, authorMessage('no situation is tagged', 'name at least one situation this sheet helps with')),
    /** The tools or scenarios the sheet goes with (slugs of entries in content/). */
    related: z.array(relatedSlug).min(1, authorMessage('no related entry', 'name the tool or scenario this sheet practices')),
    /** Keys of the source documents the sheet draws on (content/sources.yaml); credited in the footer. */
    sources: z.array(sourceKey).min(1, authorMessage('no source is credited', 'name at least one key from content/sources.yaml')),
    /** Position in the worksheets index (lower first); sheets without one follow, by title. */
    order: z
      .number({ error: authorMessage('the order must be a whole number', 'write a number such as 3, or remove the field') })
      .int(authorMessage('the order must be a whole number', 'write a number such as 3, or remove the field'))
      .optional(),
    /** The body of the sheet, top to bottom. */
    sections: z.array(worksheetSection).min(1, authorMessage('the worksheet has no sections', 'add at least one question, table or checklist')),
  }).superRefine((sheet, ctx) => {
    sheet.sections.forEach((sec, index) => {
      if (sec.kind !== 'table') return;
      const columnNames = sec.columns.map((c) => c.name);
      sec.rows.forEach((row, rowIndex) => {
        const where = rowWhere(sec, rowIndex);
        if (row.cells.length !== sec.columns.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', index, 'rows', rowIndex, 'cells'],
            message: authorMessage(`${where} has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'} but the table has ${sec.columns.length} columns (${columnNames.join(', ')})`, `give every row exactly one cell per column, in column order`),
          });
        }
        if (row.name === undefined && row.cells.some((c) => typeof c !== 'string')) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', index, 'rows', rowIndex, 'name'],
            message: authorMessage(`${where} has fields but no name`, `add "name:" to the row; it becomes the middle of its field names (${sec.name}.<row name>.<column name>)`),
          });
        }
      });
      for (const { path, message } of tableGroupIssues(sec, index)) ctx.addIssue({ code: 'custom', path, message });
    });
    const seen = new Map<string, number>();
    const fields = fieldsOf(sheet);
    for (const field of fields) {
      // A PDF field name is a path: "a" cannot be a field if "a.b" is one too.
      const parent = fields.find((other) => other.name.startsWith(`${field.name}.`));
      if (parent !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', field.section, 'name'],
          message: authorMessage(`the field name "${field.name}" is also the start of "${parent.name}" (section ${parent.section + 1})`, `rename one of the two sections`),
        });
      }
    }
    for (const field of fields) {
      const first = seen.get(field.name);
      if (first === undefined) {
        seen.set(field.name, field.section);
        continue;
      }
      const where =
        first === field.section ? `twice in section ${first + 1}` : `by sections ${first + 1} and ${field.section + 1}`;
      ctx.addIssue({
        code: 'custom',
        path: first === field.section ? field.path : ['sections', field.section, 'name'],
        message: authorMessage(`the field name "${field.name}" is used ${where}`, `give each section, table row, column and checklist item its own name, so that every field name is unique`),
      });
    }
  });
  return withAuthorErrors(worksheet);
}

export type Worksheet = z.output<ReturnType<typeof makeWorksheetSchema>>;
