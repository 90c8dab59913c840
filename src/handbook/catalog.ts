import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { HandbookError, HandbookProblems, type HandbookProblem } from './errors';
import { entryCollections, type EntryCollection } from './collections';

/** One content file, known by its slug before Astro loads it. */
export interface CatalogEntry {
  collection: EntryCollection;
  slug: string;
  /** Path relative to the working directory, as errors print it. */
  file: string;
}

/**
 * What the schemas need to know about the whole handbook to check one entry:
 * which slugs, situations, sources and worksheets exist. Read once, from the
 * file names, before any entry is parsed.
 */
export interface Catalog {
  entries: Map<string, CatalogEntry>;
  situations: Set<string>;
  sources: Set<string>;
  worksheets: Set<string>;
  workshops: Set<string>;
}

/** The catalog, and every problem found in the file names while reading it. */
export interface CatalogScan {
  catalog: Catalog;
  /** Worksheet slugs and their files, relative to the working directory. */
  worksheetFiles: Map<string, string>;
  /** Workshop slugs (content/workshops/) and their files. */
  workshopFiles: Map<string, string>;
  problems: HandbookProblem[];
}

const entryFile = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
const worksheetFile = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/;

/** Slug of a content file, or undefined for files that are not entries. */
export function slugOf(fileName: string): string | undefined {
  return entryFile.exec(fileName)?.[1];
}

/** Slug of a worksheet file, or undefined for a name that cannot be one. */
export function worksheetSlugOf(fileName: string): string | undefined {
  return worksheetFile.exec(fileName)?.[1];
}

function listFolder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/**
 * Reads the file names of the whole handbook. Every problem with a name (a
 * Markdown file where MDX is needed, a name that cannot be a slug, two files
 * for one slug) is collected, and all are reported together.
 */
export function readCatalog(contentDir: string, worksheetsDir: string): Catalog {
  const { catalog, problems } = scanCatalog(contentDir, worksheetsDir);
  if (problems.length === 1 && problems[0] !== undefined) throw new HandbookError(problems[0]);
  if (problems.length > 0) throw new HandbookProblems(problems);
  return catalog;
}

/** The catalog of every usable file, and the problems with the rest, for the checker to report with its own. */
export function scanCatalog(contentDir: string, worksheetsDir: string): CatalogScan {
  const problems: HandbookProblem[] = [];
  const entries = new Map<string, CatalogEntry>();
  for (const collection of entryCollections) {
    const folder = join(contentDir, collection);
    for (const name of listFolder(folder)) {
      const file = relative(process.cwd(), join(folder, name));
      if (name.endsWith('.md')) {
        problems.push({
          file,
          field: 'file name',
          problem: 'a .md file shows the handbook\'s components (<SayThis>, <Ref>...) as raw text',
          fix: `rename it to ${name.replace(/\.md$/, '.mdx')}`,
        });
        continue;
      }
      if (!name.endsWith('.mdx')) continue;
      const slug = slugOf(name);
      if (slug === undefined) {
        problems.push(unusableName(file, name, 'name-the-emotion.mdx'));
        continue;
      }
      const clash = entries.get(slug);
      if (clash) {
        problems.push({
          file,
          field: 'slug',
          problem: `the slug "${slug}" is already used by ${clash.file}`,
          fix: 'slugs name pages and related links across the whole handbook, so each must be unique: rename one of the two files',
        });
        continue;
      }
      entries.set(slug, { collection, slug, file });
    }
  }
  const situations = new Set([...entries.values()].filter((e) => e.collection === 'situations').map((e) => e.slug));
  const worksheetFiles = yamlFiles(worksheetsDir, 'worksheet', 'i-message-builder.yaml', problems);
  const workshopFiles = yamlFiles(join(contentDir, 'workshops'), 'workshop', 'the-angry-customer.yaml', problems);
  const sources = readSourceKeys(join(contentDir, 'sources.yaml'));
  return {
    catalog: { entries, situations, sources, worksheets: new Set(worksheetFiles.keys()), workshops: new Set(workshopFiles.keys()) },
    worksheetFiles,
    workshopFiles,
    problems,
  };
}

/** The YAML files of a folder by slug (worksheets, workshops), adding a problem for each name that cannot be one, or that repeats one. */
function yamlFiles(dir: string, what: string, example: string, problems: HandbookProblem[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of listFolder(dir).filter((n) => /\.ya?ml$/i.test(n))) {
    const file = relative(process.cwd(), join(dir, name));
    const slug = worksheetSlugOf(name);
    if (slug === undefined) {
      problems.push(unusableName(file, name, example));
      continue;
    }
    const other = files.get(slug);
    if (other !== undefined) {
      problems.push({
        file,
        field: 'file name',
        problem: `${basename(other)} defines the same ${what}, and only one of the two would be used`,
        fix: `keep one file per ${what}: merge them, or rename one`,
      });
      continue;
    }
    files.set(slug, file);
  }
  return files;
}

/** A file name that cannot be a slug (pages' addresses and links are made from it). */
function unusableName(file: string, name: string, example: string): HandbookProblem {
  return {
    file,
    field: 'file name',
    problem: `the name "${name}" cannot be used: a file's name becomes its page's address`,
    fix: `name the file in lowercase words joined by hyphens, ending in ${example.slice(example.indexOf('.'))}, for example "${example}"`,
  };
}

/** The keys of sources.yaml; a file that cannot be read has none here, and the checker says why. */
function readSourceKeys(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  try {
    const data: unknown = parseYaml(readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? new Set(Object.keys(data)) : new Set();
  } catch {
    return new Set();
  }
}
