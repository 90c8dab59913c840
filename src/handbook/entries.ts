import { getCollection, type CollectionEntry } from 'astro:content';
import { entryCollections, taggedCollections, type Channel, type EntryCollection, type TaggedCollection } from './collections';
import { checkHandbook } from './check-handbook';
import { contentDir, workplaceFile, worksheetsDir } from './content-dir';
import { HandbookProblems } from './errors';
import { byOrderThenTitle } from './list-order';
import { typographic } from './typography';
import { entryPath, siteUrl } from './urls';

/** One page of the handbook, whatever its kind, with the fields every page shows. */
export interface HandbookEntry {
  collection: EntryCollection;
  slug: string;
  title: string;
  summary: string;
  /** Situation slugs; a situation page lists itself. */
  situations: string[];
  channels: Channel[];
  related: string[];
  sources: string[];
  featured: boolean;
  order: number | undefined;
  worksheet: string | undefined;
  /** A scenario's role cards (a worksheet). */
  roleCards: string | undefined;
  /** What on the page is the handbook's own general advice rather than its sources'. */
  generalAdvice: string | undefined;
  url: string;
  source: CollectionEntry<EntryCollection>;
}

function toHandbookEntry(source: CollectionEntry<EntryCollection>): HandbookEntry {
  const { data } = source;
  return {
    collection: source.collection,
    slug: source.id,
    title: typographic(data.title),
    summary: typographic(data.summary),
    situations: 'situations' in data ? data.situations : [source.id],
    channels: data.channels,
    related: 'related' in data ? data.related : [],
    sources: data.sources,
    featured: data.featured,
    order: data.order,
    worksheet: 'worksheet' in data ? data.worksheet : undefined,
    roleCards: 'roleCards' in data ? data.roleCards : undefined,
    generalAdvice: data.generalAdvice === undefined ? undefined : typographic(data.generalAdvice),
    url: siteUrl(entryPath(source.collection, source.id)),
    source,
  };
}

let loaded: Promise<Map<EntryCollection, HandbookEntry[]>> | undefined;

/** Every entry, grouped by collection and sorted; loaded once per build. */
export function loadHandbook(): Promise<Map<EntryCollection, HandbookEntry[]>> {
  loaded ??= (async () => {
    // Under astro dev a bad file leaves its collection empty instead of
    // stopping the server: show the checker's list on the page instead of a
    // handbook with pages missing. (A build has stopped before this point.)
    if (import.meta.env.DEV) {
      const { problems } = checkHandbook({ contentDir, worksheetsDir, workplaceFile });
      if (problems.length > 0) throw new HandbookProblems(problems);
    }
    const groups = new Map<EntryCollection, HandbookEntry[]>();
    for (const collection of entryCollections) {
      const entries = await getCollection(collection);
      groups.set(collection, entries.map(toHandbookEntry).sort(byOrderThenTitle));
    }
    return groups;
  })();
  return loaded;
}

export async function entriesOf(collection: EntryCollection): Promise<HandbookEntry[]> {
  return (await loadHandbook()).get(collection) ?? [];
}

export async function allEntries(): Promise<HandbookEntry[]> {
  return [...(await loadHandbook()).values()].flat();
}

/** Looks an entry up by slug; slugs are unique across the handbook (the catalog enforces it). */
export async function entryBySlug(slug: string): Promise<HandbookEntry> {
  const found = (await allEntries()).find((entry) => entry.slug === slug);
  if (!found) throw new Error(`No handbook entry has the slug "${slug}": check the spelling against the file names in content/.`);
  return found;
}

/** The entries tagged with a situation, grouped by kind, in the site's order. */
export async function taggedWith(situation: string): Promise<Array<[TaggedCollection, HandbookEntry[]]>> {
  const groups: Array<[TaggedCollection, HandbookEntry[]]> = [];
  for (const collection of taggedCollections) {
    const entries = (await entriesOf(collection)).filter((entry) => entry.situations.includes(situation));
    if (entries.length > 0) groups.push([collection, entries]);
  }
  return groups;
}

/** The entries before and after this one in its collection's order. */
export async function neighbours(entry: HandbookEntry): Promise<{ previous?: HandbookEntry; next?: HandbookEntry }> {
  const siblings = await entriesOf(entry.collection);
  const index = siblings.findIndex((sibling) => sibling.slug === entry.slug);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** The personal-safety situation, if the handbook has one. */
export async function safetySituation(): Promise<HandbookEntry | undefined> {
  return (await entriesOf('situations')).find(
    (entry) => entry.source.collection === 'situations' && entry.source.data.safety,
  );
}
