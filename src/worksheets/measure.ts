import { PDFDocument, type PDFFont } from 'pdf-lib';
import { standardFontNames, type FontKey } from './fonts';

/** Measures text for the layout: width in points of `text` set in `font` at `size`. */
export type Measure = (text: string, font: FontKey, size: number) => number;

/**
 * A measure backed by pdf-lib's font metrics. Widths are cached per word and
 * face at 1 pt, since a sheet measures the same few hundred words many times.
 */
export function measureWith(fonts: Record<FontKey, PDFFont>): Measure {
  const cache = new Map<string, number>();
  return (text, font, size) => {
    const key = `${font}\u0000${text}`;
    let unit = cache.get(key);
    if (unit === undefined) {
      unit = fonts[font].widthOfTextAtSize(text, 1);
      cache.set(key, unit);
    }
    return unit * size;
  };
}

/** Embeds the four standard faces in `doc` (they are referenced, not embedded: no font bytes). */
export async function embedFonts(doc: PDFDocument): Promise<Record<FontKey, PDFFont>> {
  const [regular, bold, italic, dingbats] = await Promise.all([
    doc.embedFont(standardFontNames.regular),
    doc.embedFont(standardFontNames.bold),
    doc.embedFont(standardFontNames.italic),
    doc.embedFont(standardFontNames.dingbats),
  ]);
  return { regular, bold, italic, dingbats };
}

/** A measure for layouts made without rendering (tests, previews). */
export async function standardMeasure(): Promise<Measure> {
  return measureWith(await embedFonts(await PDFDocument.create({ updateMetadata: false })));
}
