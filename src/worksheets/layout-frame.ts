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
  // The eyebrow and the brand repeat what the title and the document say: printed, not read.
  flow.artifact(() => {
    flow.text(left, flow.y + 7.5 * ascent, (context.header?.eyebrow ?? 'Worksheet').toUpperCase(), 7.5, 'bold', 'accent');
    const brand = 'Frontline Handbook';
    flow.text(left + width - measure(brand, 'bold', 7.5), flow.y + 7.5 * ascent, brand, 7.5, 'bold', 'muted');
  });
  flow.y += 16;

  flow.y += flow.tagged('H1', () => flow.lines(wrapText(measure, `**${sheet.title}**`, width, 22), left, flow.y, 22, 26, 'ink')) + 8;
  flow.y += flow.tagged('P', () => flow.lines(wrapText(measure, sheet.purpose, width, 11.5), left, flow.y, 11.5, 15, 'muted')) + 6;

  const meta = [context.header?.meta ?? `**Time:** about ${sheet.minutes} minutes`];
  if (context.relatedTitles.length > 0) meta.push(`**Goes with:** ${context.relatedTitles.join(', ')}`);
  flow.y += flow.tagged('P', () => flow.lines(wrapText(measure, meta.join('  ·  '), width, 8.5), left, flow.y, 8.5, 11, 'muted')) + 9;
  flow.line(left, flow.y, left + width, flow.y, 'accent', 1.5);
  flow.y += 13;

  drawInstructions(flow, sheet.instructions, context.header?.panel ?? 'How to use this sheet');
}

/** A tinted panel with a teal edge, like the site's callouts. */
function drawInstructions(flow: Flow, instructions: string, heading: string): void {
  const { left, width, measure } = flow;
  const pad = 10;
  const textLeft = left + 3 + pad + 2;
  const textWidth = width - (textLeft - left) - pad;
  const { size, leading } = type.small;
  const bullet = '•  ';
  const bulletWidth = measure(bullet, 'regular', size);
  const blocks = parseBlocks(instructions).map((block) =>
    block.kind === 'paragraph'
      ? { kind: 'paragraph' as const, lines: wrapText(measure, block.text, textWidth, size) }
      : { kind: 'list' as const, items: block.items.map((item) => wrapText(measure, item, textWidth - bulletWidth, size)) },
  );
  const blockHeights = blocks.map((block) =>
    block.kind === 'paragraph'
      ? textHeight(block.lines.length, size, leading)
      : block.items.reduce((sum, lines) => sum + textHeight(lines.length, size, leading) + 4, 0) - 4,
  );
  const labelHeight = textHeight(1, 9, 12);
  const bodyHeight = blockHeights.reduce((sum, h) => sum + h + 4, 0) - 4;
  const height = pad + labelHeight + 5 + bodyHeight + pad;
  flow.rect(left, flow.y, width, height, { fill: 'accentSoft' });
  flow.rect(left, flow.y, 3, height, { fill: 'accent' });
  let y = flow.y + pad;
  flow.tagged('Sect', () => {
    y += flow.tagged('H2', () => flow.lines(wrapText(measure, `**${heading}**`, textWidth, 9), textLeft, y, 9, 12, 'accent')) + 5;
    blocks.forEach((block, index) => {
      if (block.kind === 'paragraph') flow.tagged('P', () => flow.lines(block.lines, textLeft, y, size, leading, 'ink'));
      else {
        let itemY = y;
        flow.tagged('L', () => {
          for (const lines of block.items) {
            flow.tagged('LI', () => {
              flow.tagged('Lbl', () => flow.text(textLeft, itemY + size * ascent, '•', size, 'regular', 'ink'));
              flow.tagged('LBody', () => flow.lines(lines, textLeft + bulletWidth, itemY, size, leading, 'ink'));
            });
            itemY += textHeight(lines.length, size, leading) + 4;
          }
        });
      }
      y += (blockHeights[index] ?? 0) + 4;
    });
  });
  flow.y += height;
}

/** The top of every later page: whose sheet this is, in one quiet line. */
export function drawContinuedHeader(flow: Flow, title: string): void {
  flow.artifact(() => flow.text(flow.left, flow.y + 8 * ascent, `${title} (continued)`, 8, 'bold', 'muted'));
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
  // A credit may end in an abbreviation ("Solutions, Inc."): one full stop, not two.
  const creditText = `Based on ${context.credits.join('; and ')}`;
  const credits = wrapText(measure, creditText.endsWith('.') ? creditText : `${creditText}.`, width, size);
  const count = title.length + url.length + credits.length;
  // The last line's descenders sit 8 pt inside the printable area.
  const bottomOfText = pageHeight - printableInset - 8;
  const top = bottomOfText - textHeight(count, size, leading) - 6;
  return { title, url, credits, top };
}

/**
 * The footer: the title and page number are page furniture (artifacts) on
 * every page. The address and the credits are read once, at the end of the
 * last page, where the address is a link; on earlier pages they are printed
 * only, so a screen reader does not repeat them.
 */
export function drawFooter(flow: Flow, footer: Footer, url: string, page: { label: number; of: number; last: boolean }): void {
  const { size, leading } = type.footer;
  const { left, width, measure } = flow;
  flow.line(left, footer.top, left + width, footer.top, 'rule', 0.5);
  let y = footer.top + 6;
  flow.artifact(() => {
    flow.lines(footer.title, left, y, size, leading, 'ink');
    const label = `Page ${page.label} of ${page.of}`;
    flow.text(left + width - measure(label, 'regular', size), y + size * ascent, label, size, 'regular', 'muted');
  });
  y += leading;
  const urlTop = y;
  const addressAndCredits = () => {
    flow.tagged('P', () =>
      flow.tagged('Link', () => {
        flow.lines(footer.url, left, urlTop, size, leading, 'muted');
        const linkWidth = Math.max(...footer.url.map((line) => line.width));
        flow.link({ x: left, y: urlTop - 1, width: linkWidth, height: textHeight(footer.url.length, size, leading) + 2 }, url);
      }),
    );
    flow.tagged('P', () => flow.lines(footer.credits, left, urlTop + footer.url.length * leading, size, leading, 'muted'));
  };
  if (page.last) addressAndCredits();
  else flow.artifact(() => flow.lines([...footer.url, ...footer.credits], left, y, size, leading, 'muted'));
}
