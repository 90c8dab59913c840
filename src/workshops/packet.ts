import { readCatalog, type Catalog } from '../handbook/catalog';
import { contentDir, worksheetsDir } from '../handbook/content-dir';
import { entryBySlug } from '../handbook/entries';
import { siteUrl } from '../handbook/urls';
import { sourceOf, worksheetBySlug, worksheetContextOf } from '../worksheets/entries';
import { loadWorksheetFonts } from '../worksheets/font-files';
import { worksheetContext } from '../worksheets/context';
import type { PaperId } from '../worksheets/paper';
import { isFillable } from '../worksheets/pdf-kind';
import { parseWorksheet } from '../worksheets/parse';
import { assemblePacket, CoverTooLongError, type ContentsLine, type CoverMaker } from '../worksheets/packet-assembly';
import type { PacketSheet } from '../worksheets/render-pdf';
import { blockTimes, workshopLength, type WorkshopEntry } from './entries';

/** Who a packet is for: everyone in the room, or the person running the session. */
export const packetAudiences = ['participant', 'facilitator'] as const;
export type PacketAudience = (typeof packetAudiences)[number];

export const packetLabels: Record<PacketAudience, string> = {
  participant: 'Participant packet',
  facilitator: 'Facilitator packet',
};

/** Where a workshop's packet lives on the site, relative to its base. */
export function packetPath(slug: string, audience: PacketAudience, paper: PaperId): string {
  return `/pdf/workshops/${slug}-${audience}-${paper}.pdf`;
}

/**
 * The worksheets of a packet, in the order the session uses them. The
 * participants get the sheets the blocks hand out; the facilitator gets the
 * guide, the role cards of every scenario used (the customer's brief is not
 * for everyone's eyes), and a copy of each participant sheet.
 */
export async function packetSheetSlugs(entry: WorkshopEntry, audience: PacketAudience): Promise<{ roleCards: string[]; sheets: string[] }> {
  const { agenda } = entry.workshop;
  const used = [...new Set(agenda.flatMap((block) => block.worksheets))];
  const roleCards = await workshopRoleCards(entry);
  const handedOut = used.filter((slug) => !roleCards.includes(slug));
  if (audience === 'facilitator') return { roleCards, sheets: handedOut };
  // Cards to cut out (pocket cards) are printed on card stock and cut before the day: the facilitator's to print, not part of a packet people write in.
  const fillable = await Promise.all(handedOut.map(async (slug) => isFillable((await worksheetBySlug(slug)).sheet)));
  return { roleCards: [], sheets: handedOut.filter((_, index) => fillable[index]) };
}

/** The role cards of every scenario the workshop's blocks use, in order: one set per group of three. */
export async function workshopRoleCards(entry: WorkshopEntry): Promise<string[]> {
  const scenarios = await Promise.all([...new Set(entry.workshop.agenda.flatMap((block) => block.uses))].map(entryBySlug));
  return [...new Set(scenarios.flatMap((scenario) => (scenario.roleCards === undefined ? [] : [scenario.roleCards])))];
}

/**
 * A workshop's packet as one PDF: a cover with its contents, then every part
 * with the packet's page numbers in its footers, one bookmark per part, each
 * part's fields under its own name, and the fonts embedded once.
 */
export async function workshopPacket(entry: WorkshopEntry, audience: PacketAudience, paper: PaperId, site: URL | undefined): Promise<Uint8Array> {
  const fonts = await loadWorksheetFonts();
  const catalog = handbookCatalog();
  const { workshop } = entry;
  const url = (path: string) => (site === undefined ? path : new URL(path, site).href);
  const sources = await Promise.all(workshop.sources.map(sourceOf));
  const related = await Promise.all(workshop.agenda.flatMap((block) => block.uses).slice(0, 3).map(entryBySlug));
  const meta = `**Length:** ${workshopLength(workshop)}  ·  **Group:** ${workshop.people.min}–${workshop.people.max} people`;
  const ownContext = worksheetContext({ url: url(entry.url), related: [], sources });
  const guideContext = { ...ownContext, header: { eyebrow: 'Facilitator’s guide', panel: 'Set up the room', meta } };

  const { roleCards, sheets } = await packetSheetSlugs(entry, audience);
  const parts: PacketSheet[] = [];
  if (audience === 'facilitator') parts.push({ sheet: parseWorksheet(`${entry.slug} (guide)`, guideData(entry, related.map((e) => e.slug)), catalog), context: guideContext, fieldPrefix: 'guide' });
  for (const slug of [...roleCards, ...sheets]) {
    const worksheet = await worksheetBySlug(slug);
    parts.push({ sheet: worksheet.sheet, context: await worksheetContextOf(worksheet, site), fieldPrefix: slug });
  }

  const description = { title: `${workshop.title}: ${packetLabels[audience].toLowerCase()}`, purpose: workshop.summary };
  const cover: CoverMaker = (contents, packetPages) => ({
    sheet: parseWorksheet(`${entry.slug} (cover)`, coverData(entry, audience, contents, related.map((e) => e.slug)), catalog),
    context: { ...ownContext, packetPages, header: { eyebrow: packetLabels[audience], panel: 'About this packet', meta } },
    fieldPrefix: 'cover',
  });
  try {
    return await assemblePacket(description, parts, cover, paper, fonts);
  } catch (error) {
    if (!(error instanceof CoverTooLongError)) throw error;
    throw new Error(`The cover of the ${audience} packet of "${workshop.title}" takes ${error.pages} pages instead of one: shorten the workshop's summary or goals in content/workshops/${entry.slug}.yaml.`);
  }
}

let cachedCatalog: Catalog | undefined;

/** The catalog the cover and the guide are checked against: read from disk once per build, not once per packet. */
function handbookCatalog(): Catalog {
  cachedCatalog ??= readCatalog(contentDir, worksheetsDir);
  return cachedCatalog;
}

/** The cover: the packet's title, a line each for who fills it in and when, what the session is, and its contents with page numbers. */
function coverData(entry: WorkshopEntry, audience: PacketAudience, contents: readonly ContentsLine[], related: string[]): unknown {
  const { workshop } = entry;
  return {
    title: `${workshop.title}: ${packetLabels[audience].toLowerCase()}`.slice(0, 70),
    purpose: workshop.summary.slice(0, 180),
    instructions:
      audience === 'participant'
        ? 'Keep this packet with you through the session. Every sheet can be filled in on paper, or on screen in any PDF reader.'
        : 'Everything you need to run the session: the guide with each block’s script, the role cards to cut out and hand round, and a copy of each participant sheet.',
    minutes: Math.max(1, Math.min(240, workshop.minutes)),
    situations: workshop.situations,
    related: related.length > 0 ? related : ['active-listening'],
    sources: workshop.sources,
    sections: [
      { kind: 'name-date', nameLabel: audience === 'participant' ? 'Name' : 'Trainer', dateLabel: 'Session date' },
      { kind: 'text', heading: 'The session', body: [`For ${lowerFirst(workshop.audience)}. By the end, participants can:`, '', ...workshop.goals.map((goal) => `- ${goal}`)].join('\n') },
      { kind: 'text', heading: 'In this packet', body: contents.map(({ title, page }) => `- ${title}, page ${page}`).join('\n') },
    ],
  };
}

/** "Front-desk staff" as it reads mid-sentence: "for front-desk staff". */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** The facilitator's guide as a sheet: the agenda at a glance, then each block's script, as the guide page shows them. */
function guideData(entry: WorkshopEntry, related: string[]): unknown {
  const { workshop } = entry;
  const times = blockTimes(workshop);
  const list = (title: string, items: readonly string[]) => (items.length === 0 ? [] : ['', `**${title}**`, '', ...items.map((item) => `- ${item}`)]);
  return {
    title: `${workshop.title}: facilitator’s guide`.slice(0, 70),
    purpose: workshop.summary.slice(0, 180),
    instructions: workshop.room,
    minutes: Math.max(1, Math.min(240, workshop.minutes)),
    situations: workshop.situations,
    related: related.length > 0 ? related : ['active-listening'],
    sources: workshop.sources,
    sections: [
      {
        kind: 'table',
        name: 'agenda',
        heading: workshop.format === 'series' ? 'The weeks at a glance' : 'At a glance',
        numbered: false,
        columns: [
          { name: 'time', label: workshop.format === 'series' ? 'Week' : 'Time', width: 1.1 },
          { name: 'block', label: 'Block', width: 4 },
          { name: 'minutes', label: 'Min', width: 0.6 },
        ],
        rows: workshop.agenda.map((block, index) => ({ cells: [times[index]?.label ?? '', block.title, String(block.minutes)] })),
      },
      {
        kind: 'text',
        heading: 'Before the day',
        body: ['**Bring**', '', ...workshop.materials.map((item) => `- ${item}`), '', '**Prepare**', '', ...workshop.preparation.map((item) => `- ${item}`)].join('\n'),
      },
      ...workshop.agenda.map((block, index) => ({
        kind: 'text',
        heading: `${times[index]?.label ?? ''} · ${block.title} (${block.minutes} min)`.slice(0, 120),
        body: [`**Open with:** ${block.open}`, ...list('Ask', block.ask), ...list('Watch for', block.watch), ...list('Debrief', block.debrief), ...list('Keep to time', block.cues)].join('\n'),
      })),
    ],
  };
}

/** The address of a packet, under the site's base. */
export function packetUrl(slug: string, audience: PacketAudience, paper: PaperId): string {
  return siteUrl(packetPath(slug, audience, paper));
}
