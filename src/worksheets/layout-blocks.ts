import type { WorksheetField } from './fields';
import { ascent } from './fonts';
import type { Flow } from './layout-flow';
import { badgeSize, checkSize, indentAfterBadge, type } from './layout-style';
import { textHeight, wrapText, type Line } from './layout-text';
import { parseBlocks } from './rich-text';
import type { WorksheetSection } from './sections';

/** What a section needs to place itself: the flow, its index, its step number and its fields in tab order. */
export interface SectionContext {
  flow: Flow;
  index: number;
  step: number | undefined;
  fields: WorksheetField[];
}

export function fieldAt(ctx: SectionContext, position: number): WorksheetField {
  const field = ctx.fields[position];
  if (field === undefined) throw new Error(`section ${ctx.index + 1} has no field number ${position + 1}`);
  return field;
}

/**
 * The heading of a numbered block (question, table, checklist, choice): step badge,
 * bold prompt, optional hint. Measured first, so the caller can keep it on
 * the same page as what follows; drawn when the caller says.
 */
export function promptBlock(ctx: SectionContext, prompt: string, hint: string | undefined) {
  const { flow } = ctx;
  const indent = ctx.step === undefined ? 0 : indentAfterBadge;
  const textWidth = flow.width - indent;
  const promptLines = wrapText(flow.measure, `**${prompt}**`, textWidth, type.prompt.size);
  const hintLines = hint === undefined ? [] : wrapText(flow.measure, hint, textWidth, type.small.size, 'italic');
  const promptHeight = Math.max(
    textHeight(promptLines.length, type.prompt.size, type.prompt.leading),
    ctx.step === undefined ? 0 : badgeSize - 3,
  );
  const hintHeight = hintLines.length === 0 ? 0 : 3 + textHeight(hintLines.length, type.small.size, type.small.leading);
  return {
    indent,
    height: promptHeight + hintHeight + 7,
    draw: () => {
      const top = flow.y;
      if (ctx.step !== undefined) flow.badge(flow.left, top - 2.5, String(ctx.step));
      flow.tagged('H2', () => flow.lines(promptLines, flow.left + indent, top, type.prompt.size, type.prompt.leading, 'ink'));
      if (hintLines.length > 0) {
        flow.tagged('P', () => flow.lines(hintLines, flow.left + indent, top + promptHeight + 3, type.small.size, type.small.leading, 'muted'));
      }
      flow.part(ctx.index, 'prompt');
      flow.y = top + promptHeight + hintHeight + 7;
    },
  };
}

/** A question and its answer box, always on the same page. */
export function placeQuestion(ctx: SectionContext, sec: Extract<WorksheetSection, { kind: 'question' }>): void {
  const { flow } = ctx;
  const prompt = promptBlock(ctx, sec.prompt, sec.hint);
  const boxHeight = sec.lines * flow.spacing.writeLine + 8;
  flow.ensure(prompt.height + boxHeight);
  prompt.draw();
  const x = flow.left + prompt.indent;
  const width = flow.width - prompt.indent;
  flow.rect(x, flow.y, width, boxHeight, { stroke: 'frame', lineWidth: 0.75, radius: 3 });
  flow.field(x + 3, flow.y + 3, width - 6, boxHeight - 6, fieldAt(ctx, 0));
  flow.part(ctx.index, 'answer');
  flow.y += boxHeight;
}

/** Paragraphs and bulleted lists; a heading stays with the first block, blocks may break between pages. */
export function placeText(ctx: SectionContext, sec: Extract<WorksheetSection, { kind: 'text' }>): void {
  const { flow } = ctx;
  const { size, leading } = type.body;
  const bullet = 12;
  const blocks = parseBlocks(sec.body).map((block) =>
    block.kind === 'paragraph'
      ? { kind: 'paragraph' as const, lines: wrapText(flow.measure, block.text, flow.width, size) }
      : { kind: 'list' as const, items: block.items.map((item) => wrapText(flow.measure, item, flow.width - bullet, size)) },
  );
  let first = true;
  /**
   * One paragraph or list item: a gap above it, then its lines, on the next
   * page if they do not fit, or if what must follow it on the same page
   * (`keepWith`: a list's first item after its lead-in) would not.
   */
  const place = (lines: Line[], isBullet: boolean, keepWith = 0) => {
    const height = textHeight(lines.length, size, leading);
    if (!first) {
      flow.y += isBullet ? 4 : 7;
      flow.ensure(height + keepWith);
    }
    first = false;
    if (isBullet) {
      flow.tagged('Lbl', () => flow.text(flow.left + 2, flow.y + size * ascent, '•', size, 'bold', 'accent'));
      flow.tagged('LBody', () => flow.lines(lines, flow.left + bullet, flow.y, size, leading, 'ink'));
    } else flow.tagged('P', () => flow.lines(lines, flow.left, flow.y, size, leading, 'ink'));
    flow.part(ctx.index, 'text');
    flow.y += height;
  };

  const [opening] = blocks;
  const openingLines = opening === undefined ? [] : opening.kind === 'paragraph' ? opening.lines : (opening.items[0] ?? []);
  const heading = sec.heading === undefined ? [] : wrapText(flow.measure, `**${sec.heading}**`, flow.width, 12);
  const headingHeight = heading.length === 0 ? 0 : textHeight(heading.length, 12, 15) + 7;
  // The heading and the first block share a page.
  flow.ensure(headingHeight + textHeight(openingLines.length, size, leading));
  if (heading.length > 0) {
    flow.tagged('H2', () => flow.lines(heading, flow.left, flow.y, 12, 15, 'ink'));
    flow.y += headingHeight;
  }
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    // A paragraph that leads into a list ("Ask", "Watch for") never ends a page without the list's first item.
    const leadIn = next?.kind === 'list' ? 4 + textHeight(next.items[0]?.length ?? 0, size, leading) : 0;
    if (block.kind === 'paragraph') place(block.lines, false, leadIn);
    else flow.tagged('L', () => block.items.forEach((lines) => flow.tagged('LI', () => place(lines, true))));
  });
}

/** Two ruled lines to write on: a name (or another label) and a date. */
export function placeNameDate(ctx: SectionContext): void {
  const { flow } = ctx;
  const height = 22;
  const gap = 18;
  flow.ensure(height);
  const nameWidth = (flow.width - gap) * 0.62;
  const slots = [
    { field: fieldAt(ctx, 0), x: flow.left, width: nameWidth },
    { field: fieldAt(ctx, 1), x: flow.left + nameWidth + gap, width: flow.width - gap - nameWidth },
  ];
  for (const { field, x, width } of slots) {
    const label = field.tooltip;
    const fieldX = x + flow.measure(label, 'bold', type.small.size) + 6;
    flow.tagged('P', () => {
      flow.text(x, flow.y + height - 5, label, type.small.size, 'bold', 'muted');
      flow.field(fieldX, flow.y + 2, x + width - fieldX, height - 3, field);
    });
    flow.line(fieldX, flow.y + height, x + width, flow.y + height, 'frame', 0.75);
  }
  flow.part(ctx.index, 'answer');
  flow.y += height;
}

/** One box of a checklist or a choice: the words beside it, its field and, for a choice, the option it stands for. */
interface TickEntry {
  label: string;
  field: WorksheetField;
  option?: string;
}

/** Check boxes with labels, in one or two columns; the prompt stays with the first row. */
export function placeChecklist(ctx: SectionContext, sec: Extract<WorksheetSection, { kind: 'checklist' }>): void {
  const entries = sec.items.map((item, index) => ({ label: item.label, field: fieldAt(ctx, index) }));
  placeTickList(ctx, sec, entries);
}

/** A choice: one round box per option, laid out as a checklist; all of them one field. */
export function placeChoice(ctx: SectionContext, sec: Extract<WorksheetSection, { kind: 'choice' }>): void {
  const field = fieldAt(ctx, 0);
  placeTickList(ctx, sec, sec.options.map((option) => ({ label: option.label, field, option: option.name })));
}

/** Boxes to tick with their labels under a prompt, in one or two columns, a row at a time. */
function placeTickList(
  ctx: SectionContext,
  sec: { prompt: string; hint?: string | undefined; columns: 1 | 2 },
  entries: TickEntry[],
): void {
  const { flow } = ctx;
  const { size, leading } = type.body;
  const prompt = promptBlock(ctx, sec.prompt, sec.hint);
  const columnGap = 16;
  const columnWidth = (flow.width - prompt.indent - columnGap * (sec.columns - 1)) / sec.columns;
  const labelOffset = checkSize + 7;
  const rows: Array<Array<{ entry: TickEntry; lines: Line[] }>> = [];
  entries.forEach((entry, index) => {
    const placed = { entry, lines: wrapText(flow.measure, entry.label, columnWidth - labelOffset, size) };
    if (index % sec.columns === 0) rows.push([placed]);
    else rows[rows.length - 1]?.push(placed);
  });
  // Boxes and labels sit 0.5-1 pt below the row's top (to line up with the text), so rows allow for it.
  const heights = rows.map((row) =>
    Math.max(checkSize + 1, ...row.map((placed) => textHeight(placed.lines.length, size, leading) + 1)),
  );
  // A short list stays whole; a long one keeps at least its first three rows with the prompt.
  const kept = heights.slice(0, rows.length <= 5 ? rows.length : 3);
  const keptHeight = kept.reduce((sum, h) => sum + h, 0) + 7 * (kept.length - 1);
  flow.ensure(prompt.height + keptHeight);
  prompt.draw();
  flow.tagged('L', () =>
    rows.forEach((row, rowIndex) => {
      const height = heights[rowIndex] ?? checkSize + 1;
      if (rowIndex > 0) {
        flow.y += 7;
        flow.ensure(height);
      }
      row.forEach(({ entry, lines }, column) => {
        const x = flow.left + prompt.indent + column * (columnWidth + columnGap);
        flow.tagged('LI', () => {
          flow.tagged('Lbl', () => flow.tickBox(x, flow.y + 0.5, entry.field, entry.option));
          flow.tagged('LBody', () => flow.lines(lines, x + labelOffset, flow.y + 1, size, leading, 'ink'));
        });
      });
      flow.part(ctx.index, 'item', rowIndex);
      flow.y += height;
    }),
  );
}
