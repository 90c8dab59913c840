import { z } from 'astro/zod';
import { worksheetPdfPath } from '../worksheets/context';
import { defaultPaper, paperIds, papers } from '../worksheets/paper';
import { isFillable } from '../worksheets/pdf-kind';
import type { Worksheet } from '../worksheets/schema';
import { searchChannels, searchTypeOf, type Facet } from './facets';

/**
 * A search record for a worksheet's PDFs, in the shape Pagefind's
 * `addCustomRecord` takes. Pagefind cannot read PDFs, so the words come from
 * the worksheet's validated definition: the record matches what the sheet says.
 */
export const worksheetSearchRecord = z.strictObject({
  url: z.string(),
  language: z.string(),
  content: z.string(),
  meta: z.record(z.string(), z.string()),
  filters: z.record(z.string(), z.array(z.string())),
});
export type WorksheetSearchRecord = z.infer<typeof worksheetSearchRecord>;
export const worksheetSearchRecords = z.array(worksheetSearchRecord);

/**
 * Where the build leaves the records for the index step, relative to the
 * output folder. The index step reads the file and deletes it: it is an
 * intermediate, not part of the site.
 */
export const worksheetRecordsFile = 'worksheet-search-records.json';

/**
 * One record per worksheet, pointing at the reader's default paper and
 * carrying the other size as meta. `sheet` is the finished definition (quotes
 * and the workplace's contacts filled in), as the PDF prints it.
 */
export function worksheetRecord(slug: string, sheet: Worksheet, situations: readonly Facet[]): WorksheetSearchRecord {
  const type = searchTypeOf('worksheets').label;
  const meta: Record<string, string> = {
    // Not "title": Pagefind boosts title matches, and the worksheet's page
    // (which has the same title) should come before its PDF.
    name: `${sheet.title} (PDF)`,
    type: `${type} (PDF)`,
    summary: sheet.purpose,
    paper: papers[defaultPaper].label,
  };
  for (const other of paperIds.filter((paper) => paper !== defaultPaper)) {
    meta['other_url'] = worksheetPdfPath(slug, other);
    meta['other_paper'] = papers[other].label;
  }
  return {
    url: worksheetPdfPath(slug, defaultPaper),
    language: 'en',
    content: [sheet.title, sheet.purpose, isFillable(sheet) ? 'Printable, fillable PDF worksheet.' : 'Printable PDF sheet.', sheet.instructions, ...proseOf(sheet.sections)].join('\n'),
    meta,
    filters: {
      type: [type],
      situation: situations.filter((s) => sheet.situations.includes(s.slug)).map((s) => s.label),
      channel: searchChannels.map((channel) => channel.label),
    },
  };
}

/**
 * Every sentence-like string in the sections (questions, hints, column
 * headings), without identifiers such as field names.
 */
function proseOf(data: unknown): string[] {
  // Definitions mark emphasis with Markdown asterisks; the index wants the words.
  if (typeof data === 'string') return /\s/.test(data.trim()) ? [data.replaceAll('**', '').trim()] : [];
  if (Array.isArray(data)) return data.flatMap(proseOf);
  if (typeof data === 'object' && data !== null) return Object.values(data).flatMap(proseOf);
  return [];
}
