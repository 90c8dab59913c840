import type { Engine, FilterCounts, SearchHit } from './engine';
import { filterNames, type FilterName } from './facets';

/**
 * What the page needs to filter and count without asking Pagefind again: the
 * filter values of every page, and every page in the site's order. Read once,
 * with one filter-only search per value (a few milliseconds in all).
 */
export interface IndexFacts {
  valuesOf: Map<string, Record<FilterName, Set<string>>>;
  inSiteOrder: SearchHit[];
}

let facts: Promise<IndexFacts> | undefined;

export function readFacts(search: Engine): Promise<IndexFacts> {
  facts ??= (async () => {
    const totals = await search.filters();
    const valuesOf = new Map<string, Record<FilterName, Set<string>>>();
    for (const name of filterNames) {
      for (const value of Object.keys(totals[name] ?? {})) {
        const { results } = await search.search(null, { filters: { [name]: { any: [value] } } });
        for (const hit of results) {
          const values = valuesOf.get(hit.id) ?? { situation: new Set<string>(), type: new Set<string>(), channel: new Set<string>() };
          values[name].add(value);
          valuesOf.set(hit.id, values);
        }
      }
    }
    // Pages without a place in the site's order (worksheets and their PDFs) follow the others.
    const ranked = (await search.search(null, { sort: { order: 'asc' } })).results;
    const rankedIds = new Set(ranked.map((hit) => hit.id));
    const rest = (await search.search(null)).results.filter((hit) => !rankedIds.has(hit.id));
    return { valuesOf, inSiteOrder: [...ranked, ...rest] };
  })();
  return facts;
}

/** Values of one filter combine with "or"; filters combine with "and". `except` leaves one filter out. */
export function matches(known: IndexFacts, hit: SearchHit, labels: Record<FilterName, string[]>, except?: FilterName): boolean {
  const values = known.valuesOf.get(hit.id);
  return filterNames.every(
    (name) => name === except || labels[name].length === 0 || labels[name].some((label) => values?.[name].has(label) === true),
  );
}

/**
 * Counts for each filter value: what the reader would get by also ticking it.
 * A filter's own selection is left out when counting its values (they combine
 * with "or"); the other filters still apply.
 */
export function facetCounts(known: IndexFacts, found: readonly SearchHit[], labels: Record<FilterName, string[]>): FilterCounts {
  const counts: FilterCounts = { situation: {}, type: {}, channel: {} };
  for (const name of filterNames) {
    const tally: Record<string, number> = {};
    for (const hit of found) {
      if (!matches(known, hit, labels, name)) continue;
      for (const value of known.valuesOf.get(hit.id)?.[name] ?? []) tally[value] = (tally[value] ?? 0) + 1;
    }
    counts[name] = tally;
  }
  return counts;
}
