import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanCatalog } from '../../src/handbook/catalog';
import { formatProblem } from '../../src/handbook/errors';
import { fieldsOf } from '../../src/worksheets/fields';
import { worksheetRuleSummaries } from '../../src/worksheets/limits';
import { parseWorksheet, WorksheetError } from '../../src/worksheets/parse';
import { smallCatalog } from '../helpers/small-catalog';

const file = 'worksheets/i-message-builder.yaml';

type Section = Record<string, unknown>;

const emotionRow = { name: 'emotion', cells: ['**Emotion**\nHow you feel', { check: null }, { write: null }] };
const behaviorRow = { name: 'behavior', cells: ['Behavior', { check: null }, { write: null }] };

function partsTable(rows: unknown[]): Section {
  return {
    kind: 'table',
    name: 'parts',
    heading: 'The parts',
    columns: [
      { name: 'part', label: 'Part' },
      { name: 'done', label: 'Done' },
      { name: 'words', label: 'Your words', width: 3 },
    ],
    rows,
  };
}

/** A table whose parent, adult and child columns make one choice per row (`lines.<row>.mode`). */
function modeTable(rows: unknown[], columns: Array<Record<string, unknown>> = modeColumns()): Section {
  return { kind: 'table', name: 'lines', heading: 'Which mode?', columns, rows };
}

function modeColumns(): Array<Record<string, unknown>> {
  return [
    { name: 'line', label: 'Line' },
    { name: 'parent', label: 'Parent', group: 'mode' },
    { name: 'adult', label: 'Adult', group: 'mode' },
    { name: 'child', label: 'Child', group: 'mode' },
    { name: 'reply', label: 'Your reply' },
  ];
}

const modeRow = (name: string, line: string) => ({ name, cells: [line, { check: null }, { check: null }, { check: null }, { write: null }] });

const outcomeChoice = {
  kind: 'choice',
  name: 'outcome',
  prompt: 'How did it end?',
  options: [
    { name: 'solved', label: 'Solved' },
    { name: 'follow-up', label: 'Follow-up promised' },
  ],
};

/** A small definition with every kind of section, valid as it stands. */
function goodSheet(): Record<string, unknown> & { sections: Section[] } {
  return {
    title: 'I-message builder',
    purpose: 'Prepare the calm sentence you can use as a last resort.',
    instructions: 'Write each part, then the whole sentence.',
    minutes: 10,
    situations: ['angry-customer'],
    related: ['i-message'],
    sources: ['gibbs-prevent-conflicts'],
    sections: [
      { kind: 'name-date' },
      { kind: 'text', heading: 'Before you start', body: 'Use it last.\n\n- Listen first\n- Then name the emotion' },
      { kind: 'question', name: 'attention', prompt: 'Get their attention', lines: 1 },
      partsTable([emotionRow, behaviorRow]),
      { kind: 'checklist', name: 'check', prompt: 'Before you use it', items: [{ name: 'tried', label: 'I tried listening' }] },
      { kind: 'cards', cards: [{ title: 'I-message', items: ['**1** Attention'] }] },
      outcomeChoice,
    ],
  };
}

/** The build's message for a definition, or "" when it is valid. */
function messageFor(data: unknown): string {
  try {
    parseWorksheet(file, data, smallCatalog);
    return '';
  } catch (error) {
    if (error instanceof WorksheetError) return error.message;
    throw error;
  }
}

describe('worksheet schema', () => {
  it('accepts a definition with every kind of section and fills in defaults', () => {
    const sheet = parseWorksheet(file, goodSheet(), smallCatalog);
    const [nameDate, , question, table, , , choice] = sheet.sections;
    expect(nameDate).toMatchObject({ kind: 'name-date', name: 'participant', nameLabel: 'Name', dateLabel: 'Date' });
    expect(question).toMatchObject({ kind: 'question', lines: 1, numbered: true });
    expect(table).toMatchObject({ kind: 'table', header: true, lines: 2 });
    expect(choice).toMatchObject({ kind: 'choice', numbered: true, columns: 1 });
  });

  it('names every field after its section, row and column, with a tooltip, in tab order', () => {
    const fields = fieldsOf(parseWorksheet(file, goodSheet(), smallCatalog));
    expect(fields.map((f) => [f.name, f.type, f.tooltip])).toEqual([
      ['participant.name', 'text', 'Name'],
      ['participant.date', 'text', 'Date'],
      ['attention', 'text', 'Get their attention'],
      ['parts.emotion.done', 'check', 'The parts, Emotion: Done'],
      ['parts.emotion.words', 'text', 'The parts, Emotion: Your words'],
      ['parts.behavior.done', 'check', 'The parts, Behavior: Done'],
      ['parts.behavior.words', 'text', 'The parts, Behavior: Your words'],
      ['check.tried', 'check', 'I tried listening'],
      ['outcome', 'choice', 'How did it end?'],
    ]);
    expect(fields.at(-1)).toMatchObject({
      options: [
        { value: 'solved', label: 'Solved' },
        { value: 'follow-up', label: 'Follow-up promised' },
      ],
    });
  });

  it('makes the grouped check boxes of a table row one choice, at the place of its first box', () => {
    const sheet = { ...goodSheet(), sections: [modeTable([modeRow('line-1', '"You should know this."'), modeRow('line-2', 'Whatever.')])] };
    const fields = fieldsOf(parseWorksheet(file, sheet, smallCatalog));
    expect(fields.map((f) => [f.name, f.type, f.tooltip])).toEqual([
      ['lines.line-1.mode', 'choice', 'Which mode?, "You should know this.": Mode'],
      ['lines.line-1.reply', 'text', 'Which mode?, "You should know this.": Your reply'],
      ['lines.line-2.mode', 'choice', 'Which mode?, Whatever.: Mode'],
      ['lines.line-2.reply', 'text', 'Which mode?, Whatever.: Your reply'],
    ]);
    expect(fields[0]).toMatchObject({
      options: [
        { value: 'parent', label: 'Parent' },
        { value: 'adult', label: 'Adult' },
        { value: 'child', label: 'Child' },
      ],
    });
  });

  it('rejects a choice with one option', () => {
    const sheet = goodSheet();
    sheet.sections[6] = { ...outcomeChoice, options: [{ name: 'solved', label: 'Solved' }] };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 7.options: a choice has fewer than two options. Fix: list at least two; for a single box to tick, use a checklist.`,
    );
  });

  it('rejects two options of a choice with one name, pointing at the second', () => {
    const sheet = goodSheet();
    sheet.sections[6] = { ...outcomeChoice, options: [{ name: 'solved', label: 'Solved' }, { name: 'solved', label: 'Solved later' }] };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 7.options item 2.name: the option name "solved" is used by options 1 and 2. Fix: give each option of a choice its own name.`,
    );
  });

  it('rejects a choice named like the start of another field', () => {
    const sheet = goodSheet();
    sheet.sections[6] = { ...outcomeChoice, name: 'check' };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 7.name: the field name "check" is also the start of "check.tried" (section 5). Fix: rename one of the two sections.`,
    );
  });

  it('rejects a column group of one column', () => {
    const columns = modeColumns().map((column) => (column['name'] === 'parent' ? column : { ...column, group: undefined }));
    const sheet = { ...goodSheet(), sections: [modeTable([modeRow('line-1', 'One')], columns)] };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 1.columns item 2.group: the group "mode" of table "lines" has one column (parent). Fix: write "group: mode" on each column the reader chooses between (at least two), or remove it for a check box on its own.`,
    );
  });

  it('rejects a column group named like a column of its table', () => {
    const columns = modeColumns().map((column) => (column['group'] === undefined ? column : { ...column, group: 'adult' }));
    const sheet = { ...goodSheet(), sections: [modeTable([modeRow('line-1', 'One')], columns)] };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 1.columns item 2.group: the group "adult" of table "lines" has the name of one of its columns. Fix: rename the group, such as "adult-choice": its field (lines.<row name>.adult) would be named like that column's.`,
    );
  });

  it('rejects a row with {check} in some columns of a group but not all, pointing at the odd cell', () => {
    const row = { name: 'line-2', cells: ['Two', { check: null }, 'n/a', { check: null }, { write: null }] };
    const sheet = { ...goodSheet(), sections: [modeTable([modeRow('line-1', 'One'), row])] };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 1.rows item 2.cells item 3: row "line-2" of table "lines" has {check} in 2 of the 3 columns of group "mode" (parent, adult, child). Fix: write {check} in every column of the group, or in none of them: together they are one choice.`,
    );
  });

  it('accepts a grouped column whose cells in a row are all text or boxes to write in', () => {
    const row = { name: 'line-2', cells: ['Two', 'P', 'A', { write: null }, { write: null }] };
    expect(messageFor({ ...goodSheet(), sections: [modeTable([modeRow('line-1', 'One'), row])] })).toBe('');
  });

  it('rejects an unknown section kind, naming the file, the field and the kinds to use', () => {
    const sheet = goodSheet();
    sheet.sections[2] = { kind: 'quiz', name: 'attention', prompt: 'Get their attention', lines: 1 };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 3.kind: unknown section kind "quiz". Fix: use one of text, question, table, checklist, choice, name-date, cards.`,
    );
  });

  it('rejects a section without a kind', () => {
    const sheet = goodSheet();
    sheet.sections[2] = { name: 'attention', prompt: 'Get their attention' };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 3.kind: a section has no kind. Fix: start it with "kind:", one of text, question, table, checklist, choice, name-date, cards.`,
    );
  });

  it('rejects a table row with the wrong number of cells', () => {
    const sheet = goodSheet();
    sheet.sections[3] = partsTable([emotionRow, { name: 'behavior', cells: ['Behavior', { write: null }] }]);
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 4.rows item 2.cells: row "behavior" of table "parts" has 2 cells but the table has 3 columns (part, done, words). Fix: give every row exactly one cell per column, in column order.`,
    );
  });

  it('rejects a duplicate field name across sections', () => {
    const sheet = goodSheet();
    sheet.sections.push({ kind: 'question', name: 'attention', prompt: 'Get their attention again', lines: 1 });
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 8.name: the field name "attention" is used by sections 3 and 8. Fix: give each section, table row, column and checklist item its own name, so that every field name is unique.`,
    );
  });

  it('rejects a duplicate row name within a table, pointing at the row', () => {
    const sheet = goodSheet();
    sheet.sections[3] = partsTable([emotionRow, { ...emotionRow, cells: ['Again', { check: null }, { write: null }] }]);
    expect(messageFor(sheet)).toContain(
      `${file}: sections item 4.rows item 2.name: the field name "parts.emotion.done" is used twice in section 4. Fix: give each section, table row, column and checklist item its own name, so that every field name is unique.`,
    );
  });

  it('rejects a field name that is also the start of another', () => {
    const sheet = goodSheet();
    sheet.sections.push({ kind: 'question', name: 'parts', prompt: 'Parts', lines: 1 });
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 8.name: the field name "parts" is also the start of "parts.emotion.done" (section 4). Fix: rename one of the two sections.`,
    );
  });

  it('rejects an empty title', () => {
    expect(messageFor({ ...goodSheet(), title: '  ' })).toBe(
      `${file}: title: the title is empty. Fix: give the worksheet a short, plain title, such as "I-message builder".`,
    );
  });

  it('rejects a related entry that does not exist', () => {
    expect(messageFor({ ...goodSheet(), related: ['i-mesage'] })).toBe(
      `${file}: related item 1: unknown related entry "i-mesage". Fix: did you mean "i-message"? Otherwise name an existing tool, scenario, tip or case study by its file name without extension, for example "i-message".`,
    );
  });

  it('rejects a situation page as a related entry, saying where a situation goes', () => {
    expect(messageFor({ ...goodSheet(), related: ['angry-customer'] })).toBe(
      'worksheets/i-message-builder.yaml: related item 1: "angry-customer" is a situation. Fix: list it under "situations:", not "related:".',
    );
  });

  it('rejects a row that has fields but no name', () => {
    const sheet = goodSheet();
    sheet.sections[3] = partsTable([emotionRow, { cells: behaviorRow.cells }]);
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 4.rows item 2.name: row 2 of table "parts" has fields but no name. Fix: add "name:" to the row; it becomes the middle of its field names (parts.<row name>.<column name>).`,
    );
  });

  it('rejects text the PDF font cannot print', () => {
    const sheet = goodSheet();
    sheet.sections[2] = { kind: 'question', name: 'attention', prompt: 'Get their attention → then speak', lines: 1 };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 3.prompt: the worksheet PDFs cannot print the "→" in the prompt, and it appears on printed sheets. Fix: use plain letters and punctuation instead (straight or curly quotes, dashes and "..." all work).`,
    );
  });

  it('rejects a wrong type inside a section, saying what was found instead of calling it missing', () => {
    const sheet = goodSheet();
    sheet.sections[2] = { kind: 'question', name: 'attention', prompt: 3, lines: 1 };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 3.prompt: expected text, found the number 3. Fix: write text; put it in quotes if it starts with a symbol or looks like a number or a date.`,
    );
  });

  it('rejects a missing prompt as missing', () => {
    const sheet = goodSheet();
    sheet.sections[2] = { kind: 'question', name: 'attention', lines: 1 };
    expect(messageFor(sheet)).toBe(`${file}: sections item 3.prompt: the prompt is missing. Fix: add it; the sheet needs it.`);
  });

  it('rejects a word too long for a line of the printed sheet', () => {
    const sheet = goodSheet();
    sheet.sections[2] = { kind: 'question', name: 'attention', prompt: `Get their ${'a'.repeat(60)}`, lines: 1 };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 3.prompt: the prompt has a word of 60 characters ("${'a'.repeat(60)}"), too long for a line of a printed sheet. Fix: break it up with spaces (hyphens do not break a line); at most 40 characters per word.`,
    );
  });

  it('rejects a box too tall to fit a page, saying what to do', () => {
    const sheet = goodSheet();
    sheet.sections[2] = { kind: 'question', name: 'attention', prompt: 'Get their attention', lines: 30 };
    expect(messageFor(sheet)).toBe(
      `${file}: sections item 3.lines: "lines" is more than 16. Fix: use at most 16, or split the question in two; taller boxes do not fit a page with their prompt.`,
    );
  });

  it('rejects an unknown field instead of ignoring it, listing the known ones', () => {
    expect(messageFor({ ...goodSheet(), summary: 'A misspelt purpose' })).toBe(
      `${file}: summary: unknown field "summary". Fix: check the spelling, or remove it; the fields here are title, purpose, instructions, minutes, situations, related, sources, order, sections.`,
    );
  });
});

/** A sheet that breaks each rule worksheets/README.md lists, in the same order; the checker must refuse each. */
const ruleBreakers: Array<() => string> = [
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-rules-'));
    mkdirSync(join(dir, 'worksheets'));
    writeFileSync(join(dir, 'worksheets/Plan.yaml'), '');
    return scanCatalog(dir, join(dir, 'worksheets')).problems.map(formatProblem).join('\n');
  },
  () => messageFor({ ...goodSheet(), summary: 'A sheet.' }),
  () => messageFor({ ...goodSheet(), title: 'A title '.repeat(10) }),
  () => messageFor({ ...goodSheet(), purpose: 'Too short.' }),
  () => messageFor({ ...goodSheet(), minutes: 241 }),
  () => messageFor({ ...goodSheet(), related: ['angry-customer'] }),
  () => messageFor({ ...goodSheet(), sections: [] }),
  () => messageFor({ ...goodSheet(), sections: [partsTable([{ ...emotionRow, lines: 9 }])] }),
  () => messageFor({ ...goodSheet(), sections: [{ kind: 'question', name: 'What_Now', prompt: 'What now?' }] }),
  () => messageFor({ ...goodSheet(), sections: [partsTable([{ ...emotionRow, cells: ['Emotion'] }])] }),
  () => messageFor({ ...goodSheet(), sections: [modeTable([{ name: 'line-1', cells: ['One', { check: null }, 'n/a', 'n/a', { write: null }] }])] }),
  () => messageFor({ ...goodSheet(), sections: [{ ...outcomeChoice, options: [{ name: 'solved', label: 'Solved' }] }] }),
  () => messageFor({ ...goodSheet(), sections: [{ kind: 'checklist', name: 'check', prompt: 'Check', columns: 3, items: [{ name: 'a', label: 'A' }] }] }),
  () => messageFor({ ...goodSheet(), instructions: 'Call {securty} first.' }),
];

describe('worksheets/README.md', () => {
  const readme = readFileSync('worksheets/README.md', 'utf8');
  it('has a sheet that breaks each rule', () => {
    expect(ruleBreakers).toHaveLength(worksheetRuleSummaries.length);
  });

  it.each(worksheetRuleSummaries.map((rule, index) => [rule, index] as const))('lists the rule, and the checker refuses a sheet that breaks it: %s', (rule, index) => {
    expect(readme).toContain(`- ${rule}\n`);
    expect(ruleBreakers[index]?.()).toMatch(/\. Fix: /);
  });
});
