import { array, field, oneOf, properties, text } from '../handbook/decode';
import { paperIds, type PaperId } from '../worksheets/paper';
import type { CoverDetails } from './custom-packet';

/*
 * What a trainer has chosen on the "Make a packet" page, as the device keeps
 * it between visits: the sheets in order, the cover's lines and the paper.
 */

export interface PacketChoices extends CoverDetails {
  slugs: string[];
  paper: PaperId;
}

export const choicesKey = 'frontline-handbook:packet-choices';

/** Choices read back from storage; anything unreadable gives undefined, so the page starts empty rather than breaking. */
export function parseChoices(stored: string | null): PacketChoices | undefined {
  if (stored === null) return undefined;
  try {
    const p = properties(JSON.parse(stored), 'choices');
    return {
      slugs: [...new Set(field(p, 'choices', 'slugs', array(text)))],
      title: field(p, 'choices', 'title', text),
      date: field(p, 'choices', 'date', text),
      trainer: field(p, 'choices', 'trainer', text),
      paper: field(p, 'choices', 'paper', oneOf(paperIds)),
    };
  } catch {
    return undefined;
  }
}

/** The list with one item moved by `by` places, kept inside the list. */
export function moved<T>(items: readonly T[], from: number, by: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, from + by));
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** A file name from the packet's title, in any script: "Monday's session" gives "mondays-session-letter.pdf", "Łódź" "łodz-a4.pdf". */
export function packetFileName(title: string, paper: PaperId): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f’']/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem === '' ? 'training-packet' : stem}-${paper}.pdf`;
}
