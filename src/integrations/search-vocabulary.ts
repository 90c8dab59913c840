import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { slugOf } from '../handbook/catalog';
import { splitFrontMatter } from '../handbook/front-matter';
import { typographic } from '../handbook/typography';
import type { Facet } from '../search/facets';
import type { SearchPin } from '../search/query';

/**
 * The situations as the search UI offers them (slug and title, in the home
 * page's order). Read from the files, because the search client is bundled
 * outside Astro's content layer; Astro's schemas have already checked them by
 * the time anyone searches.
 */
export function readSituationFacets(contentDir: string): Facet[] {
  const folder = join(contentDir, 'situations');
  if (!existsSync(folder)) return [];
  const situations: Array<Facet & { order: number }> = [];
  for (const name of readdirSync(folder).sort()) {
    const slug = slugOf(name);
    if (slug === undefined) continue;
    const { data } = splitFrontMatter(readFileSync(join(folder, name), 'utf8'));
    const title = fieldOf(data, 'title');
    const order = fieldOf(data, 'order');
    situations.push({
      slug,
      label: typeof title === 'string' && title.trim() !== '' ? typographic(title.trim()) : slug,
      order: typeof order === 'number' ? order : Number.POSITIVE_INFINITY,
    });
  }
  return situations
    .sort((a, b) => (a.order === b.order ? a.label.localeCompare(b.label) : a.order - b.order))
    .map(({ slug, label }) => ({ slug, label }));
}

/**
 * The situations that list search words ("knife" for the safety path), in the
 * home page's order: a query holding one of them puts that page first.
 */
export function readSearchPins(contentDir: string): SearchPin[] {
  const folder = join(contentDir, 'situations');
  if (!existsSync(folder)) return [];
  const order = new Map(readSituationFacets(contentDir).map((facet, index) => [facet.slug, index]));
  const pins: SearchPin[] = [];
  for (const name of readdirSync(folder).sort()) {
    const slug = slugOf(name);
    if (slug === undefined) continue;
    const { data } = splitFrontMatter(readFileSync(join(folder, name), 'utf8'));
    const words = fieldOf(data, 'searchWords');
    if (Array.isArray(words) && words.length > 0) {
      pins.push({ situation: slug, words: words.filter((word): word is string => typeof word === 'string') });
    }
  }
  return pins.sort((a, b) => (order.get(a.situation) ?? 0) - (order.get(b.situation) ?? 0));
}

export function fieldOf(data: unknown, key: string): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return Object.entries(data).find(([name]) => name === key)?.[1];
}
