/**
 * How many result cards each surface draws before it paints: what its first
 * screen shows. Each card's text is a download, so these also set what a first
 * search costs; the rest load later. tests/bench/search.mjs measures what
 * Pagefind alone downloads for the dialog's first screenful.
 */
export const dialogFirstScreenful = 4;
export const pageFirstScreenful = 5;
