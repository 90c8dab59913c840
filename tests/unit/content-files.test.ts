// The quick check: the checker the build runs first (src/handbook/check-handbook.ts),
// over the real content/, worksheets/ and workplace file, so an author learns
// of a mistake in a second instead of at the end of a build.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/handbook/check-handbook';
import { entryCollections } from '../../src/handbook/collections';
import { formatProblem } from '../../src/handbook/errors';

const { problems } = checkHandbook({ contentDir: 'content', worksheetsDir: 'worksheets', workplaceFile: 'content/workplace.yaml' });

function problemsIn(file: string): string[] {
  return problems.filter((problem) => problem.file === file).map(formatProblem);
}

describe.each(entryCollections)('content/%s', (collection) => {
  const files = readdirSync(join('content', collection)).map((name) => join('content', collection, name));
  it.each(files)('%s: front matter, body and links pass the checker', (file) => {
    expect(problemsIn(file)).toEqual([]);
  });
});

describe('worksheets, workshops, sources and the workplace file', () => {
  const yamlIn = (dir: string) => readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(dir, name));
  const files = [...yamlIn('worksheets'), ...yamlIn('content/workshops'), 'content/sources.yaml', 'content/workplace.yaml'];
  it.each(files)('%s passes the checker', (file) => {
    expect(problemsIn(file)).toEqual([]);
  });

  it('no problem is left over in a file not listed above', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
