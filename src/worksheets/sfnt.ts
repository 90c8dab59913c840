/**
 * A reader for the few tables of a TrueType font that a PDF needs: which
 * glyph draws a character, how wide it is, and the numbers a font
 * descriptor carries. Plain TypeScript over a byte array, so it runs in the
 * build and in a browser alike.
 */
export interface FontProgram {
  /** The font file itself, embedded as is. */
  bytes: Uint8Array;
  /**
   * The same file compressed for a PDF (zlib, FlateDecode), when whoever
   * loaded the font had a fast compressor at hand (Node's zlib, a browser's
   * CompressionStream); otherwise the renderer compresses it, more slowly.
   */
  deflated?: Uint8Array | undefined;
  postScriptName: string;
  unitsPerEm: number;
  /** Typographic ascender and descender (OS/2), in font units; the descender is negative. */
  ascender: number;
  descender: number;
  capHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  bold: boolean;
  /** Glyph of each character the font maps, in code point order. */
  glyphs: ReadonlyMap<number, number>;
  /** Advance width of each glyph, in font units. */
  advances: readonly number[];
}

export function readFontProgram(bytes: Uint8Array, deflated?: Uint8Array): FontProgram {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const count = data.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, data.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`The font has no "${tag}" table: use a TrueType font (.ttf) with outlines and a Unicode cmap.`);
    return offset;
  };

  const head = table('head');
  const hhea = table('hhea');
  const os2 = table('OS/2');
  const post = table('post');
  const glyphCount = data.getUint16(table('maxp') + 4);
  const metricCount = data.getUint16(hhea + 34);
  const hmtx = table('hmtx');
  const advances: number[] = [];
  for (let glyph = 0; glyph < glyphCount; glyph++) {
    // Glyphs past the last metric share its advance (monospaced tails).
    advances.push(data.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1)));
  }

  return {
    bytes,
    deflated,
    postScriptName: postScriptName(data, table('name')),
    unitsPerEm: data.getUint16(head + 18),
    ascender: data.getInt16(os2 + 68),
    descender: data.getInt16(os2 + 70),
    // sCapHeight arrived in OS/2 version 2.
    capHeight: data.getUint16(os2) >= 2 ? data.getInt16(os2 + 88) : data.getInt16(os2 + 68),
    bbox: [data.getInt16(head + 36), data.getInt16(head + 38), data.getInt16(head + 40), data.getInt16(head + 42)],
    italicAngle: data.getInt32(post + 4) / 65536,
    bold: data.getUint16(os2 + 4) >= 600,
    glyphs: unicodeGlyphs(data, table('cmap')),
    advances,
  };
}

/** Name ID 6 from a Windows (UTF-16) or Mac (Roman) record. */
function postScriptName(data: DataView, name: number): string {
  const count = data.getUint16(name + 2);
  const strings = name + data.getUint16(name + 4);
  for (let i = 0; i < count; i++) {
    const record = name + 6 + 12 * i;
    if (data.getUint16(record + 6) !== 6) continue;
    const platform = data.getUint16(record);
    const length = data.getUint16(record + 8);
    const start = strings + data.getUint16(record + 10);
    const units = platform === 3 ? Array.from({ length: length / 2 }, (_, k) => data.getUint16(start + 2 * k)) : Array.from({ length }, (_, k) => data.getUint8(start + k));
    return String.fromCharCode(...units);
  }
  throw new Error('The font has no PostScript name (name ID 6): it cannot be named in a PDF.');
}

/** The Unicode subtable of the cmap: format 12 (full Unicode) if there is one, else format 4 (the Basic Multilingual Plane). */
function unicodeGlyphs(data: DataView, cmap: number): Map<number, number> {
  const count = data.getUint16(cmap + 2);
  const subtables: number[] = [];
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = data.getUint16(record);
    const encoding = data.getUint16(record + 2);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push(cmap + data.getUint32(record + 4));
  }
  const full = subtables.find((offset) => data.getUint16(offset) === 12);
  if (full !== undefined) return format12(data, full);
  const basic = subtables.find((offset) => data.getUint16(offset) === 4);
  if (basic !== undefined) return format4(data, basic);
  throw new Error('The font has no Unicode cmap of format 4 or 12: characters could not be mapped to its glyphs.');
}

function format4(data: DataView, offset: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const segments = data.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const end = data.getUint16(ends + 2 * s);
    const start = data.getUint16(starts + 2 * s);
    const delta = data.getInt16(deltas + 2 * s);
    const rangeOffset = data.getUint16(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = data.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(code, glyph);
    }
  }
  return glyphs;
}

function format12(data: DataView, offset: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const groups = data.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const group = offset + 16 + 12 * g;
    const start = data.getUint32(group);
    const end = data.getUint32(group + 4);
    const first = data.getUint32(group + 8);
    for (let code = start; code <= end; code++) glyphs.set(code, first + code - start);
  }
  return glyphs;
}

/** How wide `text` is set in `font`, in ems (multiply by the font size for points); a character the font lacks counts as its missing glyph. */
export function emWidth(font: FontProgram, text: string): number {
  let units = 0;
  for (const char of text) units += font.advances[font.glyphs.get(char.codePointAt(0) ?? 0) ?? 0] ?? 0;
  return units / font.unitsPerEm;
}

/** The glyph of each character of `text`, or undefined for the first one the font lacks. */
export function glyphsOf(font: FontProgram, text: string): { glyphs: number[]; missing?: string } {
  const glyphs: number[] = [];
  for (const char of text) {
    const glyph = font.glyphs.get(char.codePointAt(0) ?? 0);
    if (glyph === undefined) return { glyphs, missing: char };
    glyphs.push(glyph);
  }
  return { glyphs };
}

/** Glyph numbers as the hex string of a content stream's Tj operand, two bytes each (Identity-H). */
export function glyphHex(glyphs: readonly number[]): string {
  return glyphs.map((glyph) => glyph.toString(16).padStart(4, '0')).join('');
}
