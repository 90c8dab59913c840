import type { FontProgram } from './sfnt';

/** The faces a worksheet is set in: Arimo regular, bold and italic. */
export type FontKey = 'regular' | 'bold' | 'italic';

/** The three faces as font programs, ready to measure with and embed. */
export type WorksheetFonts = Record<FontKey, FontProgram>;

/**
 * How far the faces reach above and below the baseline, as fractions of the
 * font size: Arimo's typographic ascender and descender (1491 and 431 of its
 * 2048 units, the same in all three faces). The layout spaces every line with
 * them; a test reads them from the font files.
 */
export const ascent = 1491 / 2048;
export const descent = 431 / 2048;
