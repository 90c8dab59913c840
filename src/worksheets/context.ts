import type { PaperId } from './paper';
import type { WorksheetContext } from './layout';

/** How a source is credited in a worksheet's footer; the same words as the site's "Where this comes from". */
export function creditLine(source: { title: string; origin: string }): string {
  return `${source.title}, ${source.origin}`;
}

/** What a sheet prints besides its definition, from the entries and sources it names. */
export function worksheetContext(input: {
  url: string;
  related: ReadonlyArray<{ title: string }>;
  sources: ReadonlyArray<{ title: string; origin: string }>;
}): WorksheetContext {
  return {
    url: input.url,
    relatedTitles: input.related.map((entry) => entry.title),
    credits: input.sources.map(creditLine),
  };
}

/** Where a worksheet's files live on the site, relative to its base. */
export function worksheetPath(slug: string): string {
  return `/worksheets/${slug}/`;
}

export function worksheetPdfPath(slug: string, paper: PaperId): string {
  return `/pdf/${slug}-${paper}.pdf`;
}
