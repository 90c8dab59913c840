import { describe, expect, it } from 'vitest';
import { printedRepertoire } from '../../src/worksheets/font-coverage';
import { loadWorksheetFonts } from '../../src/worksheets/font-files';
import { ascent, descent } from '../../src/worksheets/fonts';
import type { FontProgram } from '../../src/worksheets/sfnt';

/** The top and bottom of one glyph's outline, read from the font's loca and glyf tables, in font units. */
function glyphReach(font: FontProgram, char: string): { top: number; bottom: number } {
  const data = new DataView(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0; i < data.getUint16(4); i++) {
    const record = 12 + 16 * i;
    tables.set(String.fromCharCode(...font.bytes.subarray(record, record + 4)), data.getUint32(record + 8));
  }
  const [head = 0, loca = 0, glyf = 0] = ['head', 'loca', 'glyf'].map((tag) => tables.get(tag) ?? 0);
  const glyph = font.glyphs.get(char.codePointAt(0) ?? 0) ?? 0;
  const longOffsets = data.getInt16(head + 50) === 1;
  const offset = longOffsets ? data.getUint32(loca + 4 * glyph) : 2 * data.getUint16(loca + 2 * glyph);
  return { top: data.getInt16(glyf + offset + 8), bottom: data.getInt16(glyf + offset + 4) };
}

describe('the worksheet faces', async () => {
  const fonts = await loadWorksheetFonts();
  const faces: Array<[string, FontProgram]> = Object.entries(fonts);

  it.each(faces)('%s spaces lines by how far its letters reach: "l" up to the ascent, "p" down to the descent', (_, font) => {
    const l = glyphReach(font, 'l');
    const p = glyphReach(font, 'p');
    expect(l.top / font.unitsPerEm).toBeCloseTo(ascent, 3);
    expect(-p.bottom / font.unitsPerEm).toBeCloseTo(descent, 3);
  });

  it.each(faces)('%s carries every character a sheet may print', (_, font) => {
    expect(printedRepertoire.filter((code) => !font.glyphs.has(code)).map((code) => String.fromCodePoint(code))).toEqual([]);
  });

  it('the answer face carries the scripts people type, and no more than it must', () => {
    for (const text of ['Łódź żółć', 'Příliš žluťoučký kůň', 'Iğdır şeker', 'Tiếng Việt', 'Ελληνικά', 'Київ, Ёлка', 'Șțâ']) {
      expect([...text].filter((char) => !fonts.answers.glyphs.has(char.codePointAt(0) ?? 0)), text).toEqual([]);
    }
    expect(fonts.answers.glyphs.has('中'.codePointAt(0) ?? 0)).toBe(false);
    for (const face of [fonts.regular, fonts.bold, fonts.italic]) expect(face.glyphs.has('Ł'.codePointAt(0) ?? 0)).toBe(false);
  });
});

describe('the printed repertoire', () => {
  it('is Windows Latin, as pdf-lib encodes it', async () => {
    const { Encodings } = await import('@pdf-lib/standard-fonts');
    const sorted = (codes: readonly number[]) => [...codes].sort((a, b) => a - b);
    expect(sorted(printedRepertoire)).toEqual(sorted(Encodings.WinAnsi.supportedCodePoints.filter((code) => code >= 0x20)));
  });
});
