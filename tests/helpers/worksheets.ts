import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { readCatalog, type Catalog } from '../../src/handbook/catalog';
import { contentDir, workplaceFile, worksheetsDir } from '../../src/handbook/content-dir';
import { frontMatterData } from '../../src/handbook/front-matter';
import { typographic } from '../../src/handbook/typography';
import { localAddress } from '../../src/handbook/site-address';
import { siteUrl } from '../../src/handbook/urls';
import { readWorkplace } from '../../src/handbook/workplace';
import { worksheetContext, worksheetPath } from '../../src/worksheets/context';
import type { WorksheetContext } from '../../src/worksheets/layout';
import { parseWorksheet } from '../../src/worksheets/parse';
import type { Worksheet } from '../../src/worksheets/schema';
import { finishSheet } from '../../src/worksheets/sheet-text';
import { makeWorkshopSchema, type Workshop } from '../../src/workshops/schema';

export interface LoadedWorksheet {
  slug: string;
  file: string;
  sheet: Worksheet;
  context: WorksheetContext;
}

/** The site address the build prints in footers, worked out as astro.config.mjs does. */
export function siteAddress(): { site: string; base: string } {
  return { site: process.env['SITE_URL'] ?? localAddress, base: process.env['BASE_PATH'] ?? '/' };
}

/**
 * The real definitions in worksheets/, validated and finished (quotes, the
 * workplace's contacts) as the build does it, each with the context (footer address, related titles, credits) the build
 * gives it, read from the content files.
 */
export function loadWorksheets(dir: string = worksheetsDir, catalog: Catalog = readCatalog(contentDir, dir)): LoadedWorksheet[] {
  const sources = readSources();
  const { site, base } = siteAddress();
  const workplace = readWorkplace(workplaceFile);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = relative(process.cwd(), join(dir, name));
      const slug = name.replace(/\.ya?ml$/, '');
      const sheet = finishSheet(parseWorksheet(file, parseYaml(readFileSync(join(dir, name), 'utf8')), catalog), workplace);
      const context = worksheetContext({
        url: new URL(siteUrl(worksheetPath(slug), base), site).href,
        related: sheet.related.map((entry) => ({ title: entryTitle(catalog, entry) })),
        sources: sheet.sources.map((key) => sources.get(key) ?? { title: key, origin: '' }),
      });
      return { slug, file, sheet, context };
    });
}

function readSources(): Map<string, { title: string; origin: string }> {
  const data: unknown = parseYaml(readFileSync(join(contentDir, 'sources.yaml'), 'utf8'));
  const sources = new Map<string, { title: string; origin: string }>();
  if (typeof data !== 'object' || data === null) return sources;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'object' && value !== null && 'title' in value && 'origin' in value) {
      sources.set(key, { title: String(value.title), origin: String(value.origin) });
    }
  }
  return sources;
}

function entryTitle(catalog: Catalog, slug: string): string {
  const entry = catalog.entries.get(slug);
  if (entry === undefined) return slug;
  const data = frontMatterData(readFileSync(entry.file, 'utf8'));
  return typeof data === 'object' && data !== null && 'title' in data ? typographic(String(data.title)) : slug;
}

/** The real workshops in content/workshops/, validated as the build does it, with their text as written. */
export function loadWorkshops(catalog: Catalog = readCatalog(contentDir, worksheetsDir)): Array<{ slug: string; file: string; workshop: Workshop }> {
  const dir = join(contentDir, 'workshops');
  const schema = makeWorkshopSchema(catalog);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = relative(process.cwd(), join(dir, name));
      const result = schema.safeParse(parseYaml(readFileSync(join(dir, name), 'utf8')));
      if (!result.success) throw new Error(`${file} does not pass the checker: run npx vitest run tests/unit/content-files.test.ts`);
      return { slug: name.replace(/\.ya?ml$/, ''), file, workshop: result.data };
    });
}
