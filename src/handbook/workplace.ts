import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'astro/zod';
import { firstUnprintable } from '../worksheets/win-ansi';
import { workplaceFile } from './content-dir';
import { HandbookError, type HandbookProblem } from './errors';
import { isSyntaxProblem, readYaml } from './yaml-source';
import { authorMessage, problemsOf, withAuthorErrors } from './author-errors';

/** Values print on a pocket card's line, so they stay short. */
const maxValueLength = 80;
const maxPolicyLength = 160;

function text(what: string, example: string, maxLength: number) {
  const fix = `write ${what}, for example ${example}, or delete the line to use the handbook's general wording`;
  return z
    .string({ error: authorMessage(`${what} must be text`, fix) })
    .trim()
    .min(1, authorMessage(`${what} is empty`, fix))
    .max(maxLength, authorMessage(`${what} is longer than ${maxLength} characters`, `shorten it so it fits a line of the pocket card`))
    .superRefine((value, ctx) => {
      if (/[{}]/.test(value)) {
        ctx.addIssue({ code: 'custom', message: authorMessage(`${what} contains "{" or "}"`, `write the words themselves, without braces`) });
      }
      const char = firstUnprintable(value);
      if (char !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: authorMessage(`${what} contains "${char}", which the worksheet PDFs cannot print`, `use plain letters, digits and punctuation`),
        });
      }
    });
}

/**
 * What an organization that deploys the handbook tells its staff: who to call
 * and its own rules (content/workplace.yaml). Every field is optional; pages
 * use the handbook's general wording for the ones left out.
 */
export const workplaceSchema = withAuthorErrors(
  z
    .strictObject({
      /** The organization's name as staff say it. */
      organization: text('the organization', '"Riverside Library"', maxValueLength),
      /** The emergency number, as it reads after "Call". */
      emergency: text('the emergency number', '"911"', maxValueLength),
      /** Security or the manager on duty, as it reads after "Call". */
      security: text('the security contact', '"the security desk on ext. 2222"', maxValueLength),
      /** Who takes over a customer, as it reads after "bring in". */
      handOff: text('the person to hand off to', '"the shift supervisor (ext. 2100)"', maxValueLength),
      /** The workplace's own rules a worker needs in the moment, one sentence each. */
      policies: z
        .array(
          text(
            'a policy note',
            '"You may end a call after one calm warning about abusive language."',
            maxPolicyLength,
          ),
          { error: authorMessage('policies must be a list', 'write each note on its own line starting with "- "') },
        )
        .min(1, authorMessage('policies is an empty list', 'add a note, or delete "policies:"'))
        .max(6, authorMessage('policies has more than six notes', 'keep the six a worker needs in the moment'))
        .optional(),
    })
    .partial(),
);

export type Workplace = z.output<typeof workplaceSchema>;

/** The contacts pages can name, and the words they use when a workplace has not set one. */
export const contactDefaults = {
  organization: 'your workplace',
  emergency: 'your local emergency number (such as 911, 999 or 112)',
  security: 'your workplace’s security number',
  handOff: 'a co-worker or supervisor',
} as const;

export type ContactKey = keyof typeof contactDefaults;
export const contactKeys = Object.keys(contactDefaults).filter((key): key is ContactKey => key in contactDefaults);

/** What the emergency number is when a workplace has not said: examples, never a guess. */
export const emergencyNumbersExplained =
  'Your local emergency number, such as 911 in the US and Canada, 999 in the UK or 112 in the EU.';

/** How each contact is labeled where the contacts are listed. */
export const contactLabels: Record<ContactKey, string> = {
  organization: 'Workplace',
  emergency: 'Emergency',
  security: 'Security or the manager on duty',
  handOff: 'Hand off to',
};

const placeholder = /\{([^{}]*)\}/g;

/**
 * Why a text's contact placeholders ({security}, {emergency}...) are wrong,
 * or undefined when they are fine.
 */
export function placeholderProblem(value: string): string | undefined {
  for (const [, name] of value.matchAll(placeholder)) {
    if (!contactKeys.some((key) => key === name)) {
      return authorMessage(`"{${name}}" is not a contact`, `use one of ${contactKeys.map((key) => `{${key}}`).join(', ')}`);
    }
  }
  if (/[{}]/.test(value.replace(placeholder, ''))) {
    return authorMessage('a "{" or "}" is not part of a contact such as {security}', 'close the braces around a contact name, or remove them');
  }
  return undefined;
}

/** A Zod check for text that may name contacts. */
export function checkPlaceholders(value: string, ctx: z.core.$RefinementCtx<string>): void {
  const problem = placeholderProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
}

/** The blank a printed sheet leaves for a contact the workplace has not set, to write in by hand. */
export const contactBlank = '______________';

/**
 * Puts the workplace's contacts into a text's placeholders. Unset contacts
 * read as the handbook's general wording on the web, and as a blank to fill
 * in by hand on printed sheets.
 */
export function fillContacts(value: string, workplace: Workplace, unset: 'words' | 'blank' = 'words'): string {
  return value.replace(placeholder, (whole, name: string) => {
    const key = contactKeys.find((candidate) => candidate === name);
    if (key === undefined) return whole;
    return workplace[key] ?? (unset === 'words' ? contactDefaults[key] : contactBlank);
  });
}

/** The contacts the workplace has set, labeled, in a fixed order. */
export function contactsSet(workplace: Workplace): Array<{ key: ContactKey; label: string; value: string }> {
  return contactKeys.flatMap((key) => {
    const value = workplace[key];
    return value === undefined ? [] : [{ key, label: contactLabels[key], value }];
  });
}

/** Whether the workplace has set anything at all. */
export function isSet(workplace: Workplace): boolean {
  return contactsSet(workplace).length > 0 || (workplace.policies?.length ?? 0) > 0;
}

/**
 * Reads and checks the workplace file. A missing file, or one with only
 * comments, means nothing is set. Every bad value is returned as a problem
 * naming the file, the line, the field and the fix.
 */
export function checkWorkplace(file: string): { workplace: Workplace; problems: HandbookProblem[] } {
  const nothingSet = { workplace: {}, problems: [] };
  if (!existsSync(file)) return nothingSet;
  const shown = relative(process.cwd(), file);
  const text = readFileSync(file, 'utf8');
  // The file ships with every line commented out: that, or an empty file, sets nothing.
  if (text.split('\n').every((line) => /^\s*(#.*)?$/.test(line))) return nothingSet;
  const read = readYaml(text);
  if (isSyntaxProblem(read)) return { workplace: {}, problems: [{ file: shown, ...read }] };
  if (read.data === undefined || read.data === null) return nothingSet;
  const result = workplaceSchema.safeParse(read.data);
  if (result.success) return { workplace: result.data, problems: [] };
  return { workplace: {}, problems: problemsOf(shown, result.error, read.lineOf) };
}

/** The workplace file's settings; its first problem stops the build. */
export function readWorkplace(file: string): Workplace {
  const { workplace, problems } = checkWorkplace(file);
  if (problems[0] !== undefined) throw new HandbookError(problems[0]);
  return workplace;
}

let loaded: Workplace | undefined;

/** This build's workplace, read once. */
export function loadWorkplace(): Workplace {
  loaded ??= readWorkplace(workplaceFile);
  return loaded;
}
