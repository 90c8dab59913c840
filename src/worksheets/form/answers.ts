/**
 * A reader's answers to one worksheet, as the page keeps them on the device:
 * plain data, by field name (the PDF's field names), so the same answers can
 * fill the page, a PDF, or a later version of the sheet.
 */

/** A text field's words, a check box's tick, or the option chosen in a choice. */
export type AnswerValue = string | boolean;

export type Answers = Record<string, AnswerValue>;

/** What is stored for one worksheet. */
export interface SavedAnswers {
  version: 1;
  answers: Answers;
  /** When they were last saved (milliseconds since 1970), to tell copies and tabs apart. */
  savedAt: number;
}

/** The storage key of a worksheet's answers. Prefixed, so the site's keys never clash with another app on the same origin. */
export function answersKey(slug: string): string {
  return `frontline-handbook:worksheet:${slug}`;
}

/**
 * Reads what was stored, or undefined if nothing usable was. Anything
 * unexpected (an older format, a hand-edited value) yields the answers that
 * can be read, never an error: a reader's words are not thrown away because
 * one value is odd.
 */
export function parseSaved(text: string | null): SavedAnswers | undefined {
  if (text === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const stored: unknown = Reflect.get(data, 'answers');
  const savedAt: unknown = Reflect.get(data, 'savedAt');
  if (typeof stored !== 'object' || stored === null) return undefined;
  const answers: Answers = {};
  for (const [name, value] of Object.entries(stored)) {
    if (typeof value === 'string' || typeof value === 'boolean') answers[name] = value;
  }
  return { version: 1, answers, savedAt: typeof savedAt === 'number' ? savedAt : 0 };
}

/** True when an answer holds something a reader gave (words, a tick, a choice). */
export function isGiven(value: AnswerValue | undefined): boolean {
  return value === true || (typeof value === 'string' && value.trim() !== '');
}

/**
 * Splits saved answers by whether the sheet still has their field: answers
 * to questions a newer version of the sheet dropped or renamed are kept
 * apart, to be shown, never silently dropped.
 */
export function matchToFields(answers: Answers, fieldNames: ReadonlySet<string>): { current: Answers; orphaned: Answers } {
  const current: Answers = {};
  const orphaned: Answers = {};
  for (const [name, value] of Object.entries(answers)) {
    if (fieldNames.has(name)) current[name] = value;
    else if (isGiven(value)) orphaned[name] = value;
  }
  return { current, orphaned };
}
