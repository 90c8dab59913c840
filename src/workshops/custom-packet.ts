import { overlongWord, textLimits } from '../handbook/text-lengths';
import type { WorksheetContext } from '../worksheets/layout';
import type { CoverMaker } from '../worksheets/packet-assembly';
import type { PdfDescription } from '../worksheets/render-pdf';
import type { Worksheet } from '../worksheets/schema';
import { answerRepertoire, answerScripts } from '../worksheets/font-coverage';

/*
 * The cover of a packet a trainer puts together on the "Make a packet" page:
 * what they typed (a title, a date, their name), then the packet's contents.
 * Pure, so the page makes it in the browser and the tests make it in Node.
 */

/** What the trainer types for the cover. Each may be left empty. */
export interface CoverDetails {
  title: string;
  date: string;
  trainer: string;
}

export type CoverField = keyof CoverDetails;

/** How many characters each line of the cover takes: the title as a worksheet's, the others one line of the header. */
export const coverLengths: Record<CoverField, number> = { title: textLimits.titleLength, date: 40, trainer: 60 };

/** The title a packet gets when the trainer leaves it empty. */
export const defaultPacketTitle = 'Training packet';

/** Every character the cover's faces carry: the scripts people type, as in the sheets' answers. */
const coverRepertoire = new Set(answerRepertoire);

/** What the cover's labels call each typed line, in messages. */
const fieldNames: Record<CoverField, string> = { title: 'title', date: 'date', trainer: 'trainer’s name' };

/**
 * Typed text as the cover prints it: one line, spaces collapsed, and no `**`
 * (which the sheets' text reads as bold).
 */
export function coverText(typed: string, field: CoverField): string {
  return typed.replace(/\*{2,}/g, '*').replace(/\s+/g, ' ').trim().slice(0, coverLengths[field]);
}

/**
 * Why a typed line cannot print as typed, if it cannot: a character the
 * cover's faces do not carry (an emoji, Chinese), or a word too long to wrap. Said in the page's
 * words, with what to do instead.
 */
export function coverProblem(typed: string, field: CoverField): string | undefined {
  const text = coverText(typed, field);
  const char = [...text].find((c) => !coverRepertoire.has(c.codePointAt(0) ?? 0));
  if (char !== undefined) {
    return `The cover can’t print “${char}” in the ${fieldNames[field]}: its lettering covers ${answerScripts}. Write it another way, or leave it out.`;
  }
  const word = overlongWord(text);
  if (word !== undefined) return `“${word.slice(0, 20)}…” is too long to fit a line of the cover. Break it up with spaces.`;
  return undefined;
}

/** What the packet's PDF says it is, in a viewer's title bar and its properties. */
export function customPacketDescription(details: CoverDetails): PdfDescription {
  return { title: coverText(details.title, 'title') || defaultPacketTitle, purpose: 'Worksheets and role cards for a training session, put together from the Frontline Handbook.' };
}

/**
 * The cover: the typed title; the trainer and the date in the line under it;
 * lines for each participant's name and team; and the contents with the
 * page each part starts on. Its footer points to the page the packet was
 * made on and credits every source the parts credit. With role cards in it,
 * the packet is the trainer's, and the cover says how to hand the cards out.
 */
export function customCover(details: CoverDetails, parts: ReadonlyArray<{ context: WorksheetContext }>, pageUrl: string, withRoleCards: boolean): CoverMaker {
  const { title, purpose } = customPacketDescription(details);
  const date = coverText(details.date, 'date');
  const trainer = coverText(details.trainer, 'trainer');
  const meta = [trainer === '' ? undefined : `**Trainer:** ${trainer}`, date === '' ? undefined : `**Date:** ${date}`, `**Sheets:** ${parts.length}`];
  const credits = [...new Set(parts.flatMap(({ context }) => context.credits))];
  return (contents, packetPages) => {
    const sheet: Worksheet = {
      title,
      purpose,
      instructions: withRoleCards
        ? 'Everything for the session, role cards included: cut the cards apart and hand each person only their own, since the customer’s brief is not for everyone’s eyes. Every sheet can be filled in on paper, or on screen in any PDF reader.'
        : 'Keep this packet with you through the session. Every sheet can be filled in on paper, or on screen in any PDF reader.',
      minutes: 1,
      situations: [],
      related: [],
      sources: [],
      order: undefined,
      sections: [
        { kind: 'name-date', name: 'participant', nameLabel: 'Name', dateLabel: 'Team or site' },
        { kind: 'text', heading: 'In this packet', body: contents.map((line) => `- ${line.title}, page ${line.page}`).join('\n') },
      ],
    };
    const context: WorksheetContext = {
      url: pageUrl,
      relatedTitles: [],
      credits,
      packetPages,
      header: { eyebrow: 'Training packet', panel: 'About this packet', meta: meta.filter((line) => line !== undefined).join('  ·  ') },
    };
    return { sheet, context, fieldPrefix: 'cover' };
  };
}
