import { z } from 'astro/zod';
import { authorMessage, whenMissing } from '../handbook/author-errors';
import { printable } from './printable';
import { worksheetLimits } from './limits';

/*
 * The sections of a worksheet, apart from schema.ts: fields.ts reads their
 * types, and schema.ts checks a sheet's field names with fieldsOf(), so the
 * two would otherwise import each other.
 */

/** The kinds of section a worksheet is built from, in the order the docs list them. */
export const sectionKinds = ['text', 'question', 'table', 'checklist', 'choice', 'name-date', 'cards'] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** Field names become PDF field names (`influence.expertise.when`), so they stay short and plain. */
const namePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fieldName(what: string) {
  return z
    .string({ error: whenMissing(`${what} is missing`, `add a short name in lowercase words joined by hyphens, such as "when-to-use"`) })
    .regex(
      namePattern,
      authorMessage(`${what} must be lowercase words or numbers joined by hyphens`, `rename it, for example "when-to-use" or "day-1"`),
    );
}

/** A whole number of handwritten lines, with a message that says what fits on a page. */
function lineCount(max: number) {
  return z
    .number({
      error: authorMessage(`"lines" must be a whole number from 1 to ${max}`, `write the height of the box in handwritten lines, such as 3`),
    })
    .int(authorMessage(`"lines" must be a whole number from 1 to ${max}`, `write the height of the box in handwritten lines, such as 3`))
    .min(1, authorMessage(`"lines" must be at least 1`, `use 1 for a single line to write on`))
    .max(
      max,
      authorMessage(`"lines" is more than ${max}`, `use at most ${max}, or split the question in two; taller boxes do not fit a page with their prompt`),
    );
}

/** A check box in a table cell: written `{check}` in YAML. */
const checkCell = z.strictObject({
  /** Present (with no value) to make the cell a check box. */
  check: z.null(),
});

/** A text field in a table cell: written `{write}` in YAML. */
const writeCell = z.strictObject({
  /** Present (with no value) to make the cell a box to write in. */
  write: z.null(),
});

const cell = z.union([printable('a table cell'), checkCell, writeCell], {
  error:
    authorMessage('a table cell must be text, {check} or {write}', 'write fixed text as a string, a check box as {check}, a box to write in as {write}'),
});

const textSection = z.strictObject({
  /** Fixed text: an explanation, a list of definitions, a role play's setting. */
  kind: z.literal('text'),
  /** Optional heading above the text. */
  heading: printable('the heading').optional(),
  /**
   * Paragraphs separated by blank lines; a paragraph whose lines all start
   * with "- " is a bulleted list. `**bold**` marks a word or two.
   */
  body: printable('the text'),
});

const questionSection = z.strictObject({
  /** A question with a box to write the answer in. */
  kind: z.literal('question'),
  /** The field's name in the PDF (also its section name). */
  name: fieldName('the question name'),
  /** The question, as the reader sees it; also the field's tooltip. */
  prompt: printable('the prompt'),
  /** Optional short help under the prompt: an example or what a good answer looks like. */
  hint: printable('the hint').optional(),
  /** Height of the answer box, in handwritten lines (1 gives a single-line field). */
  lines: lineCount(worksheetLimits.questionLines).default(4),
  /** Count it among the sheet's numbered steps; false for a lead-in such as "The situation". */
  numbered: z.boolean().default(true),
});

const tableColumn = z.strictObject({
  /** Last part of the field names in this column (`influence.expertise.when`). */
  name: fieldName('the column name'),
  /** The column heading printed in the header row; also part of each field's tooltip. */
  label: printable('the column label'),
  /** Relative width: a column of width 2 is twice as wide as one of width 1. */
  width: z
    .number({ error: authorMessage('the column width must be a number', 'give a relative width such as 1, 2 or 0.5') })
    .positive(authorMessage('the column width must be more than 0', 'give a relative width such as 1, 2 or 0.5'))
    .max(worksheetLimits.columnWidth, authorMessage(`the column width is more than ${worksheetLimits.columnWidth}`, 'widths are relative to each other; scale them all down'))
    .default(1),
  /**
   * Makes this column one option of a choice: in each row, the `{check}` cells
   * of the columns that share a group are one field, `<table>.<row>.<group>`,
   * whose value is the name of the column ticked.
   */
  group: fieldName('the column group').optional(),
});

const tableRow = z.strictObject({
  /** Middle part of the field names in this row; required when the row has fields. */
  name: fieldName('the row name').optional(),
  /** What screen readers call this row in tooltips; defaults to the row's first text cell. */
  label: printable('the row label').optional(),
  /**
   * One cell per column: fixed text, `{check}` or `{write}`. In fixed text, a
   * line break starts a smaller note under the first line ("**Task**\nYour hands on the work").
   */
  cells: z.array(cell).min(1, authorMessage('a row has no cells', 'give it one cell per column')),
  /** Height of this row's boxes in handwritten lines; overrides the table's `lines`. */
  lines: lineCount(worksheetLimits.tableLines).optional(),
});

const tableSection = z.strictObject({
  /** A table whose rows mix fixed text, check boxes and boxes to write in. */
  kind: z.literal('table'),
  /** First part of the field names in the table. */
  name: fieldName('the table name'),
  /** Optional heading above the table, numbered like a question. */
  heading: printable('the heading').optional(),
  /** Optional short help under the heading. */
  hint: printable('the hint').optional(),
  /** Count it among the sheet's numbered steps (only when it has a heading). */
  numbered: z.boolean().default(true),
  /** Show the row of column labels (repeated after a page break). */
  header: z.boolean().default(true),
  /** Height of the boxes in handwritten lines, unless a row says otherwise. */
  lines: lineCount(worksheetLimits.tableLines).default(2),
  columns: z.array(tableColumn).min(1, authorMessage('a table has no columns', 'list at least one column')),
  rows: z.array(tableRow).min(1, authorMessage('a table has no rows', 'list at least one row')),
});

const checklistItem = z.strictObject({
  /** Last part of the check box's field name. */
  name: fieldName('the item name'),
  /** The text next to the box; also its tooltip. */
  label: printable('the item label'),
});

const checklistSection = z.strictObject({
  /** A list of check boxes with labels. */
  kind: z.literal('checklist'),
  /** First part of the field names of its boxes. */
  name: fieldName('the checklist name'),
  /** The question or instruction above the boxes, numbered like a question. */
  prompt: printable('the prompt'),
  /** Optional short help under the prompt. */
  hint: printable('the hint').optional(),
  /** Count it among the sheet's numbered steps. */
  numbered: z.boolean().default(true),
  /** Lay the boxes out in one column or two. */
  columns: z.literal([1, 2], { error: authorMessage('a checklist has one or two columns', 'write columns: 1 or columns: 2, or leave it out for one') }).default(1),
  items: z.array(checklistItem).min(1, authorMessage('a checklist has no items', 'list at least one item')),
});

const choiceOption = z.strictObject({
  /** The field's value when this option is chosen. */
  name: fieldName('the option name'),
  /** The text next to the round box; also part of its tooltip. */
  label: printable('the option label'),
});

const choiceOptions = z
  .array(choiceOption)
  .min(2, authorMessage('a choice has fewer than two options', 'list at least two; for a single box to tick, use a checklist'))
  .superRefine((options, ctx) => {
    // The names are the field's values: a repeated one could not tell its two boxes apart.
    options.forEach((option, index) => {
      const first = options.findIndex((other) => other.name === option.name);
      if (first === index) return;
      ctx.addIssue({
        code: 'custom',
        path: [index, 'name'],
        message: authorMessage(`the option name "${option.name}" is used by options ${first + 1} and ${index + 1}`, 'give each option of a choice its own name'),
      });
    });
  });

const choiceSection = z.strictObject({
  /** Round boxes with labels, of which the reader ticks exactly one. */
  kind: z.literal('choice'),
  /** The field's name in the PDF; its value is the name of the option chosen. */
  name: fieldName('the choice name'),
  /** The question or instruction above the boxes, numbered like a question; also the field's tooltip. */
  prompt: printable('the prompt'),
  /** Optional short help under the prompt. */
  hint: printable('the hint').optional(),
  /** Count it among the sheet's numbered steps. */
  numbered: z.boolean().default(true),
  /** Lay the boxes out in one column or two. */
  columns: z.literal([1, 2], { error: authorMessage('a choice has one or two columns', 'write columns: 1 or columns: 2, or leave it out for one') }).default(1),
  options: choiceOptions,
});

const nameDateSection = z.strictObject({
  /** Two lines to write on at the top of a sheet: a name and a date. */
  kind: z.literal('name-date'),
  /** First part of the two field names (`<name>.name`, `<name>.date`). */
  name: fieldName('the section name').default('participant'),
  /** Label of the name line, for sheets where it is someone else's name ("Customer"). */
  nameLabel: printable('the name label').default('Name'),
  /** Label of the date line, for sheets where "Date" is not the right word. */
  dateLabel: printable('the date label').default('Date'),
});

const card = z.strictObject({
  /** The card's heading. */
  title: printable('the card title'),
  /** Optional line under the title. */
  subtitle: printable('the card subtitle').optional(),
  /** The lines of the card, one idea each; `**bold**` marks a key letter or word. */
  items: z.array(printable('a card line')).min(1, authorMessage('a card has no lines', 'give it at least one')),
  /**
   * Lines to tick on paper, each printed with a box, under a heading of
   * their own: an observer's card carries its checklist, so it is not lost
   * when the cards are cut apart.
   */
  ticks: z
    .strictObject({
      heading: printable('the heading of the lines to tick'),
      items: z.array(printable('a line to tick')).min(1, authorMessage('"ticks" has no lines', 'list at least one, or remove "ticks"')),
    })
    .optional(),
});

const cardsSection = z.strictObject({
  /** Cards to cut out (pocket reminders); they have no fields. */
  kind: z.literal('cards'),
  /** Cards to cut out, laid out two to a row with dashed cut lines; they have no fields. */
  cards: z.array(card).min(1, authorMessage('there are no cards', 'list at least one')),
});

/** One section of a worksheet, told apart by its `kind`. */
export const worksheetSection = z.discriminatedUnion(
  'kind',
  [textSection, questionSection, tableSection, checklistSection, choiceSection, nameDateSection, cardsSection],
  {
    error: (issue) => {
      const input: unknown = issue.input;
      const kind = typeof input === 'object' && input !== null && 'kind' in input ? String(input.kind) : undefined;
      return kind === undefined || kind === 'undefined'
        ? authorMessage(`a section has no kind`, `start it with "kind:", one of ${sectionKinds.join(', ')}`)
        : authorMessage(`unknown section kind "${kind}"`, `use one of ${sectionKinds.join(', ')}`);
    },
  },
);

export type WorksheetSection = z.output<typeof worksheetSection>;
export type TableSection = Extract<WorksheetSection, { kind: 'table' }>;
export type TableCell = TableSection['rows'][number]['cells'][number];
export type ChoiceSection = Extract<WorksheetSection, { kind: 'choice' }>;
export type Card = Extract<WorksheetSection, { kind: 'cards' }>['cards'][number];
