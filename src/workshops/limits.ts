import { textLimits } from '../handbook/text-limits';
import { contactKeys } from '../handbook/workplace';

/**
 * The limits of a workshop file, in one place for the schema and for
 * content/workshops/README.md (a unit test compares the README with workshopRuleSummaries).
 */
export const workshopLimits = {
  summaryLength: { min: 20, max: 200 },
  /** A session's length, or a series' total: from a short team huddle to a full day. */
  minutes: { min: 10, max: 480 },
  people: { min: 2, max: 40 },
  goals: { min: 2, max: 6 },
  /** Agenda blocks: an opening and a close at the least. */
  blocks: { min: 2, max: 20 },
} as const;

/** Every rule the checker enforces on a workshop, as content/workshops/README.md lists them, word for word. */
export const workshopRuleSummaries = [
  'The file name is the slug: lowercase words joined by hyphens, ending in `.yaml` (or `.yml`); one file per workshop.',
  'Only the fields shown here; a misspelt one is named, with the nearest real one.',
  `\`title\`: at most ${textLimits.titleLength} characters. \`summary\`: one sentence of ${workshopLimits.summaryLength.min} to ${workshopLimits.summaryLength.max} characters.`,
  `\`minutes\`: a whole number from ${workshopLimits.minutes.min} to ${workshopLimits.minutes.max}, and the agenda's blocks add up to it exactly.`,
  `\`people\`: \`min\` and \`max\`, whole numbers from ${workshopLimits.people.min} to ${workshopLimits.people.max}, \`min\` no more than \`max\`.`,
  `\`goals\`: ${workshopLimits.goals.min} to ${workshopLimits.goals.max}. \`materials\` and \`preparation\`: at least one each.`,
  '`situations` and `sources`: at least one each, each naming one that exists.',
  `\`agenda\`: ${workshopLimits.blocks.min} to ${workshopLimits.blocks.max} blocks, each with a \`title\`, whole \`minutes\` (at least 1) and an \`open\` script.`,
  "A block's `uses` names tools, scenarios, tips or case studies (not situations), and its `worksheets` names worksheets, each one that exists.",
  `Printed text: letters and punctuation the PDF font can show, no word over ${textLimits.wordLength} characters, and contacts in braces only from ${contactKeys.map((key) => `\`{${key}}\``).join(', ')}.`,
] as const;
