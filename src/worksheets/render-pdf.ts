import {
  AnnotationFlags,
  PDFArray,
  PDFContentStream,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFWidgetAnnotation,
  StandardFonts,
  type PDFAcroTerminal,
  type PDFPage,
} from 'pdf-lib';
import type { WorksheetFonts } from './fonts';
import { combineLayouts } from './combine-layouts';
import { fieldsOf } from './fields';
import { layoutUnnumbered, layoutWorksheet, type LayoutItem, type WorksheetContext, type WorksheetLayout } from './layout';
import type { StructNode, StructRole } from './layout-model';
import { palette } from './layout-style';
import { measureWith, type Measure } from './measure';
import { papers, type PaperId } from './paper';
import { appearanceStream } from './pdf-appearance';
import { addChoiceWidget } from './pdf-choice';
import { isFillable } from './pdf-kind';
import { embedFont, type EmbeddedFont } from './pdf-font';
import { addBookmarks, type Bookmark } from './pdf-outline';
import { paintPage } from './pdf-paint';
import { linkAnnotation, producer, writeStructure, type MarkedRun, type PlacedAnnotation } from './pdf-structure';
import type { Worksheet } from './schema';

/** Bump when the output changes on purpose, so the document ID changes with it. */
const rendererVersion = '7';

// Widths do not depend on the document, so one measure serves every render with the same faces.
const measures = new WeakMap<WorksheetFonts, Measure>();

/**
 * Renders a worksheet as a fillable PDF on one paper size. Pure apart from
 * its inputs: no clock, no randomness (pdf-lib's name suffixes come from a
 * seeded generator), no Node APIs, so the same definition always gives the
 * same bytes, and the function runs in a browser too.
 */
export function renderWorksheetPdf(sheet: Worksheet, paper: PaperId, context: WorksheetContext, fonts: WorksheetFonts): Promise<Uint8Array> {
  return renderWorksheetPacket({ title: sheet.title, purpose: sheet.purpose }, [{ sheet, context }], paper, fonts);
}

/** One sheet of a packet, with the prefix that keeps its field names apart (required when a sheet comes twice). */
export interface PacketSheet {
  sheet: Worksheet;
  context: WorksheetContext;
  fieldPrefix?: string;
}

/** What a PDF says it is: its title (shown in the viewer's title bar) and one sentence on what it is for. */
export interface PdfDescription {
  title: string;
  purpose: string;
}

/**
 * Renders several sheets, or several copies of one, as one PDF: their pages
 * in order, one form (each sheet's fields under its prefix), one structure
 * tree with a Part per sheet, and each face embedded once for all of them.
 */
export function renderWorksheetPacket(description: PdfDescription, sheets: readonly PacketSheet[], paper: PaperId, fonts: WorksheetFonts): Promise<Uint8Array> {
  const measure = measureOf(fonts);
  return renderLaidOutPacket(
    description,
    sheets.map((part) => ({ ...part, layout: layoutWorksheet(part.sheet, papers[paper], part.context, measure) })),
    paper,
    fonts,
  );
}

/** A sheet of a packet with its layout, made by the caller (a packet lays each part out once: see packet-assembly.ts). */
export interface LaidOutSheet extends PacketSheet {
  layout: WorksheetLayout;
}

/** A zlib compressor faster than pdf-lib's own (a browser's CompressionStream, Node's zlib), for the pages' content. */
export type Deflate = (bytes: Uint8Array) => Promise<Uint8Array>;

/**
 * How a page, not the build, saves a PDF: the pages' content (most of the
 * work of saving) compressed with the browser's own compressor, and pdf-lib
 * giving the page back its turn every 50 objects, so that it keeps answering
 * while a packet is made. The build saves in one go: those turns, each at
 * least a millisecond in Node, were a fifth of its time making the PDFs.
 */
export interface PageSaving {
  deflate: Deflate;
}

/** Objects pdf-lib writes before it gives a page back its turn (its own default). */
const pageObjectsPerTick = 50;

/** Renders sheets already laid out on `paper` with `fonts`' measure, as renderWorksheetPacket does, saved as `saving` says. */
export async function renderLaidOutPacket(
  description: PdfDescription,
  sheets: readonly LaidOutSheet[],
  paper: PaperId,
  fonts: WorksheetFonts,
  saving?: PageSaving,
): Promise<Uint8Array> {
  checkFieldNames(sheets);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const parts = sheets.map(({ layout, fieldPrefix }) => ({ layout, fieldPrefix }));
  const { pages, structure } = combineLayouts(parts);
  const fillable = sheets.some(({ sheet }) => isFillable(sheet));
  const embedded = {
    regular: embedFont(doc, fillable ? fonts.answers : fonts.regular),
    bold: embedFont(doc, fonts.bold),
    italic: embedFont(doc, fonts.italic),
  };

  describe(doc, description);
  if (fillable) await prepareForm(doc, embedded.regular);
  const roles = contentRoles(structure);
  const runs = new Map<number, MarkedRun>();
  const annotations = new Map<number, PlacedAnnotation>();
  const { width, height } = papers[paper];
  for (const pageLayout of pages) {
    const page = doc.addPage([width, height]);
    const mcids = paintPage(page, pageLayout.items, embedded, (content) => roles.get(content) ?? 'P');
    for (const [content, mcid] of mcids) runs.set(content, { page: page.ref, mcid });
    for (const item of pageLayout.items) {
      if (item.kind === 'field') annotations.set(item.annotation, item.option === undefined ? addField(doc, page, item) : addChoiceWidget(doc, page, item));
      if (item.kind === 'link') {
        const dict = linkAnnotation(doc, page.ref, item.box, item.url);
        const annotation = doc.context.register(dict);
        page.node.addAnnot(annotation);
        annotations.set(item.annotation, { page: page.ref, annotation, dict });
      }
    }
  }
  writeStructure(doc, description, structure, doc.getPages().map((page) => page.node), runs, annotations);
  if (saving !== undefined) await compressPageContents(doc, saving.deflate);
  if (sheets.length > 1) addBookmarks(doc, partBookmarks(sheets, parts.map(({ layout }) => layout.pages.length), doc.getPages()));
  // What the sheets are, not how they were laid out: the layout follows from them.
  await setDocumentId(doc, { description, sheets: sheets.map(({ layout, ...part }) => part), paper });
  return doc.save({ updateFieldAppearances: false, useObjectStreams: true, objectsPerTick: saving === undefined ? Number.POSITIVE_INFINITY : pageObjectsPerTick });
}

/** The measure of a set of faces, made once: widths do not depend on the document. */
export function measureOf(fonts: WorksheetFonts): Measure {
  let measure = measures.get(fonts);
  if (measure === undefined) {
    measure = measureWith(fonts);
    measures.set(fonts, measure);
  }
  return measure;
}

/** How many pages a sheet takes on one paper size: a packet's contents need its parts' page numbers before it is made. */
export function pageCount(sheet: Worksheet, paper: PaperId, context: WorksheetContext, fonts: WorksheetFonts): number {
  return layoutUnnumbered(sheet, papers[paper], context, measureOf(fonts)).pageCount;
}

/** Replaces each page's content stream, which pdf-lib would compress when saving, with one compressed by `deflate`. */
async function compressPageContents(doc: PDFDocument, deflate: Deflate): Promise<void> {
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFContentStream)) continue;
      const bytes = await deflate(stream.getUnencodedContents());
      doc.context.assign(ref, PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode' }), bytes));
    }
  }
}

/** A packet's bookmarks: one per sheet, at its first page. */
function partBookmarks(sheets: readonly PacketSheet[], pageCounts: readonly number[], pages: readonly PDFPage[]): Bookmark[] {
  let first = 0;
  return sheets.flatMap(({ sheet }, index) => {
    const page = pages[first]?.ref;
    first += pageCounts[index] ?? 0;
    return page === undefined ? [] : [{ title: sheet.title, page }];
  });
}

/** Two sheets whose fields would share a name would share their answers: say which, and how to keep them apart. */
function checkFieldNames(sheets: readonly PacketSheet[]): void {
  const owners = new Map<string, string>();
  for (const { sheet, fieldPrefix } of sheets) {
    for (const field of fieldsOf(sheet)) {
      const name = fieldPrefix === undefined ? field.name : `${fieldPrefix}.${field.name}`;
      const owner = owners.get(name);
      if (owner !== undefined) {
        throw new Error(`"${sheet.title}" and "${owner}" both have a field named "${name}" in this PDF: give each copy of a sheet its own fieldPrefix, such as "copy-2".`);
      }
      owners.set(name, sheet.title);
    }
  }
}

function describe(doc: PDFDocument, { title, purpose }: PdfDescription): void {
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(purpose);
  doc.setAuthor('Frontline Handbook');
  doc.setCreator('Frontline Handbook');
  doc.setProducer(producer);
  doc.setLanguage('en-US');
}

/** The fonts' names in the form's resources, as default appearances name them. */
const answerFont = 'Arimo';
const checkFont = 'ZaDb';

/**
 * The form's default resources: what viewers and fillers draw a typed answer
 * with (the embedded regular face, which covers Latin, Greek and Cyrillic) and
 * a ticked box with (ZapfDingbats, as ZaDb, the name readers look for; every
 * reader has it built in, and no page content uses it).
 */
async function prepareForm(doc: PDFDocument, answers: EmbeddedFont): Promise<void> {
  const dingbats = await doc.embedFont(StandardFonts.ZapfDingbats);
  const form = doc.getForm();
  form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: { [answerFont]: answers.ref, [checkFont]: dingbats.ref } }));
  form.acroForm.dict.set(PDFName.of('DA'), PDFString.of(`/${answerFont} 0 Tf 0 g`));
}

/**
 * Adds one field and its widget. The widget's appearances are written here,
 * not by pdf-lib, whose drawing needs one of its own fonts: an empty box, and
 * for a check box a tick drawn as lines (no font, so nothing to embed). Each
 * widget owns its streams: tools that write a typed answer into the existing
 * stream (PDFBox, qpdf --generate-appearances) would otherwise show one
 * answer in every box that shares it.
 */
function addField(doc: PDFDocument, page: PDFPage, item: Extract<LayoutItem, { kind: 'field' }>): PlacedAnnotation {
  const form = doc.getForm();
  const { context } = doc;
  const { field, box } = item;
  const empty = () => appearanceStream(doc, box.width, box.height);
  let acroField: PDFAcroTerminal;
  if (field.type === 'text') {
    const text = form.createTextField(field.name);
    if (field.lines > 1) text.enableMultiline();
    text.disableRichFormatting();
    // Size 0 asks the viewer to fit the answer to the box: a long answer gets smaller instead of cut off on paper.
    text.acroField.setDefaultAppearance(`/${answerFont} 0 Tf 0 g`);
    acroField = text.acroField;
  } else {
    acroField = form.createCheckBox(field.name).acroField;
    // Unticked to start with; readers that redraw it use ZapfDingbats' tick ("4").
    acroField.dict.set(PDFName.of('V'), PDFName.of('Off'));
    acroField.dict.set(PDFName.of('DV'), PDFName.of('Off'));
    acroField.setDefaultAppearance(`/${checkFont} 0 Tf 0 g`);
  }
  const widget = PDFWidgetAnnotation.create(context, acroField.ref);
  widget.setRectangle(box);
  widget.setP(page.ref);
  widget.setFlagTo(AnnotationFlags.Print, true);
  if (field.type === 'text') {
    widget.dict.set(PDFName.of('AP'), context.obj({ N: empty() }));
  } else {
    widget.getOrCreateAppearanceCharacteristics().setCaptions({ normal: '4' });
    widget.dict.set(PDFName.of('AS'), PDFName.of('Off'));
    widget.dict.set(PDFName.of('AP'), context.obj({ N: { Yes: tick(doc, box.width, box.height), Off: empty() } }));
  }
  const ref = context.register(widget.dict);
  acroField.addWidget(ref);
  page.node.addAnnot(ref);

  // The tooltip (/TU) is what screen readers announce. pdf-lib has no setter for it;
  // pdf.js reads the widget's and Acrobat the field's, so both get it.
  const tooltip = PDFHexString.fromText(field.tooltip);
  acroField.dict.set(PDFName.of('TU'), tooltip);
  widget.dict.set(PDFName.of('TU'), tooltip);
  return { page: page.ref, annotation: ref, dict: widget.dict };
}

/** The role of the element each run of text belongs to, for its marked-content tag. */
function contentRoles(structure: readonly StructNode[]): Map<number, StructRole> {
  const roles = new Map<number, StructRole>();
  for (const node of structure) for (const kid of node.kids) if ('content' in kid) roles.set(kid.content, node.role);
  return roles;
}

/** A check mark in the box, stroked in ink with round ends. */
function tick(doc: PDFDocument, width: number, height: number): PDFRef {
  const size = Math.min(width, height);
  const x = (width - size) / 2;
  const y = (height - size) / 2;
  const point = (px: number, py: number) => `${(x + px * size).toFixed(2)} ${(y + py * size).toFixed(2)}`;
  const [r, g, b] = palette.ink;
  const ops = [
    'q',
    `${r} ${g} ${b} RG`,
    `${(size * 0.13).toFixed(2)} w 1 J 1 j`,
    `${point(0.2, 0.52)} m`,
    `${point(0.42, 0.27)} l`,
    `${point(0.8, 0.76)} l`,
    'S',
    'Q',
  ].join('\n');
  return appearanceStream(doc, width, height, ops);
}

/**
 * The trailer /ID is normally random. Deriving it from what the document is
 * made of keeps the bytes reproducible while still changing when a sheet does.
 */
async function setDocumentId(doc: PDFDocument, madeOf: { description: PdfDescription; sheets: readonly PacketSheet[]; paper: PaperId }): Promise<void> {
  const input = new TextEncoder().encode(JSON.stringify({ rendererVersion, ...madeOf }));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input)).slice(0, 16);
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(hex), PDFHexString.of(hex)]);
}
