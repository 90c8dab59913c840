import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { CustomRecord } from 'pagefind';
import { fillContacts, loadWorkplace } from '../handbook/workplace';
import { searchChannels, searchTypeOf, type Facet } from '../search/facets';
import { fieldOf } from './search-vocabulary';

/** The paper sizes the worksheet endpoints produce, the reader's default first. */
const papers = [
  { key: 'letter', label: 'US Letter' },
  { key: 'a4', label: 'A4' },
] as const;

const pdfName = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(a4|letter)\.pdf$/;

/**
 * One search record per worksheet whose PDFs are in the built site, pointing
 * at the US Letter file and carrying the A4 address as meta. The words come
 * from the worksheet's definition (worksheets/<slug>.yaml), so the record
 * matches what the sheet says even though Pagefind cannot read PDFs.
 */
export function worksheetPdfRecords(
  siteDir: string,
  worksheetsDir: string,
  situations: readonly Facet[],
): { records: CustomRecord[]; warnings: string[] } {
  const folder = join(siteDir, 'worksheets');
  const records: CustomRecord[] = [];
  const warnings: string[] = [];
  if (!existsSync(folder)) return { records, warnings };

  const files = new Map<string, Set<string>>();
  for (const name of readdirSync(folder).sort()) {
    const match = pdfName.exec(name);
    if (!match?.[1] || !match[2]) continue;
    const sizes = files.get(match[1]) ?? new Set<string>();
    sizes.add(match[2]);
    files.set(match[1], sizes);
  }

  for (const [slug, sizes] of files) {
    const definition = readDefinition(worksheetsDir, slug);
    if (!definition) {
      warnings.push(
        `worksheets/${slug}-*.pdf has no definition at ${join(worksheetsDir, `${slug}.yaml`)}, so search does not list it: add the definition or remove the PDFs.`,
      );
      continue;
    }
    const title = stringField(definition, 'title') ?? slug;
    const purpose = stringField(definition, 'purpose') ?? stringField(definition, 'summary') ?? '';
    const tagged = stringList(definition, 'situations');
    const situationTitles = situations.filter((s) => tagged.includes(s.slug)).map((s) => s.label);
    const available = papers.filter((paper) => sizes.has(paper.key));
    const [main, ...others] = available;
    if (!main) continue;
    const meta: Record<string, string> = {
      // Not "title": Pagefind boosts title matches, and the worksheet's page
      // (which has the same title) should come before its PDF.
      name: `${title} (PDF)`,
      type: `${searchTypeOf('worksheets').label} (PDF)`,
      summary: purpose,
      paper: main.label,
    };
    for (const other of others) {
      meta['other_url'] = `/worksheets/${slug}-${other.key}.pdf`;
      meta['other_paper'] = other.label;
    }
    records.push({
      url: `/worksheets/${slug}-${main.key}.pdf`,
      language: 'en',
      content: [title, purpose, 'Printable, fillable PDF worksheet.', ...proseOf(definition)].join('\n'),
      meta,
      filters: {
        type: [searchTypeOf('worksheets').label],
        situation: situationTitles,
        channel: searchChannels.map((channel) => channel.label),
      },
    });
  }
  return { records, warnings };
}

function readDefinition(worksheetsDir: string, slug: string): unknown {
  for (const extension of ['yaml', 'yml']) {
    const file = join(worksheetsDir, `${slug}.${extension}`);
    if (existsSync(file)) return parseYaml(readFileSync(file, 'utf8'));
  }
  return undefined;
}

function stringField(data: unknown, key: string): string | undefined {
  const value = fieldOf(data, key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function stringList(data: unknown, key: string): string[] {
  const value = fieldOf(data, key);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Every sentence-like string in the definition (instructions, questions,
 * column headings), without identifiers such as field names and slugs.
 */
function proseOf(data: unknown): string[] {
  // Definitions mark emphasis with Markdown asterisks; the index wants the words.
  if (typeof data === 'string') {
    return /\s/.test(data.trim()) ? [fillContacts(data.replaceAll('**', '').trim(), loadWorkplace())] : [];
  }
  if (Array.isArray(data)) return data.flatMap(proseOf);
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => (['title', 'purpose', 'summary'].includes(key) ? [] : proseOf(value)));
  }
  return [];
}
