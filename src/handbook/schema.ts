import { z } from 'astro/zod';
import { channels, type EntryCollection } from './collections';
import { authorMessage, whenMissing, withAuthorErrors } from './author-errors';
import type { Catalog } from './catalog';
import { catalogChecks, oneOf } from './catalog-checks';
import { pdfTextProblems, textLimits } from './text-limits';
import { checkPlaceholders, contactKeys } from './workplace';

/**
 * The limits of an entry's front matter, in one place for the schemas and
 * for content/README.md (a unit test compares the README with entryRuleSummaries).
 */
export const entryLimits = {
  /** Cards and search results show the summary whole, so it must stay short. */
  summary: { min: 20, max: 160 },
  /** The sentence to say sits in a phone's first screen with the first steps. */
  say: { min: 10, max: 160 },
  generalAdvice: { min: 3, max: 120 },
  related: { min: 2 },
  firstSteps: { min: 3, max: 5 },
  startHere: { min: 3, max: 5 },
} as const;

export const summaryMaxLength = entryLimits.summary.max;
export const sayMaxLength = entryLimits.say.max;

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
    title: z
      .string()
      .trim()
      .min(1, authorMessage('the title is empty', 'give the entry a short, plain title'))
      .max(textLimits.titleLength, authorMessage(`the title is longer than ${textLimits.titleLength} characters`, 'shorten it; titles are read on cards, in search results and on printed sheets'))
      .superRefine(printedOnSheets('the title')),
    /**
     * One sentence that says what the entry gives the reader; shown on cards,
     * in search results and as the page's meta description.
     */
    summary: z
      .string({ error: whenMissing('the summary is missing', 'add one sentence that says what this page helps with') })
      .trim()
      .min(entryLimits.summary.min, authorMessage('the summary is too short', `write one full sentence of at least ${entryLimits.summary.min} characters`))
      .max(
        summaryMaxLength,
        authorMessage(`the summary is longer than ${summaryMaxLength} characters`, `cut it to one short sentence; put the rest in the body`),
      ),
    /** Keys of the source documents this entry draws on (defined in content/sources.yaml). */
    sources: z.array(sourceKey).min(1, authorMessage('no source is credited', 'name at least one key from content/sources.yaml')),
    /** Where the advice applies: phone, in-person, written, or any. */
    channels: z
      .array(z.enum(channels, { error: (issue) => authorMessage(`"${String(issue.input)}" is not a channel`, `use ${channels.join(', ')} ("written" covers email, chat and letters)`) }))
      .min(1)
      .default(['any']),
    /** Shown on the home page among the featured entries. */
    featured: z.boolean().default(false),
    /** Position in its collection's lists (lower first); entries without one follow, by title. */
    order: z.number().int().optional(),
    /**
     * What on this page is the handbook's own general advice rather than its
     * sources' (safety advice, for example), as a short phrase; the page says
     * so and defers to the workplace's own policy.
     */
    generalAdvice: z
      .string()
      .trim()
      .min(entryLimits.generalAdvice.min, authorMessage('generalAdvice is empty', 'name what goes beyond the sources, such as "the safety steps", or remove the field'))
      .max(entryLimits.generalAdvice.max, authorMessage(`generalAdvice is longer than ${entryLimits.generalAdvice.max} characters`, 'name the part in a short phrase, such as "the safety steps"'))
      .optional(),
  };

  /** Everything but a situation page helps with one or more situations. */
  const tagged = {
    ...common,
    /** Two or more slugs of other entries worth reading next; each must exist. */
    related: z
      .array(entrySlug, { error: whenMissing('the related entries are missing', 'add "related:" with at least two slugs, such as [active-listening, i-message]') })
      .min(entryLimits.related.min, authorMessage('fewer than two related entries', 'name at least two entries a reader should read next')),
    /** Slugs of the situations this entry helps with (files in content/situations/). */
    situations: z
      .array(situationTag)
      .min(1, authorMessage('no situation is tagged', 'name at least one situation this entry helps with')),
  };

  /** Text that may name the workplace's contacts ({security}, {emergency}...). */
  const withContacts = (schema: z.ZodString) => schema.superRefine(checkPlaceholders);

  const situation = z
    .strictObject({
      ...common,
      /** Three to five things the reader can do in the first minute, each one short imperative sentence; may name contacts such as {security}. */
      firstSteps: z
        .array(withContacts(z.string().trim().min(1)))
        .min(entryLimits.firstSteps.min, authorMessage('a situation needs at least three first steps', 'add steps until there are three to five'))
        .max(entryLimits.firstSteps.max, authorMessage('a situation has more than five first steps', 'keep the five that matter most in the first minute')),
      /** One sentence the reader can say right away, shown with the first steps; without quotation marks. */
      say: withContacts(
        z
          .string({ error: whenMissing('the sentence to say is missing', 'add "say:" with one sentence the reader can say right away') })
          .trim()
          .min(entryLimits.say.min, authorMessage('the sentence to say is too short', 'write a whole sentence the reader can say'))
          .max(sayMaxLength, authorMessage(`the sentence to say is longer than ${sayMaxLength} characters`, `keep it to one or two short sentences`)),
      ).refine((value) => !/^["“‘']/.test(value), authorMessage('the sentence to say starts with a quotation mark', 'leave the quotation marks out; the page adds them')),
      /** The three to five entries a reader in this situation needs first, chosen by the author; listed right after the first steps. */
      startHere: z
        .array(entrySlug)
        .min(entryLimits.startHere.min, authorMessage('fewer than three entries to start with', 'list three to five entries in "startHere"'))
        .max(entryLimits.startHere.max, authorMessage('more than five entries to start with', 'keep the five a reader needs first in "startHere"; the rest are listed below them anyway')),
      /** Position in the "What's happening right now?" list. */
      order: z.number().int(),
      /** This situation is the personal-safety path: it leads the home page, and situations that can turn physical link to it. At most one situation sets it. */
      safety: z.boolean().default(false),
      /** The situation can turn physical: its page opens with a link to the safety path. */
      canTurnPhysical: z.boolean().default(false),
      /** Words a reader in this situation may type that should bring its page first in search ("knife", "police"). */
      searchWords: z
        .array(
          z
            .string()
            .regex(
              /^(?:[a-z][a-z'-]*|[0-9]+)$/,
              authorMessage('a search word must be one lowercase word or a number', 'write it in lowercase letters, such as "knife", or in digits, such as "911"'),
            ),
        )
        .default([]),
    })
    .superRefine((data, ctx) => {
      if (data.safety && data.canTurnPhysical) {
        ctx.addIssue({
          code: 'custom',
          path: ['canTurnPhysical'],
          message: authorMessage('the safety path cannot also link to itself', 'remove "canTurnPhysical" from the safety situation'),
        });
      }
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
    /** The role cards (a worksheet of cards to cut out): the worker's, the customer's and the observer's briefs. */
    roleCards: worksheetSlug.optional(),
  });

  return {
    situations: withAuthorErrors(situation),
    tools: withAuthorErrors(tool),
    tips: withAuthorErrors(tip),
    'case-studies': withAuthorErrors(caseStudy),
    scenarios: withAuthorErrors(scenario),
  } satisfies Record<EntryCollection, z.ZodType>;
}

/** A check for text a worksheet PDF prints. */
function printedOnSheets(what: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    for (const message of pdfTextProblems(what, value)) ctx.addIssue({ code: 'custom', message });
  };
}

/** A source document the handbook credits: one value of content/sources.yaml, keyed by the key entries cite. */
export const sourceSchema = withAuthorErrors(
  z.strictObject({
    /** The document's title as published; printed in worksheet credits. */
    title: z.string().min(1).superRefine(printedOnSheets('the title')),
    /** Who made it and where it comes from, as the credit should read; printed in worksheet credits. */
    origin: z.string().min(1).superRefine(printedOnSheets('the origin')),
    /** What kind of document it is (handout, blog post, class...). */
    kind: z.string().min(1),
    /** What the handbook takes from it, in a sentence or two. */
    draws: z.string().min(1),
    /** The file under ../shared/sources/ it was read from. */
    file: z.string().min(1),
  }),
);

const { summary, say, generalAdvice, related, firstSteps, startHere } = entryLimits;

/** Every rule the checker enforces on an entry's front matter, as content/README.md lists them, word for word. */
export const entryRuleSummaries = [
  'The file name is the slug: lowercase words joined by hyphens, ending in `.mdx`; each slug is used once in the whole handbook.',
  'Only the fields shown here; a misspelt one is named, with the nearest real one.',
  `\`summary\`: one sentence of ${summary.min} to ${summary.max} characters.`,
  `\`situations\` and \`sources\`: at least one each, each naming one that exists; \`related\`: at least ${related.min} existing entries, never the entry itself.`,
  '`channels`: phone, in-person, written or any. `featured`: true or false. `order`: a whole number.',
  `\`generalAdvice\`: a phrase of ${generalAdvice.min} to ${generalAdvice.max} characters.`,
  '`worksheet` (a tool or scenario) and `roleCards` (a scenario): the name of a file in `worksheets/`, without extension.',
  `A situation: \`order\`, ${firstSteps.min} to ${firstSteps.max} \`firstSteps\`, a \`say\` of ${say.min} to ${say.max} characters without quotation marks, and ${startHere.min} to ${startHere.max} existing entries in \`startHere\`, never the page itself.`,
  'One situation at most has `safety: true`, and `canTurnPhysical` needs one that has.',
  '`searchWords`: one lowercase word or number each.',
  `Contacts in braces only from ${contactKeys.map((key) => `\`{${key}}\``).join(', ')}.`,
] as const;
