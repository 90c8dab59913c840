import type { FontProgram } from './sfnt';

/** The faces a worksheet is set in: Arimo regular, bold and italic. */
export type FontKey = 'regular' | 'bold' | 'italic';

/**
 * The three faces as font programs, ready to measure with and embed, and the
 * regular face once more with the scripts people type (`answers`): a sheet
 * with fields sets its regular text in that one, so the file carries one
 * regular face, and a sheet without fields does not carry the scripts.
 */
export type WorksheetFonts = Record<FontKey, FontProgram> & { answers: FontProgram };

/**
 * How far the letters reach above and below the baseline, as fractions of the
 * font size: the top of Arimo's "l" and the bottom of its "p" (1484 and 425
 * of its 2048 units, the same in all three faces). The layout spaces every
 * line with them; a test reads them from the font files.
 */
export const ascent = 1484 / 2048;
export const descent = 425 / 2048;
