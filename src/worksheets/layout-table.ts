import type { WorksheetField } from './fields';
import { fieldAt, promptBlock, type SectionContext } from './layout-blocks';
import { cellPadding as pad, checkSize, margin, type } from './layout-style';
import { textHeight, wrapText } from './layout-text';
import type { Measure } from './measure';
import type { TableSection } from './sections';

/** A fixed cell: its first line as given, anything after a line break as a smaller, muted note. */
function cellText(measure: Measure, text: string, width: number) {
  const [first = '', ...rest] = text.split('\n');
  const main = wrapText(measure, first, width, type.cell.size);
  const note = rest.length === 0 ? [] : wrapText(measure, rest.join(' '), width, type.note.size);
  const mainHeight = textHeight(main.length, type.cell.size, type.cell.leading);
  const noteTop = mainHeight + 2.5;
  return {
    main,
    note,
    noteTop,
    height: note.length === 0 ? mainHeight : noteTop + textHeight(note.length, type.note.size, type.note.leading),
  };
}

/**
 * A table: header row, then rows of fixed text, check boxes and boxes to
 * write in. Rows never split; when one does not fit, the table continues on
 * the next page under a repeated header row, each page's part in its own frame.
 */
export function placeTable(ctx: SectionContext, sec: TableSection): void {
  const { flow } = ctx;
  const { measure } = flow;
  const prompt = sec.heading === undefined ? undefined : promptBlock(ctx, sec.heading, sec.hint);
  const indent = prompt?.indent ?? 0;
  const x0 = flow.left + indent;
  const tableWidth = flow.width - indent;
  const total = sec.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = sec.columns.map((c) => (c.width / total) * tableWidth);
  const lefts = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const headerLines = sec.columns.map((c, i) =>
    wrapText(measure, `**${c.label}**`, (widths[i] ?? 0) - 2 * pad.x, type.header.size),
  );
  const headerHeight = sec.header
    ? Math.max(...headerLines.map((lines) => textHeight(lines.length, type.header.size, type.header.leading))) + 2 * pad.y + 1
    : 0;

  const rows = sec.rows.map((row) => {
    const lines = row.lines ?? sec.lines;
    const texts = row.cells.map((c, i) =>
      typeof c === 'string' ? cellText(measure, c, (widths[i] ?? 0) - 2 * pad.x) : undefined,
    );
    const textMax = Math.max(0, ...texts.map((t) => t?.height ?? 0));
    const writes = row.cells.some((c) => typeof c !== 'string' && 'write' in c);
    // A one-line row is a ruled line to write on; taller rows get a little air above and below.
    const inputs = writes ? lines * flow.spacing.writeLine + (lines === 1 ? 3 : 6) : checkSize + 10;
    return { row, texts, height: Math.max(textMax + 2 * pad.y + 1, inputs) };
  });

  let segmentTop = 0;
  let segments = 0;
  const startSegment = () => {
    segmentTop = flow.y;
    segments++;
    if (!sec.header) return;
    flow.rect(x0, flow.y, tableWidth, headerHeight, { fill: 'headerFill' });
    const drawHeader = () =>
      headerLines.forEach((lines, i) => {
        flow.tagged('TH', () => flow.lines(lines, (lefts[i] ?? x0) + pad.x, flow.y + pad.y + 0.5, type.header.size, type.header.leading, 'ink'), 'Column');
      });
    // The header row is read once; its repeats after a page break are printed only.
    if (segments === 1) flow.tagged('TR', drawHeader);
    else flow.artifact(drawHeader);
    flow.part(ctx.index, 'header');
    flow.y += headerHeight;
    flow.line(x0, flow.y, x0 + tableWidth, flow.y, 'frame', 0.75);
  };
  const closeSegment = () => {
    for (const x of lefts.slice(1)) flow.line(x, segmentTop, x, flow.y, 'rule', 0.5);
    flow.rect(x0, segmentTop, tableWidth, flow.y - segmentTop, { stroke: 'frame', lineWidth: 0.75 });
  };

  // A short table stays whole; a long one keeps its heading, header row and first two rows together.
  const allRows = rows.reduce((sum, r) => sum + r.height, 0);
  const kept = allRows <= 0.45 * (flow.bottom - margin.top) ? allRows : rows.slice(0, 2).reduce((sum, r) => sum + r.height, 0);

  let fieldIndex = 0;
  flow.ensure((prompt?.height ?? 0) + headerHeight + kept);
  prompt?.draw();
  flow.tagged('Table', () => rows.forEach(({ row, texts, height }, rowIndex) => {
    // A group's cells in this row share the one field that fieldsOf lists at its first cell.
    const groupFields = new Map<string, WorksheetField>();
    if (rowIndex === 0) {
      startSegment();
    } else if (height > flow.room) {
      closeSegment();
      flow.addPage();
      startSegment();
    } else {
      flow.line(x0, flow.y, x0 + tableWidth, flow.y, 'rule', 0.5);
    }
    const top = flow.y;
    flow.tagged('TR', () => row.cells.forEach((c, i) => flow.tagged('TD', () => {
      const x = lefts[i] ?? x0;
      const width = widths[i] ?? 0;
      if (typeof c === 'string') {
        const text = texts[i];
        if (text === undefined) return;
        const textTop = top + pad.y + 0.5;
        flow.lines(text.main, x + pad.x, textTop, type.cell.size, type.cell.leading, 'ink');
        flow.lines(text.note, x + pad.x, textTop + text.noteTop, type.note.size, type.note.leading, 'muted');
        return;
      }
      const group = 'check' in c ? sec.columns[i]?.group : undefined;
      const known = group === undefined ? undefined : groupFields.get(group);
      const field = known ?? fieldAt(ctx, fieldIndex++);
      if (group !== undefined) groupFields.set(group, field);
      if ('check' in c) {
        const option = group === undefined ? undefined : sec.columns[i]?.name;
        flow.tickBox(x + (width - checkSize) / 2, top + (height - checkSize) / 2, field, option);
      } else {
        flow.field(x + 2.5, top + 2.5, width - 5, height - 5, field);
      }
    })));
    flow.part(ctx.index, 'row', rowIndex);
    flow.y += height;
  }));
  closeSegment();
}
