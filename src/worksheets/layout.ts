import { fieldsOf } from './fields';
import { placeChecklist, placeChoice, placeNameDate, placeQuestion, placeText, type SectionContext } from './layout-blocks';
import { placeCards } from './layout-cards';
import { Flow } from './layout-flow';
import { drawContinuedHeader, drawFooter, drawHeader, footerFor } from './layout-frame';
import type { WorksheetContext, WorksheetLayout } from './layout-model';
import { compactSpacing, margin, regularSpacing, type Spacing } from './layout-style';
import { placeTable } from './layout-table';
import type { Measure } from './measure';
import { stepNumbers } from './numbering';
import { printableInset, type Paper } from './paper';
import type { Worksheet } from './schema';

export type { Box, LayoutItem, LayoutPage, WorksheetContext, WorksheetLayout } from './layout-model';
export { inkOf } from './layout-model';
export { compactSpacing, regularSpacing, type Spacing } from './layout-style';

/** A packet's page numbering as a part's footers print it: where the part starts, and the packet's page count. */
export type PacketPages = NonNullable<WorksheetContext['packetPages']>;

/**
 * A sheet laid out but for its footers, which carry page numbers: a packet
 * knows them only once every part is laid out, and a part's page count does
 * not depend on them, so each part is laid out once. `number` draws the
 * footers and may be called once.
 */
export interface UnnumberedLayout {
  pageCount: number;
  number(packetPages: PacketPages | undefined): WorksheetLayout;
}

/**
 * Lays a worksheet out on one paper size: header and instructions, the
 * sections top to bottom with page breaks that keep each question with its
 * box, then a footer on every page. When the regular rhythm spills onto one
 * more page than a tighter one needs, the tighter one is used (a sheet whose
 * last page holds a lone question looks like a misprint). Pure: the same
 * definition, context and paper always give the same layout.
 */
export function layoutWorksheet(sheet: Worksheet, paper: Paper, context: WorksheetContext, measure: Measure): WorksheetLayout {
  return layoutUnnumbered(sheet, paper, context, measure).number(context.packetPages);
}

/** The same layout, its footers left to draw once the packet's page numbers are known. */
export function layoutUnnumbered(sheet: Worksheet, paper: Paper, context: WorksheetContext, measure: Measure): UnnumberedLayout {
  const regular = layoutWorksheetWith(regularSpacing, sheet, paper, context, measure);
  if (regular.pageCount === 1) return regular;
  const compact = layoutWorksheetWith(compactSpacing, sheet, paper, context, measure);
  return compact.pageCount < regular.pageCount ? compact : regular;
}

/** Lays a worksheet out with one given rhythm, but for its footers. */
export function layoutWorksheetWith(spacing: Spacing, sheet: Worksheet, paper: Paper, context: WorksheetContext, measure: Measure): UnnumberedLayout {
  const left = margin.side;
  const width = paper.width - 2 * margin.side;
  const footer = footerFor(sheet, context, paper.height, width, measure);
  const bottom = footer.top - 14;
  const flow = new Flow(paper, measure, left, width, bottom, spacing, (f) => drawContinuedHeader(f, sheet.title));

  drawHeader(flow, sheet, context);

  const fields = fieldsOf(sheet);
  const steps = stepNumbers(sheet.sections);
  sheet.sections.forEach((sec, index) => {
    flow.gap(spacing.sectionGap);
    const ctx: SectionContext = { flow, index, step: steps[index], fields: fields.filter((f) => f.section === index) };
    flow.tagged('Sect', () => {
      switch (sec.kind) {
        case 'text':
          return placeText(ctx, sec);
        case 'question':
          return placeQuestion(ctx, sec);
        case 'table':
          return placeTable(ctx, sec);
        case 'checklist':
          return placeChecklist(ctx, sec);
        case 'choice':
          return placeChoice(ctx, sec);
        case 'name-date':
          return placeNameDate(ctx);
        case 'cards':
          return placeCards(ctx, sec.cards);
      }
    });
  });

  let numbered = false;
  return {
    pageCount: flow.pages.length,
    number(numbering) {
      if (numbered) throw new Error(`"${sheet.title}" is already numbered: lay it out again to number it differently.`);
      numbered = true;
      flow.paintEach((index) =>
        drawFooter(flow, footer, context.url, { label: numbering === undefined ? index + 1 : numbering.first + index, of: numbering?.total ?? flow.pages.length, last: index === flow.pages.length - 1 }),
      );
      return {
        paper,
        printable: {
          x: printableInset,
          y: printableInset,
          width: paper.width - 2 * printableInset,
          height: paper.height - 2 * printableInset,
        },
        content: { x: left, y: paper.height - bottom, width, height: bottom - margin.top },
        spacing,
        pages: flow.pages,
        structure: flow.structure,
      };
    },
  };
}
