// Checks every file in content/ against the same schemas the build uses, so an
// author learns of a mistake in a second instead of at the end of a build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/handbook/catalog';
import { entryCollections } from '../../src/handbook/collections';
import { splitFrontMatter } from '../../src/handbook/front-matter';
import { formatProblem } from '../../src/handbook/errors';
import { frontMatterProblem, mdxProblems } from '../../src/handbook/mdx-rules';
import { selfReferenceProblems } from '../../src/handbook/related-rules';
import { makeSchemas } from '../../src/handbook/schema';

const catalog = readCatalog('content', 'worksheets');
const schemas = makeSchemas(catalog);

describe.each(entryCollections)('content/%s', (collection) => {
  const files = readdirSync(join('content', collection)).filter((f) => /\.mdx?$/.test(f));
  it.each(files)('%s matches the schema, and its body is content the MDX rules allow', (file) => {
    const path = join('content', collection, file);
    const source = readFileSync(path, 'utf8');
    // Without a whole front matter, every field would look missing: say only that.
    const frontMatter = frontMatterProblem(source);
    if (frontMatter !== undefined) expect([formatProblem({ file: path, ...frontMatter })]).toEqual([]);
    const result = schemas[collection].safeParse(splitFrontMatter(source).data);
    const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    problems.push(...mdxProblems(path, source, catalog).map(formatProblem));
    if (result.success && 'related' in result.data) {
      problems.push(...selfReferenceProblems(path, file.replace(/\.mdx$/, ''), result.data.related).map(formatProblem));
    }
    expect(problems).toEqual([]);
  });
});
