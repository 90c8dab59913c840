import { loadWorksheets, trainingSheets, worksheetContextOf, type WorksheetEntry } from '../worksheets/entries';
import { answerRepertoire } from '../worksheets/font-coverage';
import { cutFace, loadWorksheetFonts } from '../worksheets/font-files';
import type { WorksheetContext } from '../worksheets/layout';
import type { PaperId } from '../worksheets/paper';
import { pageCount } from '../worksheets/render-pdf';
import type { Worksheet } from '../worksheets/schema';
import type { KitFace } from './kit-files';

export { kitFaces, type KitFace } from './kit-files';

/*
 * What the "Make a packet" page needs to make a packet on the reader's
 * device: every sheet as the build finished it (with its footer's address
 * and credits), and the faces the build's PDFs are set in, as files. The
 * page fetches them once, as soon as it loads, so it works offline after.
 */

/**
 * A face's file: the italic and the answers' face as the build's PDFs embed
 * them (cut once, for both), and the bold cut again with the scripts people
 * type, since a trainer's cover may be in any of them.
 */
export async function kitFont(face: KitFace): Promise<Uint8Array> {
  return face === 'bold' ? cutFace('bold', answerRepertoire) : (await loadWorksheetFonts())[face].bytes;
}

/** A sheet the page offers: what its list shows, and what the packet is made from. */
export interface KitSheet {
  slug: string;
  kind: 'worksheet' | 'role-cards';
  /** Its page, under the site's base. */
  url: string;
  pages: Record<PaperId, number>;
  sheet: Worksheet;
  context: WorksheetContext;
}

let loaded: Promise<KitSheet[]> | undefined;

/** Every worksheet and set of role cards, in the index's order, with the worksheets first. */
export function kitSheets(site: URL | undefined): Promise<KitSheet[]> {
  loaded ??= (async () => {
    const fonts = await loadWorksheetFonts();
    const { roleCards } = await trainingSheets();
    const sheet = async (worksheet: WorksheetEntry): Promise<KitSheet> => {
      const context = await worksheetContextOf(worksheet, site);
      const pages = (paper: PaperId) => pageCount(worksheet.sheet, paper, context, fonts);
      return {
        slug: worksheet.slug,
        kind: roleCards.has(worksheet.slug) ? 'role-cards' : 'worksheet',
        url: worksheet.url,
        pages: { a4: pages('a4'), letter: pages('letter') },
        sheet: worksheet.sheet,
        context,
      };
    };
    const all = await Promise.all((await loadWorksheets()).map(sheet));
    return [...all.filter((s) => s.kind === 'worksheet'), ...all.filter((s) => s.kind === 'role-cards')];
  })();
  return loaded;
}

/** The file the page reads: each sheet's definition and context by slug (the list itself is in the page). */
export async function packetKitJson(site: URL | undefined): Promise<string> {
  const sheets = await kitSheets(site);
  return JSON.stringify({ sheets: Object.fromEntries(sheets.map(({ slug, sheet, context }) => [slug, { sheet, context }])) });
}
