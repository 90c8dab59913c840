/**
 * The look of a printed worksheet in one place: colours, type sizes and
 * spacing, in PDF points (1/72 inch).
 */

import { printColors, screenColors, type Hex } from '../styles/palette';

export type ColorKey = 'ink' | 'muted' | 'accent' | 'accentSoft' | 'headerFill' | 'rule' | 'frame' | 'white';

/** A colour as PDF operators take it: red, green and blue from 0 to 1. */
export type RgbFractions = [number, number, number];

/**
 * The sheet's colours, all from the site's palette: text in the light theme's
 * ink and grey, fills and frames in the colours a worksheet page keeps when
 * printed from the browser, so the two printouts match.
 */
export const palette: Record<ColorKey, RgbFractions> = {
  ink: rgbFractions(screenColors.text.light),
  muted: rgbFractions(screenColors['text-muted'].light),
  accent: rgbFractions(printColors.accent),
  accentSoft: rgbFractions(printColors['accent-soft']),
  headerFill: rgbFractions(printColors['header-fill']),
  rule: rgbFractions(printColors.hairline),
  frame: rgbFractions(printColors.frame),
  white: rgbFractions(printColors.paper),
};

/**
 * A palette colour as PDF operators take it. Three decimals are finer than
 * the 1/255 steps of a screen or printer, so no colour changes, and they keep
 * the numbers short in every page and every field's appearance.
 */
export function rgbFractions(color: Hex): RgbFractions {
  const digits = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!digits) throw new Error(`The palette colour ${color} is not six hex digits: write it as #rrggbb in src/styles/palette.ts.`);
  const [, red = '', green = '', blue = ''] = digits;
  const fraction = (channel: string) => Math.round((Number.parseInt(channel, 16) / 255) * 1000) / 1000;
  return [fraction(red), fraction(green), fraction(blue)];
}

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
