import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  PDFWidgetAnnotation,
  fill,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  type PDFAcroRadioButton,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { ChoiceField } from './fields';
import type { Box, LayoutItem } from './layout-model';
import { palette } from './layout-style';
import { appearanceStream } from './pdf-appearance';
import { roundedPath } from './pdf-paint';
import type { PlacedAnnotation } from './pdf-structure';

/*
 * A choice as a PDF radio group: one field, whose value is the name of the
 * option ticked, and one widget per option, each over the round box the page
 * prints. pdf-lib's addOptionToPage draws its own circle and background over
 * the page's; these widgets draw only the dot, so the printed box is the same
 * in every viewer, ticked or not.
 */

/** The annotation flag that makes a widget print (bit 3). */
const printFlag = 4;

/** ZapfDingbats' filled circle: the mark readers that redraw a radio button use (/MK /CA). */
const dotCaption = 'l';

/** What readers that redraw the mark use: ZapfDingbats as the form lists it (ZaDb), sized to the box. */
const markAppearance = '/ZaDb 0 Tf 0 g';

/** The dot's radius, as a share of the box's side: a bold mark well inside the printed circle. */
const dotShare = 0.26;

/**
 * Adds the widget of one option of a choice, making the choice's radio group
 * when its first option comes. The widget covers the item's box (the whole
 * printed circle); its look when chosen is a dark dot drawn as a path, so
 * it needs no font, and its streams are its own.
 */
export function addChoiceWidget(doc: PDFDocument, page: PDFPage, item: Extract<LayoutItem, { kind: 'field' }>): PlacedAnnotation {
  const { field, option, box } = item;
  if (field.type !== 'choice' || option === undefined) {
    throw new Error(`addChoiceWidget was given ${field.name}, which is not an option of a choice (type ${field.type}): place it with addField`);
  }
  const label = field.options.find((candidate) => candidate.value === option)?.label;
  if (label === undefined) {
    throw new Error(`"${option}" is not one of the options of ${field.name} (${field.options.map((o) => o.value).join(', ')}): the layout and fieldsOf disagree`);
  }
  const group = radioGroup(doc, field);
  const widget = PDFWidgetAnnotation.create(doc.context, group.ref);
  const { dict } = widget;
  dict.set(PDFName.of('Rect'), doc.context.obj([box.x, box.y, box.x + box.width, box.y + box.height]));
  dict.set(PDFName.of('P'), page.ref);
  dict.set(PDFName.of('F'), PDFNumber.of(printFlag));
  dict.set(PDFName.of('MK'), doc.context.obj({ CA: PDFString.of(dotCaption) }));
  dict.set(PDFName.of('DA'), PDFString.of(markAppearance));
  dict.set(PDFName.of('AS'), PDFName.of('Off'));
  // pdf.js reads the widget's tooltip, so each box says which option it is.
  dict.set(PDFName.of('TU'), PDFHexString.fromText(`${field.tooltip}: ${label}`));
  dict.set(
    PDFName.of('AP'),
    doc.context.obj({ N: { [option]: appearance(doc, box, true), Off: appearance(doc, box, false) } }),
  );
  const ref = doc.context.register(dict);
  group.addWidget(ref);
  page.node.addAnnot(ref);
  return { page: page.ref, annotation: ref, dict };
}

/**
 * Each document's radio groups by field name. pdf-lib's form.getFieldMaybe
 * reads every field's full name to find one, so finding each option's group
 * that way grew with the square of a packet's fields: 0.45 s of a build.
 */
const radioGroups = new WeakMap<PDFDocument, Map<string, PDFAcroRadioButton>>();

/** The choice's radio group: made, unticked and named for screen readers on its first option, found on the others. */
function radioGroup(doc: PDFDocument, field: ChoiceField): PDFAcroRadioButton {
  let groups = radioGroups.get(doc);
  if (groups === undefined) {
    groups = new Map();
    radioGroups.set(doc, groups);
  }
  const existing = groups.get(field.name);
  if (existing !== undefined) return existing;
  // pdf-lib refuses a name already taken by another field (FieldAlreadyExistsError); fieldsOf refuses duplicates before that.
  const group = doc.getForm().createRadioGroup(field.name);
  // Exactly one: a second click on the chosen option keeps it (no toggling back to none).
  group.disableOffToggling();
  const { dict } = group.acroField;
  dict.set(PDFName.of('V'), PDFName.of('Off'));
  dict.set(PDFName.of('DV'), PDFName.of('Off'));
  dict.set(PDFName.of('DA'), PDFString.of(markAppearance));
  // Acrobat reads the field's tooltip, pdf.js the widget's: both have one.
  dict.set(PDFName.of('TU'), PDFHexString.fromText(field.tooltip));
  groups.set(field.name, group.acroField);
  return group.acroField;
}

/** A new appearance stream for one widget: a filled dot when chosen, nothing when not (the page prints the circle). */
function appearance(doc: PDFDocument, box: Box, chosen: boolean): PDFRef {
  const radius = box.width * dotShare;
  const dot = { x: box.width / 2 - radius, y: box.height / 2 - radius, width: 2 * radius, height: 2 * radius };
  const operators = chosen
    ? [pushGraphicsState(), setFillingRgbColor(...palette.ink), ...roundedPath(dot, radius), fill(), popGraphicsState()]
    : [];
  return appearanceStream(doc, box.width, box.height, operators);
}
