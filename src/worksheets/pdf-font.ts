import { PDFHexString, PDFRawStream, PDFString, type PDFContext, type PDFDocument, type PDFRef } from 'pdf-lib';
import { glyphHex, glyphsOf, type FontProgram } from './sfnt';

/** A font embedded in one document: what to name in a content stream, and how to write text in it. */
export interface EmbeddedFont {
  ref: PDFRef;
  /** Glyph codes for `text`, as a content stream's Tj operand. Throws on a character the font lacks. */
  encode(text: string): PDFHexString;
}

/**
 * Embeds a TrueType font as a composite (Type0) font with Identity-H
 * encoding, so that any of its glyphs can be shown, with two tables that
 * pdf-lib writes only for the glyphs a document used: the width of every
 * glyph, and a ToUnicode map for every character. Form fillers (PDFBox,
 * pdftk, pdf.js) draw a typed answer with the field's font and find the
 * glyphs through these, so they must cover everything the font can draw;
 * text extraction and screen readers read the same map.
 */
export function embedFont(doc: PDFDocument, font: FontProgram): EmbeddedFont {
  const { context } = doc;
  const scale = 1000 / font.unitsPerEm;
  const { name, file: fileBytes, toUnicode: toUnicodeBytes, widths } = prepared(context, font, scale);
  const file = context.register(PDFRawStream.of(context.obj({ Filter: 'FlateDecode', Length1: font.bytes.byteLength }), fileBytes));
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      // Nonsymbolic (uses the standard Latin character set), plus italic where it applies.
      Flags: 32 + (font.italicAngle === 0 ? 0 : 64),
      FontBBox: font.bbox.map((value) => Math.round(value * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascender * scale),
      Descent: Math.round(font.descender * scale),
      CapHeight: Math.round(font.capHeight * scale),
      // Not in TrueType files; readers only use it to fake a missing font, and this one is embedded.
      StemV: font.bold ? 120 : 80,
      FontFile2: file,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 1000,
      W: widths,
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = context.register(PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), toUnicodeBytes));
  const ref = context.register(
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
  );
  return {
    ref,
    encode(text) {
      const { glyphs, missing } = glyphsOf(font, text);
      if (missing !== undefined) throw new Error(`${font.postScriptName} has no glyph for "${missing}" (U+${(missing.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}).`);
      return PDFHexString.of(glyphHex(glyphs));
    },
  };
}

/** What every document embedding a font shares, named and compressed once: a sheet is rendered many times in a build. */
const preparedFonts = new WeakMap<FontProgram, { name: string; file: Uint8Array; toUnicode: Uint8Array; widths: Array<number | number[]> }>();

function prepared(context: PDFContext, font: FontProgram, scale: number) {
  let entry = preparedFonts.get(font);
  if (entry === undefined) {
    entry = {
      // A subset's name starts with a tag of six capitals; deriving it from the bytes keeps output reproducible.
      name: `${subsetTag(font.bytes)}+${font.postScriptName}`,
      file: font.deflated ?? context.flateStream(font.bytes).getContents(),
      toUnicode: context.flateStream(toUnicodeMap(font)).getContents(),
      widths: widthRuns(font, scale),
    };
    preparedFonts.set(font, entry);
  }
  return entry;
}

/** The /W array: runs of consecutive glyphs, `first [w1 w2 ...]`, in thousandths of the font size. */
function widthRuns(font: FontProgram, scale: number): Array<number | number[]> {
  const used = [...new Set(font.glyphs.values())].sort((a, b) => a - b);
  const runs: Array<number | number[]> = [];
  let run: number[] = [];
  let previous = -2;
  for (const glyph of used) {
    if (glyph !== previous + 1) {
      run = [];
      runs.push(glyph, run);
    }
    run.push(Math.round((font.advances[glyph] ?? 0) * scale));
    previous = glyph;
  }
  return runs;
}

/**
 * A ToUnicode CMap with one entry per glyph. Where several characters share
 * a glyph (a space and a no-break space), the first in code point order
 * names it: that is the one text extraction should give back.
 */
function toUnicodeMap(font: FontProgram): string {
  const byGlyph = new Map<number, number>();
  for (const [code, glyph] of font.glyphs) if (!byGlyph.has(glyph)) byGlyph.set(glyph, code);
  const entries = [...byGlyph].sort((a, b) => a[0] - b[0]);
  const hex4 = (value: number) => value.toString(16).padStart(4, '0');
  const utf16 = (code: number) => {
    const text = String.fromCodePoint(code);
    let hex = '';
    for (let i = 0; i < text.length; i++) hex += hex4(text.charCodeAt(i));
    return hex;
  };
  const blocks: string[] = [];
  // A CMap block holds at most 100 entries.
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([glyph, code]) => `<${hex4(glyph)}> <${utf16(code)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Six capital letters from a hash of the font's bytes (FNV-1a). */
function subsetTag(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}
