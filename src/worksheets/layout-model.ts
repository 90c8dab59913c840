import type { WorksheetField } from './fields';
import { ascent, descent, type FontKey } from './fonts';
import type { ColorKey, Spacing } from './layout-style';
import type { Paper } from './paper';

/**
 * The layout model: every mark a worksheet page carries, in PDF points with
 * the origin at the bottom left, before any PDF exists. The PDF renderer draws
 * it as is, and tests inspect it (margins, overlaps, page breaks) without
 * having to parse a PDF.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Text is read in the order of the structure tree, under the element it was
 * placed in (`content` names its run), or, with no `content`, is an artifact:
 * drawn, not read (the header's eyebrow, page numbers). Shapes are always
 * artifacts.
 */
export type LayoutItem =
  | { kind: 'text'; text: string; x: number; y: number; size: number; font: FontKey; color: ColorKey; width: number; content?: number }
  | { kind: 'rect'; box: Box; fill?: ColorKey; stroke?: ColorKey; lineWidth: number; radius: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: ColorKey; lineWidth: number; dash?: number }
  | { kind: 'circle'; x: number; y: number; radius: number; fill: ColorKey }
  | {
      kind: 'field';
      box: Box;
      field: WorksheetField;
      fontSize: number;
      annotation: number;
      /** For a choice, the option this box stands for (one of field.options' values): one widget per option, all of one field. */
      option?: string;
    }
  | { kind: 'link'; box: Box; url: string; annotation: number };

/** The standard structure types a worksheet's tree uses (ISO 32000-1, 14.8.4). */
export type StructRole = 'Document' | 'Part' | 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Form' | 'Link';

/** What an element holds, in reading order: another element, a run of its own text, or a field's or link's annotation. */
export type StructKid = { node: number } | { content: number } | { annotation: number };

/** One element of the structure tree: what a screen reader reads, and in which order. */
export interface StructNode {
  role: StructRole;
  /** Index of the parent element; the root (the Document) has none. */
  parent: number | undefined;
  kids: StructKid[];
  /** For a table's header cell: the column or row it heads. */
  scope?: 'Column' | 'Row';
}

export type PartKind = 'prompt' | 'answer' | 'header' | 'row' | 'item' | 'text' | 'card';

export interface LayoutPage {
  items: LayoutItem[];
  /** The section parts placed on this page, in order: what the page-break tests read. */
  parts: Array<{ section: number; part: PartKind; row?: number }>;
}

export interface WorksheetLayout {
  paper: Paper;
  /** Where ink may go: the sheet less what printers cannot reach. */
  printable: Box;
  /** Where the body flows, between the header and the footer. */
  content: Box;
  /** The vertical rhythm the sheet was laid out with. */
  spacing: Spacing;
  pages: LayoutPage[];
  /** The structure tree; element 0 is the Document. */
  structure: StructNode[];
}

/** What the sheet prints that does not come from its definition. */
export interface WorksheetContext {
  /** Address of the worksheet's web page, printed in every footer. */
  url: string;
  /** Titles of the related tools or scenarios, for the "Goes with" line. */
  relatedTitles: string[];
  /** One credit per source ("Title, origin"), printed in every footer. */
  credits: string[];
  /** In a packet, the sheet's first page number and the packet's page count: footers number the packet's pages, as its contents do. */
  packetPages?: { first: number; total: number } | undefined;
  /** A page that is not a worksheet (a packet's cover, a facilitator's guide) says what it is: its eyebrow, its panel's heading and its meta line. */
  header?: { eyebrow: string; panel: string; meta: string } | undefined;
}

/** The parts of the page that are ink, for overlap checks: a stroked frame is four thin strips, not its inside. */
export function inkOf(item: LayoutItem): Box[] {
  switch (item.kind) {
    case 'text':
      return [{ x: item.x, y: item.y - descent * item.size, width: item.width, height: (ascent + descent) * item.size }];
    case 'rect': {
      if (item.fill !== undefined) return [item.box];
      const { x, y, width, height } = item.box;
      const h = item.lineWidth / 2;
      return [
        { x: x - h, y: y - h, width: width + 2 * h, height: 2 * h },
        { x: x - h, y: y + height - h, width: width + 2 * h, height: 2 * h },
        { x: x - h, y: y - h, width: 2 * h, height: height + 2 * h },
        { x: x + width - h, y: y - h, width: 2 * h, height: height + 2 * h },
      ];
    }
    case 'line': {
      const h = item.lineWidth / 2;
      return [
        {
          x: Math.min(item.x1, item.x2) - h,
          y: Math.min(item.y1, item.y2) - h,
          width: Math.abs(item.x2 - item.x1) + 2 * h,
          height: Math.abs(item.y2 - item.y1) + 2 * h,
        },
      ];
    }
    case 'circle':
      return [{ x: item.x - item.radius, y: item.y - item.radius, width: 2 * item.radius, height: 2 * item.radius }];
    case 'field':
    case 'link':
      return [];
  }
}
