import { fieldsOf } from './fields';
import { ascent } from './fonts';
import type { Flow } from './layout-flow';
import type { WorksheetContext } from './layout-model';
import { type } from './layout-style';
import { textHeight, wrapText, type Line } from './layout-text';
import type { Measure } from './measure';
import { printableInset } from './paper';
import { parseBlocks } from './rich-text';
import type { Worksheet } from './schema';

/** The top of the first page: eyebrow, title, purpose, time and related tools, then the instructions panel. */
export function drawHeader(flow: Flow, sheet: Worksheet, context: WorksheetContext): void {
  const { left, width, measure } = flow;
  flow.text(left, flow.y + 7.5 * ascent, 'WORKSHEET', 7.5, 'bold', 'accent');
  const brand = 'Frontline Handbook';
  flow.text(left + width - measure(brand, 'bold', 7.5), flow.y + 7.5 * ascent, brand, 7.5, 'bold', 'muted');
  flow.y += 16;

  flow.y += flow.lines(wrapText(measure, `**${sheet.title}**`, width, 22), left, flow.y, 22, 26, 'ink') + 8;
  flow.y += flow.lines(wrapText(measure, sheet.purpose, width, 11.5), left, flow.y, 11.5, 15, 'muted') + 6;

  const meta = [`**Time:** about ${sheet.minutes} minutes`];
  if (context.relatedTitles.length > 0) meta.push(`**Goes with:** ${context.relatedTitles.join(', ')}`);
  flow.y += flow.lines(wrapText(measure, meta.join('  ·  '), width, 8.5), left, flow.y, 8.5, 11, 'muted') + 9;
  flow.line(left, flow.y, left + width, flow.y, 'accent', 1.5);
  flow.y += 13;

  drawInstructions(flow, sheet.instructions);
}

/** A tinted panel with a teal edge, like the site's callouts. */
function drawInstructions(flow: Flow, instructions: string): void {
  const { left, width, measure } = flow;
  const pad = 10;
  const textLeft = left + 3 + pad + 2;
  const textWidth = width - (textLeft - left) - pad;
  const { size, leading } = type.small;
  const blocks = parseBlocks(instructions)
    .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items.map((item) => `•  ${item}`)))
    .map((text) => wrapText(measure, text, textWidth, size));
  const labelHeight = textHeight(1, 9, 12);
  const bodyHeight = blocks.reduce((sum, lines) => sum + textHeight(lines.length, size, leading) + 4, 0) - 4;
  const height = pad + labelHeight + 5 + bodyHeight + pad;
  flow.rect(left, flow.y, width, height, { fill: 'accentSoft' });
  flow.rect(left, flow.y, 3, height, { fill: 'accent' });
  let y = flow.y + pad;
  y += flow.lines(wrapText(measure, '**How to use this sheet**', textWidth, 9), textLeft, y, 9, 12, 'accent') + 5;
  for (const lines of blocks) y += flow.lines(lines, textLeft, y, size, leading, 'ink') + 4;
  flow.y += height;
}

/** The top of every later page: whose sheet this is, in one quiet line. */
export function drawContinuedHeader(flow: Flow, title: string): void {
  flow.text(flow.left, flow.y + 8 * ascent, `${title} (continued)`, 8, 'bold', 'muted');
  flow.line(flow.left, flow.y + 14, flow.left + flow.width, flow.y + 14, 'rule', 0.5);
  flow.y += 26;
}

/** The footer's lines, wrapped once: they are the same on every page but for the page number. */
export interface Footer {
  title: Line[];
  url: Line[];
  credits: Line[];
  /** Distance from the top of the page to the footer's rule. */
  top: number;
}

export function footerFor(
  sheet: Worksheet,
  context: WorksheetContext,
  pageHeight: number,
  width: number,
  measure: Measure,
): Footer {
  const { size, leading } = type.footer;
  const title = wrapText(measure, `**${sheet.title}**`, width * 0.7, size).slice(0, 1);
  const lead = fieldsOf(sheet).length > 0 ? 'Fill it in on screen or print it again' : 'Print it again';
  const url = wrapText(measure, `${lead}: ${context.url}`, width, size);
  const credits = wrapText(measure, `Based on ${context.credits.join('; and ')}.`, width, size);
  const count = title.length + url.length + credits.length;
  // The last line's descenders sit 8 pt inside the printable area.
  const bottomOfText = pageHeight - printableInset - 8;
  const top = bottomOfText - textHeight(count, size, leading) - 6;
  return { title, url, credits, top };
}

export function drawFooter(flow: Flow, footer: Footer, page: number, pages: number): void {
  const { size, leading } = type.footer;
  const { left, width, measure } = flow;
  flow.line(left, footer.top, left + width, footer.top, 'rule', 0.5);
  let y = footer.top + 6;
  flow.lines(footer.title, left, y, size, leading, 'ink');
  const label = `Page ${page} of ${pages}`;
  flow.text(left + width - measure(label, 'regular', size), y + size * ascent, label, size, 'regular', 'muted');
  y += leading;
  flow.lines([...footer.url, ...footer.credits], left, y, size, leading, 'muted');
}
