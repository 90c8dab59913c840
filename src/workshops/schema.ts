import { z } from 'astro/zod';
import { authorMessage, whenMissing, withAuthorErrors } from '../handbook/author-errors';
import type { Catalog } from '../handbook/catalog';
import { catalogChecks, practiceEntry } from '../handbook/catalog-checks';
import { textLimits } from '../handbook/text-limits';
import { printable } from '../worksheets/printable';
import { workshopLimits } from './limits';

/** A whole number of minutes, at least `min`, with messages that say how to write it. */
function wholeMinutes(what: string, min: number, max?: number) {
  const base = z
    .number({ error: whenMissing(`${what} is missing`, 'add "minutes:" with a whole number, such as 15') })
    .int(authorMessage(`${what} must be whole minutes`, 'round it, such as 15'))
    .min(min, authorMessage(`${what} must be at least ${min} minute${min === 1 ? '' : 's'}`, `write ${min} or more`));
  return max === undefined ? base : base.max(max, authorMessage(`${what} is more than ${max} minutes`, `split it into two sessions, or a series`));
}

/** A list of printed lines, at least one. */
function lines(what: string, fix: string) {
  return z.array(printable(what)).min(1, authorMessage(`${what} is an empty list`, fix));
}

/**
 * The schema of one workshop (a YAML file in content/workshops/): a session
 * or a weekly series, with an agenda of timed blocks that carry the
 * facilitator's script. Built against the catalog, so a block that uses an
 * entry or a worksheet that does not exist fails with the fix.
 */
export function makeWorkshopSchema(catalog: Catalog) {
  const { summaryLength, minutes, people, goals, blocks } = workshopLimits;
  const { situationTag, sourceKey, worksheetSlug } = catalogChecks(catalog);

  const block = z.strictObject({
    /** What the block is, as the agenda lists it: "Warm-up: the worst call this month". */
    title: printable('the block title', 'name the block in a few words, such as "Practice: the outage call"'),
    minutes: wholeMinutes("the block's time", 1),
    /** Tools, scenarios, tips and case studies the block uses: linked from the guide, printed in the facilitator packet. */
    uses: z.array(practiceEntry(catalog, 'uses')).default([]),
    /** Worksheets handed out or filled in the block: in the participant packet. */
    worksheets: z.array(worksheetSlug).default([]),
    /** What the facilitator says to open the block, in their own voice. */
    open: printable('the opening script', 'write what the facilitator says to open the block, in a few sentences'),
    /** Questions to put to the group. */
    ask: z.array(printable('a question')).default([]),
    /** What to watch for while the group works. */
    watch: z.array(printable('a thing to watch for')).default([]),
    /** How to debrief: prompts and the points to draw out. */
    debrief: z.array(printable('a debrief point')).default([]),
    /** Timing cues: when to call time, swap roles, or cut to fit. */
    cues: z.array(printable('a timing cue')).default([]),
  });

  const workshop = z
    .strictObject({
      title: printable('the title', 'give the workshop a short, plain title, such as "The angry customer"').refine(
        (v) => v.length <= textLimits.titleLength,
        authorMessage(`the title is longer than ${textLimits.titleLength} characters`, 'shorten it; it is printed on the packet covers'),
      ),
      /** One sentence on what the session does: on cards, and as the page description. */
      summary: printable('the summary', 'write one sentence on what the session does for a team')
        .refine((v) => v.length >= summaryLength.min, authorMessage('the summary is too short', `write one full sentence of at least ${summaryLength.min} characters`))
        .refine((v) => v.length <= summaryLength.max, authorMessage(`the summary is longer than ${summaryLength.max} characters`, 'cut it to one short sentence')),
      /** A session (one sitting) or a series (one short practice a week; each agenda block is a week). */
      format: z.enum(['session', 'series']).default('session'),
      /** Who it is for. */
      audience: printable('the audience', 'say who the session is for, such as "front-desk and phone staff, new or experienced"'),
      minutes: wholeMinutes('the length', minutes.min, minutes.max),
      /** How many people the session works for. */
      people: z
        .strictObject({
          min: z.number().int().min(people.min).max(people.max),
          max: z.number().int().min(people.min).max(people.max),
        })
        .refine((range) => range.min <= range.max, authorMessage('"min" is more than "max"', 'swap the two numbers')),
      /** What participants can do by the end. */
      goals: z
        .array(printable('a goal'))
        .min(goals.min, authorMessage(`fewer than ${goals.min} goals`, 'say what participants will be able to do by the end, one goal per line'))
        .max(goals.max, authorMessage(`more than ${goals.max} goals`, 'keep the ones the agenda spends most time on')),
      /** How to set up the room. */
      room: printable('the room', 'say how to set up the room, such as "chairs in threes, a flip chart at the front"'),
      materials: lines('materials', 'list what to bring, one item per line'),
      preparation: lines('preparation', 'list what to do before the day, one step per line'),
      situations: z.array(situationTag).min(1, authorMessage('no situation is tagged', 'name at least one situation the session prepares people for')),
      sources: z.array(sourceKey).min(1, authorMessage('no source is credited', 'name at least one key from content/sources.yaml')),
      /** Position in the workshops index (lower first). */
      order: z.number().int().optional(),
      agenda: z
        .array(block)
        .min(blocks.min, authorMessage(`fewer than ${blocks.min} agenda blocks`, 'give the session an opening and a close at the least'))
        .max(blocks.max, authorMessage(`more than ${blocks.max} agenda blocks`, 'merge short blocks, or split the session in two')),
    })
    .superRefine((session, ctx) => {
      const total = session.agenda.reduce((sum, { minutes: each }) => sum + each, 0);
      if (total === session.minutes) return;
      const each = session.agenda.map(({ minutes: m }) => m).join(' + ');
      ctx.addIssue({
        code: 'custom',
        path: ['minutes'],
        message: authorMessage(
          `the agenda's blocks add up to ${total} minutes (${each}), not ${session.minutes}`,
          `change the blocks' minutes so they add up to ${session.minutes}, or set "minutes:" to ${total}`,
        ),
      });
    });
  return withAuthorErrors(workshop);
}

export type Workshop = z.output<ReturnType<typeof makeWorkshopSchema>>;
export type AgendaBlock = Workshop['agenda'][number];
