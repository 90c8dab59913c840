import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWorksheets, worksheetPdf, type WorksheetEntry } from '../../worksheets/entries';
import { paperIds, type PaperId } from '../../worksheets/paper';

// /pdf/<slug>-a4.pdf and /pdf/<slug>-letter.pdf, rendered at build time. A
// folder of their own: _headers gives every page in /worksheets/ its policy
// with one rule, and a PDF must not get a page's policy.
export const getStaticPaths = (async () =>
  (await loadWorksheets()).flatMap((worksheet) =>
    paperIds.map((paper) => ({ params: { slug: worksheet.slug, paper }, props: { worksheet, paper } })),
  )) satisfies GetStaticPaths;

interface Props {
  worksheet: WorksheetEntry;
  paper: PaperId;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const bytes = await worksheetPdf(props.worksheet, props.paper, site);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
