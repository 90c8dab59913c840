import { Encodings } from '@pdf-lib/standard-fonts';

/**
 * Which characters each embedded face carries. The sheet's own text (titles,
 * prompts, labels) is checked against Windows Latin, so its faces stay small;
 * the face for answers also carries the scripts people type in most across
 * Europe and the Americas, since a reader's answer is never checked before it
 * is typed.
 */
export const printedRepertoire: readonly number[] = Encodings.WinAnsi.supportedCodePoints.filter((code) => code >= 0x20);

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
  ...new Set([...printedRepertoire, ...answerRanges.flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, i) => from + i))]),
].sort((a, b) => a - b);

/** What the worksheet page tells a reader about what they can type, in one place. */
export const answerScripts = 'Latin (including Polish, Czech, Turkish and Vietnamese), Greek and Cyrillic';
