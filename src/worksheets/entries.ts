import { getCollection, getEntry } from 'astro:content';
import { entriesOf, entryBySlug } from '../handbook/entries';
import { byOrderThenTitle } from '../handbook/list-order';
import { siteUrl } from '../handbook/urls';
import { loadWorkplace } from '../handbook/workplace';
import { worksheetContext, worksheetPath, worksheetPdfPath } from './context';
import type { PaperId } from './paper';
import { loadWorksheetFonts } from './font-files';
import type { WorksheetContext } from './layout';
import { renderWorksheetPdf } from './render-pdf';
import type { Worksheet } from './schema';
import { finishSheet } from './sheet-text';

/** A worksheet as the site uses it: its definition and where its page and files are. */
export interface WorksheetEntry {
  slug: string;
  sheet: Worksheet;
  /** The web page, under Astro's base. */
  url: string;
  /** The two PDFs, under Astro's base. */
  pdf: Record<PaperId, string>;
}

let loaded: Promise<WorksheetEntry[]> | undefined;

/** Every worksheet, in the index's order (by `order`, then title); loaded once per build. */
export function loadWorksheets(): Promise<WorksheetEntry[]> {
  loaded ??= (async () => {
    const workplace = loadWorkplace();
    const entries = (await getCollection('worksheets')).map((entry): WorksheetEntry => ({
      slug: entry.id,
      sheet: finishSheet(entry.data, workplace),
      url: siteUrl(worksheetPath(entry.id)),
      pdf: { a4: siteUrl(worksheetPdfPath(entry.id, 'a4')), letter: siteUrl(worksheetPdfPath(entry.id, 'letter')) } satisfies Record<PaperId, string>,
    }));
    return entries.sort((a, b) => byOrderThenTitle(a.sheet, b.sheet));
  })();
  return loaded;
}

export async function worksheetBySlug(slug: string): Promise<WorksheetEntry> {
  const found = (await loadWorksheets()).find((w) => w.slug === slug);
  if (!found) throw new Error(`No worksheet has the slug "${slug}": check the spelling against the file names in worksheets/.`);
  return found;
}

/** The sheets for running a scenario in training: its role-play sheet and its role cards. */
export async function trainingSheets(): Promise<{ rolePlays: Set<string>; roleCards: Set<string> }> {
  const scenarios = await entriesOf('scenarios');
  const slugs = (pick: (scenario: (typeof scenarios)[number]) => string | undefined) => new Set(scenarios.flatMap((scenario) => pick(scenario) ?? []));
  return { rolePlays: slugs((scenario) => scenario.worksheet), roleCards: slugs((scenario) => scenario.roleCards) };
}

/**
 * The worksheets tagged with a situation, in the index's order, less the role
 * cards: those are for the trainer running a scenario, reached from its page,
 * not what someone in the moment is looking for.
 */
export async function worksheetsFor(situation: string): Promise<WorksheetEntry[]> {
  const { roleCards } = await trainingSheets();
  return (await loadWorksheets()).filter((w) => w.sheet.situations.includes(situation) && !roleCards.has(w.slug));
}

const pdfs = new Map<string, Promise<Uint8Array>>();

/**
 * The PDF of a worksheet on one paper size. Rendered once per build and kept,
 * since both the endpoint and the page (for the file size) ask for it.
 */
export function worksheetPdf(worksheet: WorksheetEntry, paper: PaperId, site: URL | undefined): Promise<Uint8Array> {
  const key = `${worksheet.slug}-${paper}`;
  let pdf = pdfs.get(key);
  if (pdf === undefined) {
    pdf = (async () => renderWorksheetPdf(worksheet.sheet, paper, await worksheetContextOf(worksheet, site), await loadWorksheetFonts()))();
    pdfs.set(key, pdf);
  }
  return pdf;
}

/** What a worksheet prints besides its definition (footer address, "Goes with", credits), from the entries and sources it names. */
export async function worksheetContextOf(worksheet: WorksheetEntry, site: URL | undefined): Promise<WorksheetContext> {
  const related = await Promise.all(worksheet.sheet.related.map(entryBySlug));
  const sources = await Promise.all(worksheet.sheet.sources.map(sourceOf));
  const url = site === undefined ? worksheet.url : new URL(worksheet.url, site).href;
  return worksheetContext({ url, related, sources });
}

/** A source's title and origin, as credits print them. */
export async function sourceOf(key: string): Promise<{ title: string; origin: string }> {
  const source = await getEntry('sources', key);
  if (!source) throw new Error(`Unknown source "${key}": define it in content/sources.yaml.`);
  return source.data;
}
