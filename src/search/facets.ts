import { channelLabels, collectionLabels, type Channel, type EntryCollection } from '../handbook/collections';

/**
 * The search filters, in one place for the pages that carry them (build),
 * the index's custom records (build) and the search UI (browser). Pagefind
 * stores a filter's value as text, so the value is what readers see; the slug
 * is what the search page's URL carries.
 */
export interface Facet {
  slug: string;
  label: string;
}

/** The meta fields a page gives its result, beyond its title and summary (src/components/SearchFacets.astro writes them). */
export const resultMeta = {
  /** A situation's first step: what to do, before anything else. */
  firstStep: 'first_step',
  /** A worksheet's PDFs: "pdf_" and the paper's id, for each paper. */
  pdfPrefix: 'pdf_',
} as const;

/** Filter names as Pagefind stores them. */
export const filterNames = ['situation', 'type', 'channel'] as const;
export type FilterName = (typeof filterNames)[number];

/** The kinds of result, in the order the site presents them. */
export const searchTypes = [
  { slug: 'situation', label: collectionLabels.situations.singular },
  { slug: 'tool', label: collectionLabels.tools.singular },
  { slug: 'tip', label: collectionLabels.tips.singular },
  { slug: 'case-study', label: collectionLabels['case-studies'].singular },
  { slug: 'scenario', label: collectionLabels.scenarios.singular },
  { slug: 'worksheet', label: 'Worksheet' },
  { slug: 'workshop', label: 'Workshop' },
] as const satisfies readonly Facet[];

export type SearchTypeSlug = (typeof searchTypes)[number]['slug'];

const typeOfCollectionMap: Record<EntryCollection, SearchTypeSlug> = {
  situations: 'situation',
  tools: 'tool',
  tips: 'tip',
  'case-studies': 'case-study',
  scenarios: 'scenario',
};

export function searchTypeOf(kind: EntryCollection | 'worksheets' | 'workshops'): Facet {
  const slug = kind === 'worksheets' ? 'worksheet' : kind === 'workshops' ? 'workshop' : typeOfCollectionMap[kind];
  const found = searchTypes.find((type) => type.slug === slug);
  if (!found) throw new Error(`No search type is defined for "${kind}": add it to searchTypes in src/search/facets.ts.`);
  return found;
}

/** Channels a reader can filter by; "any" is not one of them (see channelFacetsOf). */
export const searchChannels: readonly Facet[] = (['phone', 'in-person', 'written'] as const).map((slug) => ({
  slug,
  label: channelLabels[slug],
}));

/**
 * Advice for any channel applies on the phone, in person and in writing, so it
 * carries all three: filtering by "On the phone" must not hide it.
 */
export function channelFacetsOf(channels: readonly Channel[]): Facet[] {
  if (channels.includes('any')) return [...searchChannels];
  return searchChannels.filter((channel) => channels.some((c) => c === channel.slug));
}
