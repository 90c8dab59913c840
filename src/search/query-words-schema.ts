import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'astro/zod';
import { authorMessage, problemsOf, withAuthorErrors } from '../handbook/author-errors';
import { HandbookError } from '../handbook/errors';
import { isSyntaxProblem, readYaml } from '../handbook/yaml-source';
import { isFillerWord, noQueryWords, type QueryWords } from './query-words';

const word = z
  .string({ error: authorMessage('a word must be text', 'write one lowercase word, such as drunk') })
  .regex(/^[a-z][a-z'-]*$/, authorMessage('this is not one lowercase word', 'write one word in lowercase letters (an apostrophe or hyphen may join parts), such as drunk'));

const phrase = z
  .string({ error: authorMessage('a phrase must be text', 'write the words as a reader types them, such as "calling me names"') })
  .regex(/^[a-z][a-z' -]*[a-z]$/, authorMessage('this is not a lowercase phrase', 'write lowercase words with single spaces between them, such as "calling me names"'))
  .refine((value) => value.includes(' '), authorMessage('a phrase needs two words or more', 'move a single word to "words"'));

function list<T extends z.ZodType>(item: T, what: string, example: string) {
  return z.array(item, { error: authorMessage(`${what} must be a list`, `write a list, such as ${example}`) }).min(1, authorMessage(`${what} is an empty list`, `add at least one, such as ${example}`));
}

/**
 * What every entry carries: a query in a reader's words that uses it, and the
 * page that must come up in the first three results for it. The search tests
 * run each one, so an entry that stops helping fails the build's tests.
 */
const check = {
  /** A query as a reader would type it, holding the entry's words. */
  example: z
    .string({ error: authorMessage('example is missing', 'write a query a reader would type that uses these words, such as "drunk guy at the counter"') })
    .min(3, authorMessage('example is too short', 'write a whole query a reader would type')),
  /** The page that must be among the first three results for the example: its path, such as /situations/impaired-customer/. */
  finds: z
    .string({ error: authorMessage('finds is missing', 'write the path of the page the example must find, such as /situations/impaired-customer/') })
    .regex(/^\/[a-z-]+\/[a-z0-9-]+\/$/, authorMessage('finds is not a page path', 'write it as the address bar shows it after the host, such as /situations/impaired-customer/')),
};

export const queryWordsSchema = withAuthorErrors(
  z.strictObject({
    /** Everyday words and the handbook's words for them. */
    words: z
      .array(
        z.strictObject({
          say: list(word, 'say', '[drunk, wasted]'),
          means: list(word, 'means', '[intoxicated, alcohol]'),
          ...check,
        }),
      )
      .default([]),
    /** Phrases whose words mislead one by one; `means: []` leaves the phrase out. */
    phrases: z
      .array(
        z.strictObject({
          say: list(phrase, 'say', '["calling me names"]'),
          means: z.array(word, { error: authorMessage('means must be a list', 'write a list of words, or [] to leave the phrase out of the search') }),
          ...check,
        }),
      )
      .default([]),
    /** Words the handbook uses in another sense than readers do. */
    senses: z
      .array(
        z.strictObject({
          word,
          means: list(word, 'means', '[desk]'),
          unless: list(word, 'unless', '[thinking, thoughts]'),
          ...check,
        }),
      )
      .default([]),
    /** Words to match as written, not as the start of a longer word. */
    exact: z.array(z.strictObject({ say: list(word, 'say', '[police]'), ...check })).default([]),
    /** Words that say nothing about what is happening. */
    ignore: z.array(z.strictObject({ say: list(word, 'say', '[guy, lady]'), ...check })).default([]),
  }),
);

export type QueryWordsFile = z.output<typeof queryWordsSchema>;

/** The examples of every entry, with the page each must find: the search tests run them. */
export interface QueryWordsExample {
  example: string;
  finds: string;
  /** Which entry, as an author finds it in the file ("words: drunk"). */
  entry: string;
}

export function examplesOf(file: QueryWordsFile): QueryWordsExample[] {
  return [
    ...file.words.map((entry) => ({ ...entry, entry: `words: ${entry.say.join(', ')}` })),
    ...file.phrases.map((entry) => ({ ...entry, entry: `phrases: ${entry.say.join(', ')}` })),
    ...file.senses.map((entry) => ({ ...entry, entry: `senses: ${entry.word}` })),
    ...file.exact.map((entry) => ({ ...entry, entry: `exact: ${entry.say.join(', ')}` })),
    ...file.ignore.map((entry) => ({ ...entry, entry: `ignore: ${entry.say.join(', ')}` })),
  ].map(({ example, finds, entry }) => ({ example, finds, entry }));
}

/** The file as search reads it. */
export function compileQueryWords(file: QueryWordsFile): QueryWords {
  const words: Record<string, string[]> = {};
  for (const entry of file.words) for (const said of entry.say) words[said] = [...(words[said] ?? []), ...entry.means];
  const phrases = file.phrases
    .flatMap((entry) => entry.say.map((said) => [said, entry.means] as const))
    .sort((a, b) => b[0].length - a[0].length);
  const senses = Object.fromEntries(file.senses.map((entry) => [entry.word, { means: entry.means, unless: entry.unless }]));
  return { words, phrases, senses, exact: file.exact.flatMap((entry) => entry.say), ignore: file.ignore.flatMap((entry) => entry.say) };
}

/**
 * Reads and checks content/search-words.yaml. A missing file means search
 * reads queries word by word. Problems name the file, the line, the field and
 * the fix; a word listed twice, or a filler word search already leaves out,
 * is a problem too, since only one of two meanings can apply.
 */
export function readQueryWords(file: string): { compiled: QueryWords; examples: QueryWordsExample[] } {
  if (!existsSync(file)) return { compiled: noQueryWords, examples: [] };
  const shown = relative(process.cwd(), file);
  const read = readYaml(readFileSync(file, 'utf8'));
  if (isSyntaxProblem(read)) throw new HandbookError({ file: shown, ...read });
  const result = queryWordsSchema.safeParse(read.data ?? {});
  if (!result.success) {
    const [first] = problemsOf(shown, result.error, read.lineOf);
    if (first) throw new HandbookError(first);
  }
  const data = result.data;
  if (!data) return { compiled: noQueryWords, examples: [] };
  const seen = new Map<string, string>();
  const entries: ReadonlyArray<readonly [group: keyof QueryWordsFile, index: number, words: readonly string[]]> = [
    ...data.words.map((entry, index) => ['words', index, entry.say] as const),
    ...data.phrases.map((entry, index) => ['phrases', index, entry.say] as const),
    ...data.senses.map((entry, index) => ['senses', index, [entry.word]] as const),
    ...data.exact.map((entry, index) => ['exact', index, entry.say] as const),
    ...data.ignore.map((entry, index) => ['ignore', index, entry.say] as const),
  ];
  for (const [group, index, words] of entries) {
    for (const said of words) {
      const field = `${group} item ${index + 1}`;
      const line = read.lineOf([group, index]);
      const at = { file: shown, ...(line === undefined ? {} : { line }), field };
      const earlier = seen.get(`${group === 'exact' ? 'exact' : 'meaning'}:${said}`);
      if (earlier !== undefined) {
        throw new HandbookError({ ...at, problem: `"${said}" is listed already, in ${earlier}`, fix: 'keep one entry for it and merge the other into it' });
      }
      if (group !== 'phrases' && isFillerWord(said)) {
        throw new HandbookError({ ...at, problem: `"${said}" is a word search always leaves out`, fix: 'remove it, or use it inside a phrase' });
      }
      seen.set(`${group === 'exact' ? 'exact' : 'meaning'}:${said}`, field);
    }
  }
  return { compiled: compileQueryWords(data), examples: examplesOf(data) };
}
