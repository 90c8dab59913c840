import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { makeWorksheetSchema } from '../worksheets/schema';
import { makeWorkshopSchema } from '../workshops/schema';
import { problemsOf, wholeFile } from './author-errors';
import { scanCatalog, type Catalog } from './catalog';
import { crossEntryProblems, type CheckedEntry } from './cross-entry-rules';
import type { HandbookProblem } from './errors';
import { frontMatterOf, isFrontMatter } from './front-matter';
import { mdxProblems } from './mdx-rules';
import { makeSchemas, sourceSchema } from './schema';
import { checkWorkplace, type Workplace } from './workplace';
import { isSyntaxProblem, readYaml, type YamlSource } from './yaml-source';

/** Where the checker reads the handbook from. */
export interface HandbookFiles {
  contentDir: string;
  worksheetsDir: string;
  workplaceFile: string;
}

/** The outcome of one pass over every file a reader or a printed sheet sees. */
export interface HandbookCheck {
  catalog: Catalog;
  workplace: Workplace;
  /** Every problem in every file, in file order, so an author mends them all from one run. */
  problems: HandbookProblem[];
}

/**
 * The one checker: entries (front matter and body), worksheets, sources.yaml
 * and the workplace file, each problem with its file, its line where known,
 * the field and the fix. The build runs it before Astro loads anything
 * (src/content.config.ts), and the quick unit check runs the same function.
 */
export function checkHandbook({ contentDir, worksheetsDir, workplaceFile }: HandbookFiles): HandbookCheck {
  const { catalog, worksheetFiles, workshopFiles, problems } = scanCatalog(contentDir, worksheetsDir);
  const schemas = makeSchemas(catalog);
  const checked: CheckedEntry[] = [];
  for (const entry of catalog.entries.values()) {
    const source = readFileSync(entry.file, 'utf8');
    const frontMatter = frontMatterOf(source);
    if (!isFrontMatter(frontMatter)) {
      problems.push({ file: entry.file, ...frontMatter });
      continue;
    }
    const yaml = readYamlFile(entry.file, frontMatter.yaml, frontMatter.firstLine, problems);
    if (yaml !== undefined) {
      const result = schemas[entry.collection].safeParse(yaml.data ?? {});
      if (!result.success) problems.push(...problemsOf(entry.file, result.error, yaml.lineOf));
      checked.push(checkedEntry(entry.file, entry.slug, yaml));
    }
    problems.push(...mdxProblems(entry.file, source, catalog));
  }
  problems.push(...crossEntryProblems(checked));
  problems.push(...sourceProblems(join(contentDir, 'sources.yaml')));
  problems.push(...yamlFileProblems(worksheetFiles.values(), makeWorksheetSchema(catalog)));
  problems.push(...yamlFileProblems(workshopFiles.values(), makeWorkshopSchema(catalog)));
  const workplace = checkWorkplace(workplaceFile);
  problems.push(...workplace.problems);
  return { catalog, workplace: workplace.workplace, problems: inReadingOrder(problems) };
}

/** The problems of YAML files that each hold one definition (a worksheet, a workshop), checked against its schema. */
function yamlFileProblems(files: Iterable<string>, schema: z.ZodType): HandbookProblem[] {
  const problems: HandbookProblem[] = [];
  for (const file of files) {
    const yaml = readYamlFile(file, readFileSync(file, 'utf8'), 1, problems);
    if (yaml === undefined) continue;
    const result = schema.safeParse(yaml.data);
    if (!result.success) problems.push(...problemsOf(file, result.error, yaml.lineOf));
  }
  return problems;
}

/** Each file's problems together and top to bottom, files in the order they were read. */
function inReadingOrder(problems: readonly HandbookProblem[]): HandbookProblem[] {
  const fileOrder = new Map<string, number>();
  for (const { file } of problems) if (!fileOrder.has(file)) fileOrder.set(file, fileOrder.size);
  const rank = (problem: HandbookProblem) => fileOrder.get(problem.file) ?? 0;
  // Array.prototype.sort is stable: problems on one line keep the order they were found in.
  return [...problems].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}

/** The file's YAML, or undefined after adding the problem that stops it being read. */
function readYamlFile(file: string, text: string, firstLine: number, problems: HandbookProblem[]): YamlSource | undefined {
  const read = readYaml(text, firstLine);
  if (!isSyntaxProblem(read)) return read;
  problems.push({ file, ...read });
  return undefined;
}

/**
 * What the rules across entries read, taken from the front matter as written,
 * so a file with another problem still takes part in them.
 */
function checkedEntry(file: string, slug: string, yaml: YamlSource): CheckedEntry {
  const field = (key: string): unknown => (typeof yaml.data === 'object' && yaml.data !== null ? Reflect.get(yaml.data, key) : undefined);
  const slugs = (key: string): string[] => {
    const value = field(key);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  };
  return { file, slug, related: slugs('related'), startHere: slugs('startHere'), safety: field('safety') === true, canTurnPhysical: field('canTurnPhysical') === true, lineOf: yaml.lineOf };
}

/** sources.yaml: one map of sources, each checked at its own key. */
function sourceProblems(path: string): HandbookProblem[] {
  if (!existsSync(path)) return [];
  const file = relative(process.cwd(), path);
  const problems: HandbookProblem[] = [];
  const yaml = readYamlFile(file, readFileSync(path, 'utf8'), 1, problems);
  if (yaml === undefined) return problems;
  const { data } = yaml;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [
      {
        file,
        field: wholeFile,
        problem: 'the file is not a map of sources',
        fix: 'write one entry per source document, keyed by its short key, each with a title, origin, kind, draws and file',
      },
    ];
  }
  for (const [key, value] of Object.entries(data)) {
    const result = sourceSchema.safeParse(value);
    if (result.success) continue;
    problems.push(
      ...problemsOf(file, result.error, (path) => yaml.lineOf([key, ...path])).map((problem) => ({
        ...problem,
        field: problem.field === wholeFile ? key : `${key}.${problem.field}`,
      })),
    );
  }
  return problems;
}
