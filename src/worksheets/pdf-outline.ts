import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';

/** One bookmark: a title, and the page it opens at. */
export interface Bookmark {
  title: string;
  page: PDFRef;
}

/**
 * The document's bookmarks (its outline), one level deep, and a viewer
 * opening with them shown: a packet's parts, each at its first page.
 */
export function addBookmarks(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const { context } = doc;
  const outline = context.nextRef();
  const refs = bookmarks.map(() => context.nextRef());
  bookmarks.forEach(({ title, page }, index) => {
    const item = context.obj({
      Title: PDFHexString.fromText(title),
      Parent: outline,
      Dest: [page, PDFName.of('Fit')],
    });
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous !== undefined) item.set(PDFName.of('Prev'), previous);
    if (next !== undefined) item.set(PDFName.of('Next'), next);
    const ref = refs[index];
    if (ref !== undefined) context.assign(ref, item);
  });
  const [first] = refs;
  const last = refs[refs.length - 1];
  if (first === undefined || last === undefined) return;
  context.assign(outline, context.obj({ Type: 'Outlines', First: first, Last: last, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), outline);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
