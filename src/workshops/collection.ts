import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { worksheetSlugOf, type Catalog } from '../handbook/catalog';
import { contentDir } from '../handbook/content-dir';
import { makeWorkshopSchema } from './schema';

/**
 * The `workshops` content collection: one YAML file per workshop in
 * content/workshops/, its file name the slug. The checker has validated each
 * against the same schema, with the catalog it read.
 */
export function workshopsCollection(catalog: Catalog) {
  return defineCollection({
    loader: glob({
      base: `${contentDir}/workshops`,
      pattern: '*.{yaml,yml}',
      generateId: ({ entry }) => worksheetSlugOf(entry) ?? entry,
    }),
    schema: makeWorkshopSchema(catalog),
  });
}
