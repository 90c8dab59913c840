/**
 * The look of a printed worksheet in one place: colors, type sizes and
 * spacing, in PDF points (1/72 inch).
 */

export type ColorKey = 'ink' | 'muted' | 'accent' | 'accentSoft' | 'headerFill' | 'rule' | 'frame' | 'white';

/** The site's colors, as RGB fractions: the same teal accent and warm greys. */
export const palette: Record<ColorKey, [number, number, number]> = {
  ink: [0.122, 0.137, 0.157],
  muted: [0.333, 0.357, 0.388],
  accent: [0.043, 0.369, 0.42],
  accentSoft: [0.914, 0.953, 0.957],
  headerFill: [0.894, 0.937, 0.941],
  rule: [0.8, 0.82, 0.84],
  frame: [0.54, 0.58, 0.62],
  white: [1, 1, 1],
};

/** Font size of typed answers: set explicitly, or an empty multiline field gets a huge default. */
export const fieldFontSize = 10;

export const margin = { top: 46, side: 50 };

/** The vertical rhythm of a sheet: the room between sections and the height of one handwritten line. */
export interface Spacing {
  sectionGap: number;
  writeLine: number;
}

/** The usual rhythm: a handwritten line of 6 mm. */
export const regularSpacing: Spacing = { sectionGap: 16, writeLine: 17 };
/**
 * A tighter rhythm (lines of 5.3 mm, still roomy for handwriting), used only
 * when it saves a page: a last page holding one question looks like a misprint.
 */
export const compactSpacing: Spacing = { sectionGap: 11, writeLine: 15 };
export const badgeSize = 17;
export const indentAfterBadge = 26;
export const checkSize = 11;
export const cellPadding = { x: 6, y: 5 };

export const type = {
  body: { size: 10, leading: 14 },
  small: { size: 9, leading: 12 },
  cell: { size: 9.5, leading: 12.5 },
  header: { size: 8.5, leading: 11 },
  note: { size: 8.5, leading: 11 },
  prompt: { size: 11, leading: 14.5 },
  footer: { size: 7.5, leading: 9.5 },
};

/** Helvetica's ascender and descender, as fractions of the font size. */
export const ascent = 0.718;
export const descent = 0.207;
