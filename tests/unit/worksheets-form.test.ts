import { describe, expect, it } from 'vitest';
import { fieldsOf, type WorksheetField } from '../../src/worksheets/fields';
import { controlId, needsSecondLine, tableCells } from '../../src/worksheets/form-fields';
import { loadWorksheets } from '../helpers/worksheets';

describe('the web form of a worksheet', () => {
  it('gives each control an id from its name, and each option of a choice its own', () => {
    expect(controlId('participant.name')).toBe('f-participant-name');
    expect(controlId('lines.line-1.mode', 'parent')).toBe('f-lines-line-1-mode--parent');
  });

  it.each(loadWorksheets().map(({ slug, sheet }) => ({ slug, sheet })))('gives the cells of the tables of $slug the fields of the PDF, in order', ({ sheet }) => {
    const fields = fieldsOf(sheet);
    sheet.sections.forEach((section, index) => {
      if (section.kind !== 'table') return;
      const own = fields.filter((field) => field.section === index);
      const named = tableCells(section, own)
        .flat()
        .flatMap((cell) => (cell.kind === 'text' ? [] : [cell.field.name]));
      expect(named.filter((name, i) => named[i - 1] !== name)).toEqual(own.map((field) => field.name));
    });
    const ids = fields.flatMap((field) => (field.type === 'choice' ? field.options.map((o) => controlId(field.name, o.value)) : [controlId(field.name)]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says where the page and fieldsOf() disagree instead of naming a box wrongly', () => {
    const [sheet] = loadWorksheets().filter(({ slug }) => slug === 'parent-adult-or-child');
    const table = sheet?.sheet.sections.find((section) => section.kind === 'table');
    if (table?.kind !== 'table') throw new Error('parent-adult-or-child has no table');
    expect(() => tableCells(table, [])).toThrow(/wanted a choice field at position 1 of its section and found nothing/);
  });

  it('adds a stand-in one-line field only where Enter would otherwise submit the form', () => {
    const field = (name: string, type: 'text' | 'check', lines: number): WorksheetField => ({ name, type, lines, tooltip: name, section: 0, path: [] });
    expect(needsSecondLine([field('a', 'text', 1)])).toBe(true);
    expect(needsSecondLine([field('a', 'text', 1), field('b', 'text', 3), field('c', 'check', 1)])).toBe(true);
    expect(needsSecondLine([field('a', 'text', 1), field('b', 'text', 1)])).toBe(false);
    expect(needsSecondLine([field('b', 'text', 3)])).toBe(false);
    expect(needsSecondLine([])).toBe(false);
  });
});
