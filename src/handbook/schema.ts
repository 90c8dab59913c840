import { z } from 'astro/zod';
import { channels, type EntryCollection } from './collections';
import type { Catalog } from './catalog';
import { catalogChecks, oneOf } from './catalog-checks';

/** Cards and search results show the summary whole, so it must stay short. */
export const summaryMaxLength = 160;

/**
 * The front-matter schemas, built against the catalog so that a tag, source,
 * related entry or worksheet that does not exist fails with a message naming
 * the fix. Astro adds the file and the field to each message.
 */
export function makeSchemas(catalog: Catalog) {
  const { situationTag, sourceKey, worksheetSlug } = catalogChecks(catalog);
  const entrySlug = oneOf(
    new Set(catalog.entries.keys()),
    'related entry',
    () => 'name an existing entry by its file name without extension, for example "i-message"',
  );

  const common = {
    /** The page's heading and its name in lists, search results and the browser tab. */
    title: z.string().trim().min(1, 'the title is empty. Fix: give the entry a short, plain title'),
    /**
     * One sentence that says what the entry gives the reader; shown on cards,
     * in search results and as the page's meta description.
     */
    summary: z
      .string({ error: 'the summary is missing. Fix: add one sentence that says what this page helps with' })
      .trim()
      .min(20, 'the summary is too short. Fix: write one full sentence of at least 20 characters')
      .max(
        summaryMaxLength,
        `the summary is longer than ${summaryMaxLength} characters. Fix: cut it to one short sentence; put the rest in the body`,
      ),
    /** Keys of the source documents this entry draws on (defined in content/sources.yaml). */
    sources: z.array(sourceKey).min(1, 'no source is credited. Fix: name at least one key from content/sources.yaml'),
    /** Slugs of other entries worth reading next; each must exist. */
    related: z.array(entrySlug).default([]),
    /** Where the advice applies: phone, in-person, written, or any. */
    channels: z
      .array(z.enum(channels, { error: `unknown channel. Fix: use ${channels.join(', ')}` }))
      .min(1)
      .default(['any']),
    /** Shown on the home page among the featured entries. */
    featured: z.boolean().default(false),
    /** Position in its collection's lists (lower first); entries without one follow, by title. */
    order: z.number().int().optional(),
  };

  /** Everything but a situation page helps with one or more situations. */
  const tagged = {
    ...common,
    /** Slugs of the situations this entry helps with (files in content/situations/). */
    situations: z
      .array(situationTag)
      .min(1, 'no situation is tagged. Fix: name at least one situation this entry helps with'),
  };

  const situation = z.strictObject({
    ...common,
    /** Three to five things the reader can do in the first minute, each one short imperative sentence. */
    firstSteps: z
      .array(z.string().trim().min(1))
      .min(3, 'a situation needs at least three first steps. Fix: add steps until there are three to five')
      .max(5, 'a situation has more than five first steps. Fix: keep the five that matter most in the first minute'),
    /** Position in the "What's happening right now?" list. */
    order: z.number().int(),
  });

  const tool = z.strictObject({
    ...tagged,
    /** The worksheet that goes with this tool (a file in worksheets/, without extension). */
    worksheet: worksheetSlug.optional(),
  });

  const tip = z.strictObject(tagged);
  const caseStudy = z.strictObject(tagged);
  const scenario = z.strictObject({
    ...tagged,
    /** The printable sheet for running this scenario in a workshop. */
    worksheet: worksheetSlug.optional(),
  });

  return {
    situations: situation,
    tools: tool,
    tips: tip,
    'case-studies': caseStudy,
    scenarios: scenario,
  } satisfies Record<EntryCollection, z.ZodType>;
}

/** A source document the handbook credits: one value of content/sources.yaml, keyed by the key entries cite. */
export const sourceSchema = z.strictObject({
  /** The document's title as published. */
  title: z.string().min(1),
  /** Who made it and where it comes from, as the credit should read. */
  origin: z.string().min(1),
  /** What kind of document it is (handout, blog post, class...). */
  kind: z.string().min(1),
  /** What the handbook takes from it, in a sentence or two. */
  draws: z.string().min(1),
  /** The file under ../shared/sources/ it was read from. */
  file: z.string().min(1),
});
