/**
 * Typographic quotes for text that does not pass through Markdown: titles,
 * summaries, first steps, example phrases, worksheet text. MDX bodies get the
 * same from Astro's smart punctuation, so every page shows one style of
 * apostrophe and quote whichever an author typed.
 */
export function typographic(text: string): string {
  return text
    .replace(/\.\.\./g, '…')
    .replace(/(^|[\s([{“‘—–-])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“—–-])'/gu, '$1‘')
    .replace(/'/g, '’');
}
