import {
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFStream,
  PDFString,
  rgb,
  type PDFAcroTerminal,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import { layoutWorksheet, type LayoutItem, type WorksheetContext } from './layout';
import { palette } from './layout-style';
import { embedFonts, measureWith, type Measure } from './measure';
import { papers, type PaperId } from './paper';
import { addChoiceWidget } from './pdf-choice';
import { isFillable } from './pdf-kind';
import { paintPage } from './pdf-paint';
import type { Worksheet } from './schema';

/** Bump when the output changes on purpose, so the document ID changes with it. */
const rendererVersion = '3';

// Widths do not depend on the document, so one cache serves every render.
let sharedMeasure: Measure | undefined;

/**
 * Renders a worksheet as a fillable PDF on one paper size. Pure apart from
 * its inputs: no clock, no randomness (pdf-lib's name suffixes come from a
 * seeded generator), no Node APIs, so the same definition always gives the
 * same bytes, and the function runs in a browser too.
 */
export async function renderWorksheetPdf(sheet: Worksheet, paper: PaperId, context: WorksheetContext): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  sharedMeasure ??= measureWith(fonts);
  const layout = layoutWorksheet(sheet, papers[paper], context, sharedMeasure);

  describe(doc, sheet);
  if (isFillable(sheet)) prepareForm(doc, fonts.regular, fonts.dingbats);
  const templates = new Map<string, WidgetTemplate>();
  for (const pageLayout of layout.pages) {
    const page = doc.addPage([layout.paper.width, layout.paper.height]);
    // Tab through fields row by row, as they read.
    page.node.set(PDFName.of('Tabs'), PDFName.of('R'));
    paintPage(page, pageLayout.items, fonts);
    for (const item of pageLayout.items) {
      if (item.kind === 'field' && item.option !== undefined) addChoiceWidget(doc, page, item);
      else if (item.kind === 'field') addField(doc, page, item, fonts.regular, templates);
    }
  }
  await setDocumentId(doc, sheet, paper, context);
  return doc.save({ updateFieldAppearances: false, useObjectStreams: true });
}

function describe(doc: PDFDocument, sheet: Worksheet): void {
  doc.setTitle(sheet.title, { showInWindowTitleBar: true });
  doc.setSubject(sheet.purpose);
  doc.setAuthor('Frontline Handbook');
  doc.setCreator('Frontline Handbook');
  doc.setProducer('Frontline Handbook worksheet renderer (pdf-lib)');
  doc.setLanguage('en-US');
}

/**
 * pdf-lib leaves the form's default resources out. Viewers need them to draw
 * what a person types and ticks, so text fields name Helvetica and check
 * boxes ZapfDingbats (as ZaDb, the name readers look for), both listed here.
 */
function prepareForm(doc: PDFDocument, font: PDFFont, dingbats: PDFFont): void {
  const form = doc.getForm();
  form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: { [font.name]: font.ref, [checkFont]: dingbats.ref } }));
  form.acroForm.dict.set(PDFName.of('DA'), PDFString.of(`/${font.name} 10 Tf 0 g`));
}

/** The check boxes' font in the form's resources. */
const checkFont = 'ZaDb';

/** The first widget of each shape and kind, which later widgets of that shape copy. */
interface WidgetTemplate {
  widget: PDFDict;
  appearance: string | undefined;
}

/**
 * Adds one field. The first field of each kind and size goes through
 * pdf-lib's addToPage, which generates its appearance streams; later ones
 * copy that widget, streams included. Every empty box of one size, and every
 * check box, looks the same, so this saves generating streams only to throw
 * them away. Each widget owns its copies: tools that write a typed answer
 * into the existing stream (PDFBox, qpdf --generate-appearances) would
 * otherwise show one answer in every box that shares it.
 */
function addField(
  doc: PDFDocument,
  page: PDFPage,
  item: Extract<LayoutItem, { kind: 'field' }>,
  font: PDFFont,
  templates: Map<string, WidgetTemplate>,
): void {
  const form = doc.getForm();
  const { field, box } = item;
  // No border from the widget: the frame is part of the page, so it prints the same in every viewer.
  const placement = { ...box, borderWidth: 0, textColor: rgb(...palette.ink) };
  let acroField: PDFAcroTerminal;
  let place: () => void;
  if (field.type === 'text') {
    const text = form.createTextField(field.name);
    if (field.lines > 1) text.enableMultiline();
    text.disableRichFormatting();
    // The appearance is set before addToPage: a setter called after it leaves an orphaned stream behind.
    text.acroField.setDefaultAppearance(`/${font.name} ${item.fontSize} Tf 0 g`);
    acroField = text.acroField;
    place = () => text.addToPage(page, { ...placement, font });
  } else {
    const check = form.createCheckBox(field.name);
    acroField = check.acroField;
    // Unticked to start with, and drawn with ZapfDingbats' tick ("4") by readers that redraw it.
    acroField.dict.set(PDFName.of('V'), PDFName.of('Off'));
    acroField.dict.set(PDFName.of('DV'), PDFName.of('Off'));
    place = () => {
      check.addToPage(page, placement);
      const drawn = acroField.getWidgets().flatMap((widget) => streamRefs(widget.dict.get(PDFName.of('AP')), doc));
      for (const widget of acroField.getWidgets()) {
        const characteristics = widget.getOrCreateAppearanceCharacteristics();
        characteristics.setCaptions({ normal: '4' });
        // The widget covers the whole printed box: a white background would hide the inner half of its frame.
        characteristics.dict.delete(PDFName.of('BG'));
      }
      check.defaultUpdateAppearances();
      for (const ref of drawn) doc.context.delete(ref);
      // After drawing: pdf-lib's drawing sets a placeholder font here.
      acroField.setDefaultAppearance(`/${checkFont} 0 Tf 0 g`);
    };
  }

  // Font, colours and the (empty) value are the same for every field, so kind and size decide the look.
  const key = `${field.type}:${field.lines > 1}:${box.width.toFixed(2)}x${box.height.toFixed(2)}`;
  const template = templates.get(key);
  if (template === undefined) {
    place();
    const [widget] = acroField.getWidgets();
    if (widget === undefined) throw new Error(`pdf-lib made no widget for ${field.name}`);
    // A border colour with no width reads as a hairline in some viewers.
    widget.dict.lookupMaybe(PDFName.of('MK'), PDFDict)?.delete(PDFName.of('BC'));
    dropPressedLook(doc, widget.dict);
    templates.set(key, { widget: widget.dict, appearance: acroField.getDefaultAppearance() });
  } else {
    if (template.appearance !== undefined) acroField.setDefaultAppearance(template.appearance);
    const widget = copyDict(doc, template.widget);
    const appearances = widget.lookupMaybe(PDFName.of('AP'), PDFDict);
    if (appearances !== undefined) widget.set(PDFName.of('AP'), ownStreams(doc, appearances));
    widget.set(PDFName.of('Rect'), doc.context.obj([box.x, box.y, box.x + box.width, box.y + box.height]));
    widget.set(PDFName.of('P'), page.ref);
    widget.set(PDFName.of('Parent'), acroField.ref);
    const ref = doc.context.register(widget);
    acroField.addWidget(ref);
    page.node.addAnnot(ref);
  }

  // The tooltip (/TU) is what screen readers announce. pdf-lib has no setter for it;
  // pdf.js reads the widget's and Acrobat the field's, so both get it.
  const tooltip = PDFHexString.fromText(field.tooltip);
  acroField.dict.set(PDFName.of('TU'), tooltip);
  for (const widget of acroField.getWidgets()) widget.dict.set(PDFName.of('TU'), tooltip);
}

/** A copy of a dictionary and the dictionaries inside it; references still point at the same objects. */
function copyDict(doc: PDFDocument, dict: PDFDict): PDFDict {
  const copy = doc.context.obj({});
  for (const [key, value] of dict.entries()) copy.set(key, value instanceof PDFDict ? copyDict(doc, value) : value);
  return copy;
}

/**
 * pdf-lib draws a check box a second time for while it is pressed (/D). The
 * look is a flash no printout shows, and with streams of its own for every
 * widget it would double a sheet's check-box streams; readers fall back to
 * the normal look.
 */
function dropPressedLook(doc: PDFDocument, widget: PDFDict): void {
  const appearances = widget.lookupMaybe(PDFName.of('AP'), PDFDict);
  const pressed = appearances?.get(PDFName.of('D'));
  if (pressed === undefined) return;
  const states = pressed instanceof PDFRef ? doc.context.lookup(pressed) : pressed;
  if (states instanceof PDFDict) for (const value of states.values()) if (value instanceof PDFRef) doc.context.delete(value);
  if (pressed instanceof PDFRef) doc.context.delete(pressed);
  appearances?.delete(PDFName.of('D'));
}

/** The streams an appearance entry names, however nested (/N, and each state of a check box). */
function streamRefs(value: unknown, doc: PDFDocument): PDFRef[] {
  if (value instanceof PDFRef) {
    const target = doc.context.lookup(value);
    return target instanceof PDFDict ? streamRefs(target, doc) : [value];
  }
  return value instanceof PDFDict ? value.values().flatMap((entry) => streamRefs(entry, doc)) : [];
}

/** An appearance dictionary (/N, /D, and per state for check boxes) whose streams are new copies, owned by one widget. */
function ownStreams(doc: PDFDocument, appearances: PDFDict): PDFDict {
  const copy = doc.context.obj({});
  for (const [key, value] of appearances.entries()) {
    const target = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (target instanceof PDFStream) copy.set(key, doc.context.register(target.clone(doc.context)));
    else if (target instanceof PDFDict) copy.set(key, ownStreams(doc, target));
    else copy.set(key, value);
  }
  return copy;
}

/**
 * The trailer /ID is normally random. Deriving it from what the document is
 * made of keeps the bytes reproducible while still changing when the sheet does.
 */
async function setDocumentId(doc: PDFDocument, sheet: Worksheet, paper: PaperId, context: WorksheetContext): Promise<void> {
  const input = new TextEncoder().encode(JSON.stringify({ rendererVersion, sheet, paper, context }));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input)).slice(0, 16);
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(hex), PDFHexString.of(hex)]);
}
