import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Catalog } from '../handbook/catalog';
import { worksheetsDir } from '../handbook/content-dir';
import { HandbookError } from '../handbook/errors';
import { makeWorksheetSchema } from './schema';

const slugPattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/;

/**
 * The `worksheets` content collection: one YAML file per worksheet, its file
 * name the slug. Astro validates each against the schema and reports the
 * file, the field and the fix. The catalog is the one content.config.ts reads.
 */
export function worksheetsCollection(catalog: Catalog) {
  return defineCollection({
    loader: glob({
      base: worksheetsDir,
      pattern: '*.{yaml,yml}',
      generateId: ({ entry }) => {
        const slug = slugPattern.exec(entry)?.[1];
        if (slug === undefined) {
          throw new HandbookError({
            file: `worksheets/${entry}`,
            field: 'file name',
            problem: `"${entry}" is not a usable slug`,
            fix: 'name the file in lowercase words joined by hyphens, for example "i-message-builder.yaml"',
          });
        }
        return slug;
      },
    }),
    schema: makeWorksheetSchema(catalog),
  });
}
