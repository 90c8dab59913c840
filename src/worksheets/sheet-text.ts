import { typographic } from '../handbook/typography';
import { fillContacts, type Workplace } from '../handbook/workplace';
import type { Worksheet } from './schema';
import type { TableCell, WorksheetSection } from './sections';

/**
 * The worksheet with every text a reader sees passed through `change`: the
 * one place that knows which fields are text, so the web page and the PDF
 * get the same typography and the same workplace contacts.
 */
export function mapSheetText(sheet: Worksheet, change: (text: string) => string): Worksheet {
  const optional = (text: string | undefined) => (text === undefined ? undefined : change(text));
  const cell = (value: TableCell): TableCell => (typeof value === 'string' ? change(value) : value);
  const section = (sec: WorksheetSection): WorksheetSection => {
    switch (sec.kind) {
      case 'text':
        return { ...sec, heading: optional(sec.heading), body: change(sec.body) };
      case 'question':
        return { ...sec, prompt: change(sec.prompt), hint: optional(sec.hint) };
      case 'table':
        return {
          ...sec,
          heading: optional(sec.heading),
          hint: optional(sec.hint),
          columns: sec.columns.map((column) => ({ ...column, label: change(column.label) })),
          rows: sec.rows.map((row) => ({ ...row, label: optional(row.label), cells: row.cells.map(cell) })),
        };
      case 'checklist':
        return {
          ...sec,
          prompt: change(sec.prompt),
          hint: optional(sec.hint),
          items: sec.items.map((item) => ({ ...item, label: change(item.label) })),
        };
      case 'choice':
        return {
          ...sec,
          prompt: change(sec.prompt),
          hint: optional(sec.hint),
          options: sec.options.map((option) => ({ ...option, label: change(option.label) })),
        };
      case 'name-date':
        return { ...sec, nameLabel: change(sec.nameLabel), dateLabel: change(sec.dateLabel) };
      case 'cards':
        return {
          ...sec,
          cards: sec.cards.map((card) => ({
            ...card,
            title: change(card.title),
            subtitle: optional(card.subtitle),
            items: card.items.map(change),
            ticks: card.ticks === undefined ? undefined : { heading: change(card.ticks.heading), items: card.ticks.items.map(change) },
          })),
        };
    }
  };
  return {
    ...sheet,
    title: change(sheet.title),
    purpose: change(sheet.purpose),
    instructions: change(sheet.instructions),
    sections: sheet.sections.map(section),
  };
}

/**
 * A worksheet as it is printed and shown: typographic quotes, and the
 * workplace's contacts filled in (a blank line to write on where it set none).
 */
export function finishSheet(sheet: Worksheet, workplace: Workplace): Worksheet {
  return mapSheetText(sheet, (text) => typographic(fillContacts(text, workplace, 'blank')));
}
