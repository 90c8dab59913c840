// Checks every file in content/ against the same schemas the build uses, so an
// author learns of a mistake in a second instead of at the end of a build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/handbook/catalog';
import { entryCollections } from '../../src/handbook/collections';
import { splitFrontMatter } from '../../src/handbook/front-matter';
import { makeSchemas } from '../../src/handbook/schema';
import { authorComponentNames } from '../../src/components/mdx/names';

const catalog = readCatalog('content', 'worksheets');
const schemas = makeSchemas(catalog);
const knownComponents = new Set<string>(authorComponentNames);

describe.each(entryCollections)('content/%s', (collection) => {
  const files = readdirSync(join('content', collection)).filter((f) => /\.mdx?$/.test(f));
  it.each(files)('%s matches the schema and links only to entries that exist', (file) => {
    const { data, body } = splitFrontMatter(readFileSync(join('content', collection, file), 'utf8'));
    const result = schemas[collection].safeParse(data);
    const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    for (const [, slug] of body.matchAll(/<Ref\s+to="([^"]*)"/g)) {
      if (!catalog.entries.has(slug ?? '')) problems.push(`<Ref to="${slug}">: no entry has that slug`);
    }
    for (const [, name] of body.matchAll(/<([A-Z][A-Za-z]*)/g)) {
      if (!knownComponents.has(name ?? '')) {
        problems.push(`<${name}>: unknown component; use ${authorComponentNames.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
