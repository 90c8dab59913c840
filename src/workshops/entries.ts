import { getCollection } from 'astro:content';
import { byOrderThenTitle } from '../handbook/list-order';
import { typographic } from '../handbook/typography';
import { siteUrl } from '../handbook/urls';
import { fillContacts, loadWorkplace } from '../handbook/workplace';
import type { AgendaBlock, Workshop } from './schema';

/** A workshop as the site uses it: its definition, with its text finished, and where its pages are. */
export interface WorkshopEntry {
  slug: string;
  workshop: Workshop;
  /** The facilitator's guide, under Astro's base. */
  url: string;
  /** The one-page "at a glance", under Astro's base. */
  glanceUrl: string;
}

/** Where a workshop's pages live, relative to the site's base. */
export function workshopPath(slug: string): string {
  return `/workshops/${slug}/`;
}

/**
 * The workshop with every text a reader sees passed through `change`: the one
 * place that knows which fields are text, so the pages and the packets get the
 * same typography and the same workplace contacts.
 */
export function mapWorkshopText(workshop: Workshop, change: (text: string) => string): Workshop {
  const block = (b: AgendaBlock): AgendaBlock => ({
    ...b,
    title: change(b.title),
    open: change(b.open),
    ask: b.ask.map(change),
    watch: b.watch.map(change),
    debrief: b.debrief.map(change),
    cues: b.cues.map(change),
  });
  return {
    ...workshop,
    title: change(workshop.title),
    summary: change(workshop.summary),
    audience: change(workshop.audience),
    goals: workshop.goals.map(change),
    room: change(workshop.room),
    materials: workshop.materials.map(change),
    preparation: workshop.preparation.map(change),
    agenda: workshop.agenda.map(block),
  };
}

let loaded: Promise<WorkshopEntry[]> | undefined;

/** Every workshop, in the index's order (by `order`, then title); loaded once per build. */
export function loadWorkshops(): Promise<WorkshopEntry[]> {
  loaded ??= (async () => {
    const workplace = loadWorkplace();
    const entries = (await getCollection('workshops')).map(
      (entry): WorkshopEntry => ({
        slug: entry.id,
        workshop: mapWorkshopText(entry.data, (text) => typographic(fillContacts(text, workplace))),
        url: siteUrl(workshopPath(entry.id)),
        glanceUrl: siteUrl(`${workshopPath(entry.id)}at-a-glance/`),
      }),
    );
    return entries.sort((a, b) => byOrderThenTitle(a.workshop, b.workshop));
  })();
  return loaded;
}

/** When each block starts, in minutes from the start (a session), or which week it is (a series). */
export function blockTimes(workshop: Workshop): Array<{ start: number; end: number; label: string }> {
  let start = 0;
  return workshop.agenda.map((b, index) => {
    const time = { start, end: start + b.minutes, label: workshop.format === 'series' ? `Week ${index + 1}` : `${clock(start)}–${clock(start + b.minutes)}` };
    start += b.minutes;
    return time;
  });
}

/** Minutes from the start as h:mm, as a facilitator reads a clock: 0:00, 0:10, 1:05. */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A length said plainly: "60 minutes", "2 hours", "1 hour 30 minutes". */
export function lengthInWords(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = `${hours} hour${hours === 1 ? '' : 's'}`;
  return rest === 0 ? h : `${h} ${rest} minutes`;
}

/** The static paths of the pages made per workshop (its guide, its page at a glance). */
export async function workshopStaticPaths(): Promise<Array<{ params: { slug: string }; props: { entry: WorkshopEntry } }>> {
  return (await loadWorkshops()).map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

/** A workshop's length as its pages and packets say it: "2 hours", or "6 weeks, 1 hour 30 minutes in all". */
export function workshopLength(workshop: Workshop): string {
  return workshop.format === 'series' ? `${workshop.agenda.length} weeks, ${lengthInWords(workshop.minutes)} in all` : lengthInWords(workshop.minutes);
}
