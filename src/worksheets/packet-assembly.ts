import type { WorksheetFonts } from './fonts';
import { layoutUnnumbered, type WorksheetContext } from './layout';
import { papers, type PaperId } from './paper';
import { measureOf, renderLaidOutPacket, type PacketSheet, type PageSaving, type PdfDescription } from './render-pdf';

/** One line of a packet's contents: a part's title and the page it starts on. */
export interface ContentsLine {
  title: string;
  page: number;
}

/** What a packet's cover is made from: its contents, and the numbering it carries in its footer. */
export type CoverMaker = (contents: readonly ContentsLine[], packetPages: NonNullable<WorksheetContext['packetPages']>) => PacketSheet;

/**
 * A packet as one PDF: a one-page cover listing its parts with the pages they
 * start on, then every part with the packet's page numbers in its footers.
 * Each part is laid out once; its footers are numbered when the packet's
 * page count is known. The same steps serve the packets the build makes and
 * the ones a trainer puts together in the browser. Pure, like the renderer.
 */
export function assemblePacket(
  description: PdfDescription,
  parts: readonly PacketSheet[],
  cover: CoverMaker,
  paper: PaperId,
  fonts: WorksheetFonts,
  saving?: PageSaving,
): Promise<Uint8Array> {
  const measure = measureOf(fonts);
  const layOut = (part: PacketSheet) => layoutUnnumbered(part.sheet, papers[paper], part.context, measure);
  const laidOut = parts.map(layOut);
  const total = 1 + laidOut.reduce((sum, layout) => sum + layout.pageCount, 0);
  let next = 2;
  const numbered = parts.map((part, index) => {
    const packetPages = { first: next, total };
    next += laidOut[index]?.pageCount ?? 0;
    return { part: { ...part, context: { ...part.context, packetPages } }, packetPages };
  });
  const coverPart = cover(
    numbered.map(({ part, packetPages }) => ({ title: part.sheet.title, page: packetPages.first })),
    { first: 1, total },
  );
  const coverLayout = layOut(coverPart);
  if (coverLayout.pageCount !== 1) throw new CoverTooLongError(coverLayout.pageCount);
  return renderLaidOutPacket(
    description,
    [
      { ...coverPart, layout: coverLayout.number(coverPart.context.packetPages) },
      ...numbered.flatMap(({ part, packetPages }, index) => {
        const layout = laidOut[index];
        return layout === undefined ? [] : [{ ...part, layout: layout.number(packetPages) }];
      }),
    ],
    paper,
    fonts,
    saving,
  );
}

/** The cover would take more than one page, and so would throw every page number of the contents off. */
export class CoverTooLongError extends Error {
  readonly pages: number;

  constructor(pages: number) {
    super(`The packet's cover takes ${pages} pages instead of one.`);
    this.name = 'CoverTooLongError';
    this.pages = pages;
  }
}
