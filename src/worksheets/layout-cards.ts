import { cardLine } from './card-lines';
import { ascent } from './fonts';
import type { SectionContext } from './layout-blocks';
import type { Flow } from './layout-flow';
import { textHeight, wrapText } from './layout-text';
import type { Card } from './sections';

const columns = 2;
const pad = 11;
const title = { size: 12, leading: 14.5 };
const subtitle = { size: 8.5, leading: 10.5 };
const item = { size: 9, leading: 11.5, gap: 2.5 };
/** The boxes of the lines to tick, the room they take, and the space above their heading. */
const tickBox = 7;
const tickIndent = tickBox + 5;
const tickGap = 8;

/**
 * Cards to cut out, two to a row, all the same size so a stack squares up.
 * Dashed cut lines run along every edge; a row of cards never splits.
 */
export function placeCards(ctx: SectionContext, cards: Card[]): void {
  const { flow } = ctx;
  const { measure } = flow;
  const cardWidth = flow.width / columns;
  const inner = cardWidth - 2 * pad;
  const laid = cards.map((card) => {
    const titleLines = wrapText(measure, `**${card.title}**`, inner, title.size);
    const subtitleLines = card.subtitle === undefined ? [] : wrapText(measure, card.subtitle, inner, subtitle.size, 'italic');
    const lines = card.items.map(cardLine);
    const keyWidth = Math.max(0, ...lines.map((line) => (line.key === undefined ? 0 : measure(line.key, 'bold', item.size) + 5)));
    const items = lines.map((line) => ({
      key: line.key,
      lines: wrapText(measure, line.text, inner - keyWidth, item.size),
    }));
    const ticks =
      card.ticks === undefined
        ? undefined
        : { heading: wrapText(measure, `**${card.ticks.heading}**`, inner, item.size), items: card.ticks.items.map((text) => wrapText(measure, text, inner - tickIndent, item.size)) };
    const ticksHeight =
      ticks === undefined
        ? 0
        : tickGap + textHeight(ticks.heading.length, item.size, item.leading) + item.gap + ticks.items.reduce((sum, lines) => sum + textHeight(lines.length, item.size, item.leading) + item.gap, 0) - item.gap;
    const body =
      ticksHeight +
      6 +
      textHeight(titleLines.length, title.size, title.leading) +
      (subtitleLines.length > 0 ? 3 + textHeight(subtitleLines.length, subtitle.size, subtitle.leading) : 0) +
      8 +
      items.reduce((sum, entry) => sum + textHeight(entry.lines.length, item.size, item.leading) + item.gap, 0) -
      item.gap;
    // Room under the text for the brand line.
    return { titleLines, subtitleLines, items, ticks, keyWidth, height: pad + body + 16 + pad };
  });
  const cardHeight = Math.max(...laid.map((c) => c.height));

  flow.ensure(16 + cardHeight);
  drawScissors(flow, flow.left, flow.y + 1);
  flow.tagged('P', () => flow.text(flow.left + scissorsWidth + 5, flow.y + 8.5, 'Cut along the dashed lines.', 8.5, 'italic', 'muted'));
  flow.y += 16;

  for (let start = 0; start < laid.length; start += columns) {
    flow.ensure(cardHeight);
    const top = flow.y;
    laid.slice(start, start + columns).forEach((card, column) => {
      const x = flow.left + column * cardWidth;
      // Shared edges are drawn once, so the dashes line up.
      flow.line(x, top, x + cardWidth, top, 'frame', 0.6, 3);
      flow.line(x, top + cardHeight, x + cardWidth, top + cardHeight, 'frame', 0.6, 3);
      if (column === 0) flow.line(x, top, x, top + cardHeight, 'frame', 0.6, 3);
      flow.line(x + cardWidth, top, x + cardWidth, top + cardHeight, 'frame', 0.6, 3);

      let y = top + pad;
      flow.rect(x + pad, y, 22, 2.5, { fill: 'accent' });
      y += 6;
      flow.tagged('Sect', () => {
        y += flow.tagged('H3', () => flow.lines(card.titleLines, x + pad, y, title.size, title.leading, 'accent'));
        if (card.subtitleLines.length > 0)
          y += 3 + flow.tagged('P', () => flow.lines(card.subtitleLines, x + pad, y + 3, subtitle.size, subtitle.leading, 'muted'));
        y += 8;
        flow.tagged('L', () => {
          for (const entry of card.items) {
            flow.tagged('LI', () => {
              if (entry.key !== undefined) {
                const key = entry.key;
                flow.tagged('Lbl', () => flow.text(x + pad, y + item.size * ascent, key, item.size, 'bold', 'accent'));
              }
              y += flow.tagged('LBody', () => flow.lines(entry.lines, x + pad + card.keyWidth, y, item.size, item.leading, 'ink')) + item.gap;
            });
          }
        });
        const { ticks } = card;
        if (ticks !== undefined) {
          y += tickGap - item.gap;
          y += flow.tagged('P', () => flow.lines(ticks.heading, x + pad, y, item.size, item.leading, 'ink')) + item.gap;
          flow.tagged('L', () => {
            for (const lines of ticks.items) {
              // A box to tick with a pen: drawn, not a field, since the card is cut out and used on paper.
              flow.rect(x + pad, y + item.size * ascent - tickBox, tickBox, tickBox, { stroke: 'frame', lineWidth: 0.9, radius: 1.5 });
              y += flow.tagged('LI', () => flow.tagged('LBody', () => flow.lines(lines, x + pad + tickIndent, y, item.size, item.leading, 'ink'))) + item.gap;
            }
          });
        }
      });
      flow.artifact(() => flow.text(x + pad, top + cardHeight - pad, 'Frontline Handbook', 7, 'bold', 'muted'));
      flow.part(ctx.index, 'card', start + column);
    });
    flow.y += cardHeight;
  }
}

const scissorsWidth = 11;

/**
 * Scissors pointing along the cut line, drawn as two finger loops and two
 * blades: a glyph would need a symbol font, and every font in the PDF must be
 * embedded.
 */
function drawScissors(flow: Flow, x: number, top: number): void {
  const loop = 3.4;
  for (const loopTop of [top, top + 5.2]) flow.rect(x, loopTop, loop, loop, { stroke: 'muted', lineWidth: 0.8, radius: loop / 2 });
  flow.line(x + loop - 0.3, top + loop - 0.4, x + scissorsWidth, top + 6.6, 'muted', 0.9);
  flow.line(x + loop - 0.3, top + 5.6, x + scissorsWidth, top + 2, 'muted', 0.9);
}
