import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { firstProblemOf } from '../handbook/author-errors';
import { readCatalog, slugOf } from '../handbook/catalog';
import { HandbookError } from '../handbook/errors';
import { frontMatterData } from '../handbook/front-matter';
import { byOrderThenTitle } from '../handbook/list-order';
import { makeSchemas } from '../handbook/schema';
import { typographic } from '../handbook/typography';
import type { Facet } from '../search/facets';
import type { QueryWords } from '../search/query-words';
import { readQueryWords } from '../search/query-words-schema';
import type { SearchPin } from '../search/results';

/** What the search UI needs to know about the situations and the readers' words, bundled into it. */
export interface SearchVocabulary {
  /** The situations in the home page's order, as the "no results" help lists them. */
  situations: Facet[];
  /** The situations that list search words ("knife" for the safety path): a query holding one puts that page first. */
  pins: SearchPin[];
  /** How search reads a query (content/search-words.yaml). */
  words: QueryWords;
}

/** The readers' words for search, in the content folder. */
export const searchWordsFile = 'search-words.yaml';

/**
 * The search UI is bundled before Astro renders a page, outside its content
 * layer, so it cannot call getCollection(). It reads content/situations/
 * through the same catalog and schema as the collection instead: the data has
 * the collection's types and defaults, and a file the collection would reject
 * is rejected here with the same message. (It reads the catalog again: the
 * collection's copy lives in Astro's module graph, out of this plugin's reach.)
 */
export function readSearchVocabulary(contentDir: string, worksheetsDir: string): SearchVocabulary {
  const folder = join(contentDir, 'situations');
  const words = readQueryWords(join(contentDir, searchWordsFile)).compiled;
  if (!existsSync(folder)) return { situations: [], pins: [], words };
  const schema = makeSchemas(readCatalog(contentDir, worksheetsDir)).situations;
  const situations = readdirSync(folder)
    .flatMap((name) => {
      const slug = slugOf(name);
      return slug === undefined ? [] : [{ slug, file: join(folder, name) }];
    })
    .map(({ slug, file }) => {
      const result = schema.safeParse(frontMatterData(readFileSync(file, 'utf8')));
      if (!result.success) throw new HandbookError(firstProblemOf(relative(process.cwd(), file), result.error));
      return { slug, order: result.data.order, title: typographic(result.data.title), searchWords: result.data.searchWords };
    })
    .sort(byOrderThenTitle);
  return {
    situations: situations.map(({ slug, title }) => ({ slug, label: title })),
    pins: situations.filter(({ searchWords }) => searchWords.length > 0).map(({ slug, searchWords }) => ({ situation: slug, words: searchWords })),
    words,
  };
}
