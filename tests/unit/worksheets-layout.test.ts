import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/handbook/catalog';
import { fieldsOf } from '../../src/worksheets/fields';
import {
  compactSpacing,
  inkOf,
  layoutWorksheet,
  layoutWorksheetWith,
  regularSpacing,
  type Box,
  type LayoutItem,
  type WorksheetLayout,
} from '../../src/worksheets/layout';
import { loadWorksheetFonts } from '../../src/worksheets/font-files';
import { measureWith, type Measure } from '../../src/worksheets/measure';
import { paperIds, papers } from '../../src/worksheets/paper';
import { parseWorksheet } from '../../src/worksheets/parse';
import type { Worksheet } from '../../src/worksheets/schema';
import { loadWorksheets } from '../helpers/worksheets';

const epsilon = 0.01;

function sameBox(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) < epsilon && Math.abs(a.y - b.y) < epsilon && Math.abs(a.width - b.width) < epsilon && Math.abs(a.height - b.height) < epsilon;
}

function overlaps(a: Box, b: Box): boolean {
  return (
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > epsilon &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > epsilon
  );
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    inner.x + inner.width <= outer.x + outer.width + epsilon &&
    inner.y + inner.height <= outer.y + outer.height + epsilon
  );
}

function describeItem(item: LayoutItem): string {
  return item.kind === 'text' ? `text "${item.text}"` : item.kind === 'field' ? `field ${item.field.name}` : item.kind;
}

const fieldsOn = (items: LayoutItem[]) => items.filter((i): i is Extract<LayoutItem, { kind: 'field' }> => i.kind === 'field');

let measure: Measure;
beforeAll(async () => {
  measure = measureWith(await loadWorksheetFonts());
});

const catalog: Catalog = {
  entries: new Map([['i-message', { collection: 'tools', slug: 'i-message', file: 'content/tools/i-message.mdx' }]]),
  situations: new Set(['angry-customer']),
  sources: new Set(['gibbs-prevent-conflicts']),
  worksheets: new Set(),
  workshops: new Set(),
};
const context = {
  url: 'https://example.org/worksheets/long/',
  relatedTitles: ['The I-message'],
  credits: ['A source, its origin'],
};
const base = {
  title: 'A long sheet',
  purpose: 'A sheet long enough to need page breaks in every paper size.',
  instructions: 'Fill it in.',
  minutes: 5,
  situations: ['angry-customer'],
  related: ['i-message'],
  sources: ['gibbs-prevent-conflicts'],
};

function sheetWith(sections: unknown[]): Worksheet {
  return parseWorksheet('worksheets/long.yaml', { ...base, sections }, catalog);
}

/** No real sheet has a choice section yet: this one has them in one and two columns, beside a checklist and a grouped table. */
const choices = {
  slug: 'choices',
  context,
  sheet: sheetWith([
    { kind: 'choice', name: 'outcome', prompt: 'How did the call end?', options: ['Solved on the call', 'Follow-up promised', 'Passed to a colleague'].map((label, i) => ({ name: `o${i}`, label })) },
    { kind: 'checklist', name: 'done', prompt: 'What did you do?', items: [{ name: 'listened', label: 'Listened' }, { name: 'named', label: 'Named the emotion' }] },
    {
      kind: 'choice',
      name: 'mood',
      prompt: 'How do you feel now?',
      hint: 'Pick the closest.',
      columns: 2,
      options: ['Calm', 'Tired', 'Annoyed', 'Relieved', 'A long label that wraps onto a second line in its column, to test the row height'].map((label, i) => ({ name: `m${i}`, label })),
    },
    {
      kind: 'table',
      name: 'lines',
      heading: 'Which mode?',
      columns: [
        { name: 'line', label: 'Line', width: 2 },
        { name: 'parent', label: 'Parent', group: 'mode' },
        { name: 'adult', label: 'Adult', group: 'mode' },
        { name: 'child', label: 'Child', group: 'mode' },
        { name: 'done', label: 'Done' },
      ],
      rows: [
        { name: 'one', cells: ['One', { check: null }, { check: null }, { check: null }, { check: null }] },
        { name: 'two', cells: ['Two', 'n/a', 'n/a', 'n/a', { check: null }] },
      ],
    },
  ]),
};

const worksheets = [...loadWorksheets(), choices];
const cases = worksheets.flatMap((w) => paperIds.map((paper) => ({ ...w, paper, name: `${w.slug} on ${papers[paper].label}` })));

describe.each(cases)('layout of $name', ({ sheet, context, paper }) => {
  let layout: WorksheetLayout;
  beforeAll(() => {
    layout = layoutWorksheet(sheet, papers[paper], context, measure);
  });

  it('draws nothing outside the printable area', () => {
    const outside = layout.pages.flatMap((page, index) =>
      page.items
        .filter((item) =>
          [...inkOf(item), ...(item.kind === 'field' ? [item.box] : [])].some((box) => !inside(box, layout.printable)),
        )
        .map((item) => `page ${index + 1}: ${describeItem(item)}`),
    );
    expect(outside).toEqual([]);
  });

  it("draws nothing over a field but a check box's own frame, and no field over another", () => {
    const clashes: string[] = [];
    // A check box (or a choice's round box) is clickable over its whole printed box, so the frame drawn exactly round it is its own.
    const ownFrame = (item: LayoutItem, field: Extract<LayoutItem, { kind: 'field' }>) =>
      field.field.type !== 'text' && item.kind === 'rect' && item.fill === undefined && sameBox(item.box, field.box);
    layout.pages.forEach((page, index) => {
      const fields = fieldsOn(page.items);
      for (const item of page.items) {
        for (const field of fields) {
          if (item === field || ownFrame(item, field)) continue;
          const boxes = item.kind === 'field' ? [item.box] : inkOf(item);
          if (boxes.some((box) => overlaps(box, field.box)))
            clashes.push(`page ${index + 1}: ${describeItem(item)} over ${field.field.name}`);
        }
      }
    });
    expect(clashes).toEqual([]);
  });

  it('keeps the body above the footer and inside the margins', () => {
    const { content } = layout;
    const problems = layout.pages.flatMap((page, index) =>
      page.items.flatMap((item) =>
        inkOf(item)
          .filter((box) => {
            const straddles = box.y < content.y - epsilon && box.y + box.height > content.y + epsilon;
            // Frames are stroked on the margin line, so half a stroke may lie beyond it.
            const wide = box.x < content.x - 1 || box.x + box.width > content.x + content.width + 1;
            return straddles || wide;
          })
          .map(() => `page ${index + 1}: ${describeItem(item)}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('places every field once, in tab order: top to bottom, row by row', () => {
    // A choice is placed once per option; its first option stands for it in tab order.
    const placed = layout.pages.flatMap((page) =>
      fieldsOn(page.items)
        .filter((item) => item.field.type !== 'choice' || item.option === item.field.options[0]?.value)
        .map((item) => item.field.name),
    );
    expect(placed).toEqual(fieldsOf(sheet).map((field) => field.name));
    for (const page of layout.pages) {
      const boxes = fieldsOn(page.items).map((item) => item.box);
      boxes.slice(1).forEach((box, i) => {
        const previous = boxes[i];
        if (previous === undefined) return;
        const sameRow = box.y < previous.y + previous.height && previous.y < box.y + box.height;
        // Next in the same row and to the right, or lower down the page.
        expect(sameRow ? box.x > previous.x : box.y + box.height <= previous.y + previous.height + epsilon).toBe(true);
      });
    }
  });

  it('gives each choice one round box per option, in order, each with its frame exactly round it, and nothing else an option', () => {
    const items = layout.pages.flatMap((page) => page.items);
    const frames = items.filter((item): item is Extract<LayoutItem, { kind: 'rect' }> => item.kind === 'rect');
    for (const field of fieldsOf(sheet)) {
      const boxes = fieldsOn(items).filter((item) => item.field.name === field.name);
      if (field.type !== 'choice') {
        expect(boxes.map((box) => box.option), field.name).toEqual([undefined]);
        continue;
      }
      expect(boxes.map((box) => box.option), field.name).toEqual(field.options.map((option) => option.value));
      for (const box of boxes) {
        const frame = frames.find((rect) => sameBox(rect.box, box.box));
        expect(frame?.radius, `${field.name} ${box.option}: a circle round the widget`).toBeCloseTo(box.box.width / 2);
        expect(box.box.width, `${field.name} ${box.option}`).toBeCloseTo(box.box.height);
      }
    }
  });

  it('keeps each question with its box, and each checklist or choice prompt with its first items', () => {
    sheet.sections.forEach((section, index) => {
      if (section.kind !== 'question' && section.kind !== 'checklist' && section.kind !== 'choice') return;
      const pageOf = (part: string) =>
        layout.pages.findIndex((page) => page.parts.some((p) => p.section === index && p.part === part));
      expect(pageOf('prompt'), `section ${index + 1}`).toBe(pageOf(section.kind === 'question' ? 'answer' : 'item'));
    });
  });

  it('repeats a table header on every page the table reaches', () => {
    sheet.sections.forEach((section, index) => {
      if (section.kind !== 'table' || !section.header) return;
      layout.pages.forEach((page) => {
        const own = page.parts.filter((p) => p.section === index);
        const firstRow = own.findIndex((p) => p.part === 'row');
        if (firstRow === -1) return;
        expect(own.findIndex((p) => p.part === 'header')).toBeGreaterThanOrEqual(0);
        expect(own.findIndex((p) => p.part === 'header')).toBeLessThan(firstRow);
      });
    });
  });

  it('numbers its pages in the footer', () => {
    layout.pages.forEach((page, index) => {
      const label = `Page ${index + 1} of ${layout.pages.length}`;
      expect(page.items.some((item) => item.kind === 'text' && item.text === label)).toBe(true);
    });
  });
});

describe('page breaks', () => {
  it.each(paperIds)('moves a question that does not fit to the next page, box and all (%s)', (paper) => {
    const questions = Array.from({ length: 9 }, (_, i) => ({
      kind: 'question',
      name: `q${i}`,
      prompt: `Question ${i + 1}?`,
      lines: 7,
    }));
    const layout = layoutWorksheet(sheetWith(questions), papers[paper], context, measure);
    expect(layout.pages.length).toBeGreaterThan(2);
    questions.forEach((_, index) => {
      const pages = layout.pages.flatMap((page, p) => (page.parts.some((part) => part.section === index) ? [p] : []));
      expect(pages, `question ${index + 1}`).toHaveLength(1);
    });
  });

  it.each(paperIds)('tightens its rhythm only when that saves a page (%s)', (paper) => {
    const tightened: number[] = [];
    for (let count = 1; count <= 24; count += 1) {
      const questions = Array.from({ length: count }, (_, i) => ({ kind: 'question', name: `q${i}`, prompt: `Question ${i + 1}?`, lines: 3 }));
      const sheet = sheetWith(questions);
      const chosen = layoutWorksheet(sheet, papers[paper], context, measure);
      const regular = layoutWorksheetWith(regularSpacing, sheet, papers[paper], context, measure);
      const compact = layoutWorksheetWith(compactSpacing, sheet, papers[paper], context, measure);
      if (compact.pageCount < regular.pageCount) {
        expect(chosen.spacing, `${count} questions`).toBe(compactSpacing);
        tightened.push(count);
      } else {
        expect(chosen.spacing, `${count} questions`).toBe(regularSpacing);
      }
      const box = fieldsOn(chosen.pages.flatMap((page) => page.items))[0]?.box;
      expect(box?.height, `${count} questions`).toBeCloseTo(3 * chosen.spacing.writeLine + 2);
    }
    // Between the counts that fit one page and those that need two, some fit only when tightened.
    expect(tightened.length).toBeGreaterThan(0);
  });

  it.each(paperIds)('continues a long table on the next page under a repeated header (%s)', (paper) => {
    const rows = Array.from({ length: 24 }, (_, i) => ({
      name: `r${i}`,
      cells: [`Row ${i + 1}`, { check: null }, { write: null }],
    }));
    const table = {
      kind: 'table',
      name: 'long',
      heading: 'A long table',
      lines: 3,
      columns: [
        { name: 'what', label: 'What' },
        { name: 'done', label: 'Done' },
        { name: 'notes', label: 'Notes', width: 3 },
      ],
      rows,
    };
    const layout = layoutWorksheet(sheetWith([table]), papers[paper], context, measure);
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages) {
      expect(page.parts.filter((p) => p.part === 'header')).toHaveLength(1);
      expect(page.parts[0]?.part === 'prompt' ? page.parts[1]?.part : page.parts[0]?.part).toBe('header');
    }
    const placedRows = layout.pages.flatMap((page) => page.parts.filter((p) => p.part === 'row').map((p) => p.row));
    expect(placedRows).toEqual(rows.map((_, i) => i));
  });
});

describe('cards with lines to tick', () => {
  const withTicks = worksheets.filter(({ sheet }) => sheet.sections.some((section) => section.kind === 'cards' && section.cards.some((card) => card.ticks !== undefined)));

  it('exist among the real sheets', () => {
    expect(withTicks.length).toBeGreaterThan(0);
  });

  it.each(withTicks.flatMap((w) => paperIds.map((paper) => ({ ...w, paper }))))('$slug ($paper): each line to tick sits after its own box, inside its card', ({ sheet, context, paper }) => {
    const { pages } = layoutWorksheet(sheet, papers[paper], context, measure);
    const ticks = sheet.sections.flatMap((section) => (section.kind === 'cards' ? section.cards.flatMap((card) => card.ticks?.items ?? []) : []));
    for (const tick of ticks) {
      const page = pages.find((p) => p.items.some((i) => i.kind === 'text' && i.text === tick));
      const text = page?.items.find((i): i is Extract<LayoutItem, { kind: 'text' }> => i.kind === 'text' && i.text === tick);
      expect(text, tick).toBeDefined();
      if (page === undefined || text === undefined) continue;
      // The box: a small square just left of the text, on the text's line.
      const box = page.items.find((i) => i.kind === 'rect' && i.box.width === i.box.height && i.box.width < text.size && text.x - (i.box.x + i.box.width) > 0 && text.x - (i.box.x + i.box.width) < 8 && Math.abs(i.box.y - text.y) < text.size);
      expect(box, `the box of "${tick}"`).toBeDefined();
      // Inside the card: above the card's brand line, which sits at its bottom, in the same column.
      const brands = page.items.filter((i): i is Extract<LayoutItem, { kind: 'text' }> => i.kind === 'text' && i.text === 'Frontline Handbook' && Math.abs(i.x - (box?.kind === 'rect' ? box.box.x : 0)) < 1 && i.y < text.y);
      expect(brands.length, `the card below "${tick}"`).toBeGreaterThan(0);
    }
  });
});
