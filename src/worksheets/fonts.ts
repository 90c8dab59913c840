import { Font, FontNames } from '@pdf-lib/standard-fonts';

/** The faces a worksheet uses: Helvetica and its bold and oblique, plus Zapf Dingbats for the scissors. */
export type FontKey = 'regular' | 'bold' | 'italic' | 'dingbats';

/** Each face as one of the PDF standard fonts, which every reader has built in: the PDFs carry no font bytes. */
export const standardFontNames: Record<FontKey, FontNames> = {
  regular: FontNames.Helvetica,
  bold: FontNames.HelveticaBold,
  italic: FontNames.HelveticaOblique,
  dingbats: FontNames.ZapfDingbats,
};

/**
 * How far Helvetica reaches above and below the baseline, as fractions of the
 * font size, from the metrics pdf-lib sets the text with. Its bold and oblique
 * share them, so one pair spaces every line of a sheet.
 */
const body = Font.load(standardFontNames.regular);
export const ascent = emFraction('Ascender');
export const descent = -emFraction('Descender');

/** Font metrics count in thousandths of the font size. */
function emFraction(metric: 'Ascender' | 'Descender'): number {
  const units = body[metric];
  if (typeof units !== 'number') throw new Error(`pdf-lib's metrics for ${body.FontName} have no ${metric}.`);
  return units / 1000;
}
