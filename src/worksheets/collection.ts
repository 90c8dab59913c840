import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { worksheetSlugOf, type Catalog } from '../handbook/catalog';
import { worksheetsDir } from '../handbook/content-dir';
import { makeWorksheetSchema } from './schema';

/**
 * The `worksheets` content collection: one YAML file per worksheet, its file
 * name the slug. The checker (src/handbook/check-handbook.ts) has validated
 * each against the same schema; the catalog is the one it read.
 */
export function worksheetsCollection(catalog: Catalog) {
  return defineCollection({
    loader: glob({
      base: worksheetsDir,
      pattern: '*.{yaml,yml}',
      // The checker has refused any name that is not a slug before this runs.
      generateId: ({ entry }) => worksheetSlugOf(entry) ?? entry,
    }),
    schema: makeWorksheetSchema(catalog),
  });
}
