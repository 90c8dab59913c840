import { plainText } from './rich-text';
import type { TableSection, WorksheetSection } from './sections';

/** One option of a choice: the field's value when it is ticked, and the words printed beside it. */
export interface ChoiceOption {
  value: string;
  label: string;
}

interface FieldCommon {
  /** Dotted name, built from the section, row and column (`influence.expertise.when`). */
  name: string;
  /** What screen readers announce (the PDF's /TU). */
  tooltip: string;
  /** For text fields, the box height in handwritten lines (more than 1 makes it multiline). */
  lines: number;
  /** Index of the section that defines it. */
  section: number;
  /** Where in the definition the last part of its name comes from, for error messages. */
  path: Array<string | number>;
}

/** A box to write in, or a check box on its own. */
export interface InputField extends FieldCommon {
  type: 'text' | 'check';
}

/** A choice of exactly one option: a radio group, one round box per option. */
export interface ChoiceField extends FieldCommon {
  type: 'choice';
  /** In reading order; at least two. */
  options: ChoiceOption[];
}

/** One fillable field of a worksheet, as the PDF names and announces it. */
export type WorksheetField = InputField | ChoiceField;

/** What tooltips call a table's group of columns: its name as words ("how-it-went" reads "How it went"). */
export function groupLabel(group: string): string {
  const words = group.replaceAll('-', ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** The options of a group in one row: the group's columns whose cell there is `{check}`, in column order. */
function groupOptions(sec: TableSection, row: TableSection['rows'][number], group: string): ChoiceOption[] {
  return sec.columns.flatMap((column, col) => {
    const cell = row.cells[col];
    return column.group === group && typeof cell === 'object' && 'check' in cell ? [{ value: column.name, label: plainText(column.label) }] : [];
  });
}

/** What a table row is called in tooltips: its label, else its first text cell, else its name. */
export function rowLabel(row: TableSection['rows'][number], index: number): string {
  if (row.label !== undefined) return row.label;
  const text = row.cells.find((c): c is string => typeof c === 'string');
  if (text !== undefined) return plainText(text).split('\n')[0] ?? text;
  return row.name ?? `Row ${index + 1}`;
}

/**
 * Every field of a worksheet, in tab order: top to bottom, and left to right
 * within a table row, where a group of columns is one field at its first
 * `{check}`. The PDF renderer, the schema's duplicate check and the tests all
 * read the same list.
 */
export function fieldsOf(sheet: { sections: readonly WorksheetSection[] }): WorksheetField[] {
  const fields: WorksheetField[] = [];
  sheet.sections.forEach((sec, section) => {
    switch (sec.kind) {
      case 'question':
        fields.push({
          name: sec.name,
          type: 'text',
          tooltip: plainText(sec.prompt),
          lines: sec.lines,
          section,
          path: ['sections', section, 'name'],
        });
        break;
      case 'table':
        sec.rows.forEach((row, rowIndex) => {
          const label = rowLabel(row, rowIndex);
          const prefix = sec.heading === undefined ? '' : `${plainText(sec.heading)}, `;
          const rowName = `${sec.name}.${row.name ?? rowIndex + 1}`;
          const groups = new Set<string>();
          row.cells.forEach((cell, col) => {
            const column = sec.columns[col];
            if (typeof cell === 'string' || column === undefined) return;
            if ('check' in cell && column.group !== undefined) {
              if (groups.has(column.group)) return;
              groups.add(column.group);
              fields.push({
                name: `${rowName}.${column.group}`,
                type: 'choice',
                options: groupOptions(sec, row, column.group),
                tooltip: `${prefix}${label}: ${groupLabel(column.group)}`,
                lines: 1,
                section,
                path: ['sections', section, 'rows', rowIndex, 'name'],
              });
              return;
            }
            fields.push({
              name: `${rowName}.${column.name}`,
              type: 'check' in cell ? 'check' : 'text',
              tooltip: `${prefix}${label}: ${plainText(column.label)}`,
              lines: row.lines ?? sec.lines,
              section,
              path: ['sections', section, 'rows', rowIndex, 'name'],
            });
          });
        });
        break;
      case 'checklist':
        sec.items.forEach((item, itemIndex) => {
          fields.push({
            name: `${sec.name}.${item.name}`,
            type: 'check',
            tooltip: plainText(item.label),
            lines: 1,
            section,
            path: ['sections', section, 'items', itemIndex, 'name'],
          });
        });
        break;
      case 'choice':
        fields.push({
          name: sec.name,
          type: 'choice',
          options: sec.options.map((option) => ({ value: option.name, label: plainText(option.label) })),
          tooltip: plainText(sec.prompt),
          lines: 1,
          section,
          path: ['sections', section, 'name'],
        });
        break;
      case 'name-date':
        fields.push(
          {
            name: `${sec.name}.name`,
            type: 'text',
            tooltip: sec.nameLabel,
            lines: 1,
            section,
            path: ['sections', section, 'name'],
          },
          {
            name: `${sec.name}.date`,
            type: 'text',
            tooltip: sec.dateLabel,
            lines: 1,
            section,
            path: ['sections', section, 'name'],
          },
        );
        break;
      case 'text':
      case 'cards':
        break;
    }
  });
  return fields;
}
