import { z } from 'astro/zod';
import type { HandbookProblem } from './errors';
import type { FieldPath } from './yaml-source';

/**
 * How every schema message is written: what is wrong, then what to do. The
 * one place that writes the format and the one place that reads it back.
 */
const fixMarker = '. Fix: ';

export function authorMessage(problem: string, fix: string): string {
  return `${problem}${fixMarker}${fix}`;
}

/**
 * A field's own words for when it is missing; any other type error (a number
 * where text goes) falls through to the author map, which says what was found.
 */
export function whenMissing(problem: string, fix: string): (issue: z.core.$ZodRawIssue) => string | undefined {
  return (issue) => (issue.input === undefined ? authorMessage(problem, fix) : undefined);
}

/** A schema message split back into its problem and its fix. */
function splitMessage(message: string): {
  problem: string;
  fix: string;
} {
  // The last marker: a problem may quote the author's text; a fix is ours and never holds the marker.
  const at = message.lastIndexOf(fixMarker);
  if (at < 0)
    return {
      problem: message,
      fix: 'see the README of this folder for what the field takes',
    };
  return {
    problem: message.slice(0, at),
    fix: message.slice(at + fixMarker.length).replace(/\.$/, ''),
  };
}

const typeNames: Record<string, { name: string; fix: string }> = {
  string: {
    name: 'text',
    fix: 'write text; put it in quotes if it starts with a symbol or looks like a number or a date',
  },
  number: { name: 'a number', fix: 'write a number without quotes, such as 3' },
  int: {
    name: 'a whole number',
    fix: 'write a whole number without quotes, such as 3',
  },
  boolean: {
    name: 'true or false',
    fix: 'write true or false, without quotes',
  },
  array: {
    name: 'a list',
    fix: 'write a list, such as [first, second], or one "- item" per line',
  },
  object: {
    name: 'a group of fields',
    fix: 'write the fields on their own lines, indented under this one',
  },
};

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)} (YAML reads an unquoted date as a date, not text)`;
  if (typeof value === 'boolean') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

/** The field names an object schema knows, for a misspelt one. */
function knownKeys(schema: unknown): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Edit distance, to suggest the field an author most likely meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const scored = candidates.map((candidate) => ({
    candidate,
    score: distance(word.toLowerCase(), candidate.toLowerCase()),
  }));
  const best = scored.sort((a, b) => a.score - b.score)[0];
  return best !== undefined && best.score <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

const keySeparator = '\n';

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const guess = nearest(key, known);
  return authorMessage(
    `unknown field "${key}"`,
    `${guess === undefined ? 'check the spelling, or remove it' : `write "${guess}" for "${key}"`}${known.length > 0 ? `; the fields here are ${known.join(', ')}` : ''}`,
  );
}

function sizeMessage(origin: string, bound: number | bigint, small: boolean): string {
  const n = Number(bound);
  if (origin === 'array') {
    return small
      ? authorMessage(`the list has fewer than ${n} item${n === 1 ? '' : 's'}`, `add items until there are at least ${n}`)
      : authorMessage(`the list has more than ${n} item${n === 1 ? '' : 's'}`, `keep at most ${n}`);
  }
  if (origin === 'string') {
    return small
      ? authorMessage(
          n <= 1 ? 'the text is empty' : `the text is shorter than ${n} characters`,
          n <= 1 ? 'write it, or remove the field' : `write at least ${n} characters`,
        )
      : authorMessage(`the text is longer than ${n} characters`, `cut it to ${n} characters or fewer`);
  }
  return small
    ? authorMessage(`the number is below ${n}`, `use ${n} or more`)
    : authorMessage(`the number is above ${n}`, `use ${n} or less`);
}

/**
 * Messages for the failures a schema has no words of its own for (a wrong
 * type, a misspelt field, a list too short), each with a fix, so no author
 * ever reads a bare "expected number". Messages written in the schemas win.
 */
export const authorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? {
        name: issue.expected,
        fix: 'see the README of this folder for what the field takes',
      };
      if (issue.input === undefined) return authorMessage('this field is missing', `add it: it takes ${expected.name}`);
      return authorMessage(`expected ${expected.name}, found ${describeValue(issue.input)}`, expected.fix);
    }
    case 'unrecognized_keys':
      // One message per field, split again by withAuthorErrors, which has no schema to ask for the known fields.
      return issue.keys.map((key) => unknownKeyMessage(key, knownKeys(issue.inst))).join(keySeparator);
    case 'invalid_value':
      return authorMessage(`${describeValue(issue.input)} is not allowed here`, `use one of ${issue.values.map(String).join(', ')}`);
    case 'too_small':
      return sizeMessage(issue.origin, issue.minimum, true);
    case 'too_big':
      return sizeMessage(issue.origin, issue.maximum, false);
    case 'invalid_format':
      return authorMessage(
        `${describeValue(issue.input)} is not in the expected form`,
        'see the README of this folder for what the field takes',
      );
    case 'invalid_union':
      return authorMessage(
        `${describeValue(issue.input)} matches none of the forms this field takes`,
        'see the README of this folder for the forms it takes',
      );
    default:
      return undefined;
  }
};

/** How a problem with the file as a whole is named where a field would be. */
export const wholeFile = '(whole file)';

function wholeFileMessage(data: unknown): string {
  return authorMessage(
    `the file holds ${describeValue(data)}, not a set of fields`,
    'write one "field: value" per line (in an entry, between the two --- lines at the top), as in the README of this folder',
  );
}

/**
 * A schema whose every failure reads as an author message: Astro parses
 * collections with an error map of its own, so the author map is applied
 * here, one level down. A misspelt field is reported at its own name.
 *
 * The cost: Astro writes editor JSON schemas (.astro/collections/) from a
 * collection schema's input type, and this wrapper's input is unknown, so
 * those files no longer list the fields. Nothing in the project reads them;
 * content/README.md and worksheets/README.md document the fields.
 */
export function withAuthorErrors<Schema extends z.ZodType>(schema: Schema) {
  return z.unknown().transform((data, ctx): z.output<Schema> => {
    const result = schema.safeParse(data, { error: authorErrorMap });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      if (issue.path.length === 0 && issue.code === 'invalid_type') {
        // The whole file is a list or a line of text: there is no field to name, and "indent it" would not help.
        ctx.addIssue({ code: 'custom', path: [wholeFile], message: wholeFileMessage(data), input: data });
        continue;
      }
      if (issue.code === 'unrecognized_keys') {
        // One problem per unknown field, each at its own name (and so its own line).
        const messages = issue.message.split(keySeparator);
        issue.keys.forEach((key, index) => ctx.addIssue({ code: 'custom', path: [...issue.path, key], message: messages[index] ?? issue.message, input: data }));
        continue;
      }
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: data });
    }
    return z.NEVER;
  });
}

/**
 * A field's path as an author reads it: list items counted from 1, since no
 * author counts from 0 ("related item 1", "sections item 2.rows item 1").
 */
export function fieldName(path: FieldPath): string {
  if (path.length === 0) return wholeFile;
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name} item ${key + 1}` : name === '' ? String(key) : `${name}.${String(key)}`), '');
}

/** Every failure of a parse, as problems naming the file, the line where it is known, the field and the fix. */
export function problemsOf(file: string, error: z.ZodError, lineOf?: (path: FieldPath) => number | undefined): HandbookProblem[] {
  return error.issues.map((issue) => {
    const line = issue.path[0] === wholeFile ? undefined : lineOf?.(issue.path);
    return { file, ...(line === undefined ? {} : { line }), field: fieldName(issue.path), ...splitMessage(issue.message) };
  });
}

/** The first failure of a parse, for the places that stop at one problem. */
export function firstProblemOf(file: string, error: z.ZodError): HandbookProblem {
  return problemsOf(file, error)[0] ?? { file, field: wholeFile, problem: 'the data is not valid', fix: 'see the README of this folder' };
}
