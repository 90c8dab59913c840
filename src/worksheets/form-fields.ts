import type { ChoiceField, ChoiceOption, InputField, WorksheetField } from './fields';
import type { TableSection } from './sections';

/*
 * The web page's form takes its fields from fieldsOf(), in order, as the PDF
 * layout does (src/worksheets/layout-*.ts): the same names, so answers kept on
 * the device and the PDF's fields can be matched one to one.
 */

/**
 * The HTML id of a field's control: "f-" and its name with dots as hyphens
 * (`lines.line-1.mode` gives `f-lines-line-1-mode`). An option of a choice adds
 * "--" and its value: names are words joined by single hyphens, so a double
 * one cannot come from a name.
 */
export function controlId(name: string, option?: string): string {
  const id = `f-${name.replaceAll('.', '-')}`;
  return option === undefined ? id : `${id}--${option}`;
}

function missing(fields: readonly WorksheetField[], position: number, wanted: string): Error {
  const found = fields[position];
  const what = found === undefined ? 'nothing' : `${found.name} (${found.type})`;
  return new Error(`The page wanted a ${wanted} field at position ${position + 1} of its section and found ${what}: the page and fieldsOf() disagree.`);
}

/** A section's field at a position, which must be a box to write in or a check box on its own. */
export function inputAt(fields: readonly WorksheetField[], position: number, type: InputField['type']): InputField {
  const field = fields[position];
  if (field === undefined || field.type !== type) throw missing(fields, position, type);
  return field;
}

/** A section's field at a position, which must be a choice. */
export function choiceAt(fields: readonly WorksheetField[], position: number): ChoiceField {
  const field = fields[position];
  if (field === undefined || field.type !== 'choice') throw missing(fields, position, 'choice');
  return field;
}

/** A table cell as the page shows it: fixed text, a box to write in, a check box, or one option of a row's choice. */
export type FormCell =
  | { kind: 'text'; text: string }
  | { kind: 'write'; field: InputField }
  | { kind: 'check'; field: InputField }
  | { kind: 'option'; field: ChoiceField; option: ChoiceOption };

/**
 * A table's cells, row by row, with their fields: each `{write}` or `{check}`
 * takes the next field, and the `{check}` cells of a column group in one row
 * share the choice field that fieldsOf() lists at the group's first cell.
 */
export function tableCells(section: TableSection, fields: readonly WorksheetField[]): FormCell[][] {
  let position = 0;
  return section.rows.map((row) => {
    const groups = new Map<string, ChoiceField>();
    return row.cells.map((cell, col): FormCell => {
      if (typeof cell === 'string') return { kind: 'text', text: cell };
      if ('write' in cell) return { kind: 'write', field: inputAt(fields, position++, 'text') };
      const column = section.columns[col];
      if (column?.group === undefined) return { kind: 'check', field: inputAt(fields, position++, 'check') };
      const field = groups.get(column.group) ?? choiceAt(fields, position++);
      groups.set(column.group, field);
      const option = field.options.find((candidate) => candidate.value === column.name);
      if (option === undefined) throw new Error(`The choice ${field.name} has no option "${column.name}": the page and fieldsOf() disagree.`);
      return { kind: 'option', field, option };
    });
  });
}

/**
 * Whether the form needs a stand-in one-line field so that Enter never
 * submits it. A form with no submit button is submitted by Enter in a
 * one-line field only when it has exactly one such field (the HTML
 * standard's implicit submission); without JavaScript that would reload the
 * page with the answers in its address, so a sheet with one gets a second,
 * hidden and disabled.
 */
export function needsSecondLine(fields: readonly WorksheetField[]): boolean {
  return fields.filter((field) => field.type === 'text' && field.lines === 1).length === 1;
}
