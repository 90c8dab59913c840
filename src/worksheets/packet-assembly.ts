import type { WorksheetFonts } from './fonts';
import type { WorksheetContext } from './layout';
import type { PaperId } from './paper';
import { pageCount, renderWorksheetPacket, type PacketSheet, type PdfDescription } from './render-pdf';

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
 * The same steps serve the packets the build makes and the ones a trainer
 * puts together in the browser. Pure, like the renderer it calls.
 */
export function assemblePacket(description: PdfDescription, parts: readonly PacketSheet[], cover: CoverMaker, paper: PaperId, fonts: WorksheetFonts): Promise<Uint8Array> {
  const counts = parts.map(({ sheet, context }) => pageCount(sheet, paper, context, fonts));
  const total = 1 + counts.reduce((sum, count) => sum + count, 0);
  let next = 2;
  const numbered = parts.map((part, index) => {
    const first = next;
    next += counts[index] ?? 0;
    return { ...part, context: { ...part.context, packetPages: { first, total } } };
  });
  const coverPart = cover(
    numbered.map(({ sheet, context }) => ({ title: sheet.title, page: context.packetPages.first })),
    { first: 1, total },
  );
  const coverPages = pageCount(coverPart.sheet, paper, coverPart.context, fonts);
  if (coverPages !== 1) throw new CoverTooLongError(coverPages);
  return renderWorksheetPacket(description, [coverPart, ...numbered], paper, fonts);
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
