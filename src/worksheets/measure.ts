import type { FontKey, WorksheetFonts } from './fonts';
import { emWidth } from './sfnt';

/** Measures text for the layout: width in points of `text` set in `font` at `size`. */
export type Measure = (text: string, font: FontKey, size: number) => number;

/**
 * A measure from the faces' advance widths (no kerning: the PDF sets text
 * without it). Widths are cached per word and face at 1 pt, since a sheet
 * measures the same few hundred words many times.
 */
export function measureWith(fonts: WorksheetFonts): Measure {
  const cache = new Map<string, number>();
  return (text, font, size) => {
    const key = `${font}\u0000${text}`;
    let unit = cache.get(key);
    if (unit === undefined) {
      unit = emWidth(fonts[font], text);
      cache.set(key, unit);
    }
    return unit * size;
  };
}
