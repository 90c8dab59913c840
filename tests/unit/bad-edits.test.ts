// Every bad edit of the reliability review, all in one copy of the handbook:
// the checker must report each of them in one run, with the file, the line
// where known, the field and the fix. tests/build/bad-edits.test.ts runs the
// same edits through `astro sync`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/handbook/check-handbook';
import { formatProblem } from '../../src/handbook/errors';
import { entryRuleSummaries } from '../../src/handbook/schema';
import { textLimitSummaries } from '../../src/handbook/text-limits';
import { badEdits, breakEverything, deletedSituation, expectedMessage } from '../helpers/bad-edits';

const root = mkdtempSync(join(tmpdir(), 'handbook-bad-edits-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('content', join(root, 'content'), { recursive: true });
cpSync('worksheets', join(root, 'worksheets'), { recursive: true });
breakEverything(root);
const prefix = `${relative(process.cwd(), root)}/`;
const { problems } = checkHandbook({ contentDir: join(root, 'content'), worksheetsDir: join(root, 'worksheets'), workplaceFile: join(root, 'content/workplace.yaml') });
const printed = problems.map((problem) => formatProblem(problem).replaceAll(prefix, ''));

/** The files that name a situation in their front matter, in the handbook as it is. */
export function filesNaming(situation: string): string[] {
  const folders = ['situations', 'tools', 'tips', 'case-studies', 'scenarios'].map((folder) => join('content', folder));
  return [...folders, 'worksheets']
    .flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)))
    .filter((file) => /\.(mdx|ya?ml)$/.test(file) && new RegExp(`^situations: \\[.*\\b${situation}\\b`, 'm').test(readFileSync(file, 'utf8')));
}

describe('the checker, over a copy of the handbook with every bad edit at once', () => {
  it.each(badEdits.map((badEdit) => [badEdit.name, badEdit] as const))('%s', (_, badEdit) => {
    const expected = expectedMessage(root, badEdit);
    expect(printed.some((line) => line.includes(expected)), `${expected}\nnot in:\n${printed.join('\n')}`).toBe(true);
  });

  it(`names every file that tags the deleted situation, ${deletedSituation}, in the same run`, () => {
    const files = filesNaming(deletedSituation);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(printed.some((line) => line.startsWith(`${file}:`) && line.includes(`unknown situation "${deletedSituation}"`)), file).toBe(true);
    }
  });
});

/** The bad edits that break each rule content/README.md lists, in the README's order. */
const entryRuleExamples: string[][] = [
  ['two files for one slug', 'a tip saved as .md'],
  ['a misspelt field', 'an unknown field'],
  ['a 161-character summary'],
  ['an unknown source', 'an unknown related entry', 'an entry related to itself', 'no related entries, though the README asks for two'],
  ['an unknown channel', 'featured: "yes"', 'order: 1.5'],
  ['an over-long generalAdvice'],
  ['an unknown worksheet'],
  ['six first steps'],
  ['a second safety path'],
  ['a search word that is not one lowercase word'],
  ['a misspelt contact'],
];
const limitExamples: string[][] = [['a title too long for a card or a printed header', 'emoji in the title of a tool that worksheets print'], ['a page longer than a reader finishes'], ['a 400-character word in a worksheet prompt']];

describe('content/README.md', () => {
  const readme = readFileSync('content/README.md', 'utf8');
  const rules = [...entryRuleSummaries.map((rule, index) => [rule, entryRuleExamples[index]] as const), ...textLimitSummaries.map((rule, index) => [rule, limitExamples[index]] as const)];

  it('has a bad edit for each rule it lists', () => {
    expect(entryRuleExamples).toHaveLength(entryRuleSummaries.length);
    expect(limitExamples).toHaveLength(textLimitSummaries.length);
  });

  it.each(rules)('lists "%s", and the checker refuses an edit that breaks it', (rule, examples) => {
    expect(readme).toContain(`- ${rule}\n`);
    for (const name of examples ?? []) {
      const badEdit = badEdits.find((candidate) => candidate.name === name);
      if (badEdit === undefined) throw new Error(`no bad edit is named "${name}"`);
      expect(printed.some((line) => line.includes(expectedMessage(root, badEdit))), name).toBe(true);
    }
  });
});
