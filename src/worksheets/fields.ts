import { plainText } from './rich-text';
import type { TableSection, WorksheetSection } from './sections';

/** One fillable field of a worksheet, as the PDF names and announces it. */
export interface WorksheetField {
  /** Dotted name, built from the section, row and column (`influence.expertise.when`). */
  name: string;
  type: 'text' | 'check';
  /** What screen readers announce (the PDF's /TU). */
  tooltip: string;
  /** For text fields, the box height in handwritten lines (more than 1 makes it multiline). */
  lines: number;
  /** Index of the section that defines it. */
  section: number;
  /** Where in the definition the last part of its name comes from, for error messages. */
  path: Array<string | number>;
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
 * within a table row. The PDF renderer, the schema's duplicate check and the
 * tests all read the same list.
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
          row.cells.forEach((cell, col) => {
            const column = sec.columns[col];
            if (typeof cell === 'string' || column === undefined) return;
            fields.push({
              name: `${sec.name}.${row.name ?? rowIndex + 1}.${column.name}`,
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
