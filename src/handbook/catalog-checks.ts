import { z } from 'astro/zod';
import { authorMessage, nearest } from './author-errors';
import type { Catalog } from './catalog';

/** A string that must be one of `known`; the message names the value and the fix. */
export function oneOf(known: Set<string>, what: string, fix: (value: string) => string) {
  return z.string().superRefine((value, ctx) => {
    if (!known.has(value)) {
      const guess = nearest(value, [...known]);
      const fixText = guess === undefined ? fix(value) : `did you mean "${guess}"? Otherwise ${fix(value)}`;
      ctx.addIssue({ code: 'custom', message: authorMessage(`unknown ${what} "${value}"`, fixText) });
    }
  });
}

function list(values: Iterable<string>): string {
  return [...values].sort().join(', ');
}

/**
 * The cross-reference checks shared by entries and worksheets: situations,
 * sources and worksheets that must exist, each failing with a message that
 * lists what does.
 */
export function catalogChecks(catalog: Catalog) {
  return {
    situationTag: oneOf(
      catalog.situations,
      'situation',
      (v) => `use one of ${list(catalog.situations)}, or add the situation as content/situations/${v}.mdx`,
    ),
    sourceKey: oneOf(
      catalog.sources,
      'source',
      () => `use a key defined in content/sources.yaml (${list(catalog.sources)})`,
    ),
    worksheetSlug: oneOf(
      catalog.worksheets,
      'worksheet',
      () => `name a worksheet by its file name in worksheets/ without ".yaml" (${list(catalog.worksheets)}), or remove the field`,
    ),
  };
}

/**
 * A handbook entry that is not a situation (a tool, scenario, tip or case
 * study), named by its slug under `field`. A situation is a real entry, so
 * "unknown" would mislead: the message says where it goes instead.
 */
export function practiceEntry(catalog: Catalog, field: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      if (catalog.situations.has(value)) ctx.addIssue({ code: 'custom', message: authorMessage(`"${value}" is a situation`, `list it under "situations:", not "${field}:"`) });
    })
    .pipe(
      oneOf(
        new Set([...catalog.entries.values()].filter((e) => e.collection !== 'situations').map((e) => e.slug)),
        field === 'related' ? 'related entry' : 'entry',
        () => 'name an existing tool, scenario, tip or case study by its file name without extension, for example "i-message"',
      ),
    );
}
