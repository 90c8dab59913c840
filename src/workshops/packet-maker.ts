import { field, properties } from '../handbook/decode';
import { siteUrl } from '../handbook/urls';
import type { WorksheetFonts } from '../worksheets/fonts';
import { assemblePacket, CoverTooLongError } from '../worksheets/packet-assembly';
import type { PaperId } from '../worksheets/paper';
import type { PacketSheet } from '../worksheets/render-pdf';
import { readFontProgram } from '../worksheets/sfnt';
import { worksheetContextFromJson, worksheetFromJson } from '../worksheets/sheet-decode';
import { customCover, customPacketDescription, type CoverDetails } from './custom-packet';
import { kitFontPath, kitPath, type KitFace } from './kit-files';

/*
 * Makes a packet on the reader's device, loaded by the "Make a packet" page
 * as soon as it opens (pdf-lib and the faces are large): after that, nothing
 * is fetched, so a packet can be made offline, and nothing is ever sent.
 */

/** Every sheet a packet can hold, by slug, and the faces to set them in. */
export interface PacketKit {
  sheets: ReadonlyMap<string, Omit<PacketSheet, 'fieldPrefix'>>;
  fonts: WorksheetFonts;
}

/** Fetches and reads the sheets' definitions and the four faces, failing with a sentence a reader can act on. */
export async function loadPacketKit(): Promise<PacketKit> {
  const face = async (key: KitFace) => {
    const bytes = new Uint8Array(await fetchFile(siteUrl(kitFontPath(key))));
    return readFontProgram(bytes, await deflate(bytes));
  };
  const [kit, bold, italic, answers] = await Promise.all([fetchFile(siteUrl(kitPath)), face('bold'), face('italic'), face('answers')]);
  // One regular face for the sheets' text and the answers alike: a packet embeds it once either way.
  const fonts: WorksheetFonts = { regular: answers, bold, italic, answers };
  const json: unknown = JSON.parse(new TextDecoder().decode(kit));
  const sheets = new Map<string, Omit<PacketSheet, 'fieldPrefix'>>();
  for (const [slug, value] of properties(field(properties(json, 'kit'), 'kit', 'sheets', (v) => v), 'kit.sheets')) {
    const part = properties(value, `kit.sheets.${slug}`);
    sheets.set(slug, { sheet: field(part, slug, 'sheet', worksheetFromJson), context: field(part, slug, 'context', worksheetContextFromJson) });
  }
  return { sheets, fonts };
}

/** The browser's own compressor, many times faster than pdf-lib's: for the faces (most of a packet's bytes) and the pages' content. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes.slice()]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer());
}

async function fetchFile(url: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('You seem to be offline, and this page had not finished loading what it needs to make a packet. Your choices are kept; try again when you are back online.');
  }
  if (!response.ok) throw new Error(`This page could not load what it needs to make a packet (the site answered ${response.status} for ${url}). Your choices are kept; reload the page to try again.`);
  return response.arrayBuffer();
}

/**
 * The packet: a cover with what the trainer typed and the contents, then the
 * chosen sheets in the chosen order, each under its own field names.
 */
export async function makePacket(
  kit: PacketKit,
  chosen: { slugs: readonly string[]; roleCards: boolean },
  details: CoverDetails,
  paper: PaperId,
  pageUrl: string,
): Promise<Uint8Array> {
  const { slugs } = chosen;
  const parts = slugs.map((slug): PacketSheet => {
    const part = kit.sheets.get(slug);
    if (part === undefined) throw new Error(`“${slug}” is no longer in the handbook. Remove it from the packet and try again.`);
    return { ...part, fieldPrefix: slug };
  });
  try {
    return await assemblePacket(customPacketDescription(details), parts, customCover(details, parts, pageUrl, chosen.roleCards), paper, kit.fonts, { deflate });
  } catch (error) {
    if (!(error instanceof CoverTooLongError)) throw error;
    throw new Error(`The cover’s contents don’t fit on one page with ${parts.length} sheets and this title. Shorten the title, or split the sheets into two packets.`);
  }
}
