import type { APIRoute } from 'astro';
import { entriesOf } from '../handbook/entries';
import { worksheetRecord, type WorksheetSearchRecord } from '../search/worksheet-records';
import { loadWorksheets } from '../worksheets/entries';

// The worksheet PDFs' search records, made from the validated collections
// while the site builds; the index step (src/integrations/pagefind.ts) reads
// this file and removes it from the output.
export const GET: APIRoute = async () => {
  const situations = (await entriesOf('situations')).map((s) => ({ slug: s.slug, label: s.title }));
  const records: WorksheetSearchRecord[] = (await loadWorksheets()).map((w) => worksheetRecord(w.slug, w.sheet, situations));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
