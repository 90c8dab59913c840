import {
  PDFArray,
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRadioGroup,
  PDFRawStream,
  PDFRef,
  PDFTextField,
  ParseSpeeds,
  decodePDFRawStream,
} from 'pdf-lib';
import type { Answers } from './form/answers';
import { ascent, descent } from './fonts';
import { emWidth, glyphHex, glyphsOf, readFontProgram, type FontProgram } from './sfnt';

/*
 * Fills a worksheet's PDF with a reader's answers, in the browser as in the
 * build: each value goes into its field, where it stays editable in any
 * reader, and each text field gets an appearance that shows it, drawn with
 * the answer font the PDF already embeds (read back from the file, so the
 * page needs no font of its own), shrunk to fit its box.
 */

/** The largest size an answer is drawn at, and the smallest it shrinks to before it wraps no further. */
const largest = 11;
const smallest = 4;
const padding = 2;
/** Line height as a share of the font size. */
const leading = 1.15;

export interface FilledPdf {
  bytes: Uint8Array;
  /** Characters typed that the PDF's font cannot show: kept in the field's value, but not drawn. */
  notShown: string[];
}

export async function fillWorksheetPdf(blank: Uint8Array, answers: Answers): Promise<FilledPdf> {
  // pdf-lib pauses every 100 objects by default, to keep a page responsive while it parses a large file; a worksheet
  // has a few hundred objects, and the pauses (a timer each) cost more than the parse on a slow phone.
  const doc = await PDFDocument.load(blank, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const form = doc.getForm();
  const font = answerFont(doc);
  const notShown = new Set<string>();
  for (const field of form.getFields()) {
    const value = answers[field.getName()];
    if (field instanceof PDFTextField && typeof value === 'string') {
      field.setText(value === '' ? undefined : value);
      for (const widget of field.acroField.getWidgets()) {
        const rect = widget.getRectangle();
        const drawn = appearance(font, value, rect.width, rect.height, field.isMultiline(), notShown);
        const stream = doc.context.flateStream(drawn, {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: [0, 0, rect.width, rect.height],
          Resources: { Font: { [font.name]: font.ref } },
        });
        // A new stream for each widget: the blank's empty one may be shared by nothing, but is replaced, not edited.
        widget.dict.set(PDFName.of('AP'), doc.context.obj({ N: doc.context.register(stream) }));
      }
    } else if (field instanceof PDFCheckBox) {
      if (value === true) field.check();
      else field.uncheck();
    } else if (field instanceof PDFRadioGroup && typeof value === 'string') {
      if (value !== '' && field.getOptions().includes(value)) field.select(value);
    }
  }
  // Without object streams the save does not compress the file's objects again: on a slow phone that is most of the time a download takes.
  const bytes = await doc.save({ updateFieldAppearances: false, useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, notShown: [...notShown] };
}

/** The answers a filled PDF of a worksheet holds, by field name: what "continue from a PDF" puts back on the page. */
export async function readWorksheetAnswers(bytes: Uint8Array): Promise<{ title: string | undefined; answers: Answers }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const answers: Answers = {};
  for (const field of doc.getForm().getFields()) {
    const name = field.getName();
    if (field instanceof PDFTextField) answers[name] = field.getText() ?? '';
    else if (field instanceof PDFCheckBox) answers[name] = field.isChecked();
    else if (field instanceof PDFRadioGroup) answers[name] = field.getSelected() ?? '';
  }
  return { title: doc.getTitle(), answers };
}

/** The form's answer font: its name in the form's resources, its reference, and its program, read from the embedded file. */
function answerFont(doc: PDFDocument): { name: string; ref: PDFRef; program: FontProgram } {
  const resources = doc.getForm().acroForm.dict.lookupMaybe(PDFName.of('DR'), PDFDict)?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [key, value] of resources?.entries() ?? []) {
    if (!(value instanceof PDFRef)) continue;
    const font = doc.context.lookup(value, PDFDict);
    if (font.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const file = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict).lookup(PDFName.of('FontFile2'));
    if (!(file instanceof PDFRawStream)) continue;
    return { name: key.decodeText(), ref: value, program: readFontProgram(decodePDFRawStream(file).decode()) };
  }
  throw new Error('This PDF has no embedded answer font in its form: it is not a worksheet made by this site, or it was made by an older version. Download the blank PDF again.');
}

/** The content stream of one text field's appearance: its value in lines that fit the box, at the largest size that fits. */
function appearance(
  { name, program: font }: { name: string; program: FontProgram },
  value: string,
  width: number,
  height: number,
  multiline: boolean,
  notShown: Set<string>,
): string {
  const shown = [...value].filter((char) => {
    if (char === '\n' || char === '\r' || font.glyphs.has(char.codePointAt(0) ?? 0)) return true;
    notShown.add(char);
    return false;
  }).join('');
  if (shown.trim() === '') return '/Tx BMC\nEMC';
  const widthOf = (text: string, size: number) => emWidth(font, text) * size;
  const room = width - 2 * padding;
  let size = largest;
  let lines: string[] = [shown.replace(/\s*\n\s*/g, ' ')];
  if (multiline) {
    for (; size > smallest; size -= 0.5) {
      lines = wrap(shown, room, (text) => widthOf(text, size));
      if (lines.length * size * leading <= height - 2 * padding) break;
    }
    lines = wrap(shown, room, (text) => widthOf(text, size));
  } else {
    const line = lines[0] ?? '';
    size = Math.max(smallest, Math.min(largest, (height - 2 * padding) / leading, (room / Math.max(widthOf(line, 1), 0.001)) * 0.98));
  }
  // The first baseline: a line's letters top out at the padding, or one line sits in the middle of its box.
  const top = multiline ? height - padding - ascent * size : (height - (ascent + descent) * size) / 2 + descent * size;
  const ops = ['/Tx BMC', 'q', `${padding} ${padding} ${(width - 2 * padding).toFixed(2)} ${(height - 2 * padding).toFixed(2)} re W n`, 'BT', `/${name} ${size.toFixed(2)} Tf`, '0 g'];
  lines.forEach((line, index) => {
    const y = top - index * size * leading;
    ops.push(`1 0 0 1 ${padding + 1} ${y.toFixed(2)} Tm`, `<${glyphHex(glyphsOf(font, line).glyphs)}> Tj`);
  });
  ops.push('ET', 'Q', 'EMC');
  return ops.join('\n');
}

/** Breaks text into lines no wider than `room`: at spaces, at line breaks, and inside a word longer than a line. */
function wrap(text: string, room: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (widthOf(candidate) <= room) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const char of word) {
        if (widthOf(line + char) > room && line !== '') {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
    lines.push(line);
  }
  return lines;
}
