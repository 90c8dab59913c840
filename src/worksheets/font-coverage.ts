/**
 * Which characters each embedded face carries. The sheet's own text (titles,
 * prompts, labels) is checked against Windows Latin (written out here, so a
 * page's script need not load pdf-lib's encoding tables; a test holds it to
 * them), so its faces stay small;
 * the face for answers also carries the scripts people type in most across
 * Europe and the Americas, since a reader's answer is never checked before it
 * is typed.
 */
export const printedRepertoire: readonly number[] = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  // What Windows Latin puts at 0x80-0x9F: typographic quotes, dashes, the euro and a few letters.
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e,
  0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
];

/** The code points from `from` to `to`, both included. */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Blocks the answer face adds, each with who needs it (kept short: every character costs bytes in every PDF). */
export const answerRanges: ReadonlyArray<{ from: number; to: number; for: string }> = [
  { from: 0x0100, to: 0x017f, for: 'Latin Extended-A: Polish, Czech, Slovak, Hungarian, Turkish, Baltic, Croatian' },
  { from: 0x01a0, to: 0x01a1, for: 'Vietnamese O with horn' },
  { from: 0x01af, to: 0x01b0, for: 'Vietnamese U with horn' },
  { from: 0x0218, to: 0x021b, for: 'Romanian S and T with comma' },
  { from: 0x0300, to: 0x0304, for: 'combining accents, for letters typed as base plus mark' },
  { from: 0x0306, to: 0x0309, for: 'combining breve, dot, diaeresis and hook above (Vietnamese)' },
  { from: 0x0323, to: 0x0323, for: 'combining dot below (Vietnamese)' },
  { from: 0x0370, to: 0x03ff, for: 'Greek' },
  { from: 0x0400, to: 0x04ff, for: 'Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh' },
  { from: 0x1e9e, to: 0x1e9e, for: 'capital sharp S' },
  { from: 0x1ea0, to: 0x1ef9, for: 'Vietnamese letters with tone marks' },
  { from: 0x2000, to: 0x206f, for: 'punctuation: dashes, quotes, ellipsis, bullets' },
  { from: 0x20a0, to: 0x20cf, for: 'currency signs: ₴ ₽ ₺ ₫ ₹' },
  { from: 0x2116, to: 0x2116, for: 'numero sign' },
];

/** Every character the answer face carries. */
export const answerRepertoire: readonly number[] = [
  ...new Set([...printedRepertoire, ...answerRanges.flatMap(({ from, to }) => range(from, to))]),
].sort((a, b) => a - b);

/** What the worksheet page tells a reader about what they can type, in one place. */
export const answerScripts = 'Latin (including Polish, Czech, Turkish and Vietnamese), Greek and Cyrillic';
