import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelFacetsOf, searchTypeOf } from '../../src/search/facets';
import { excerptOf } from '../../src/search/excerpt';
import { isPlausibleMatch, maxQueryLength, termsOf, type QueryWords } from '../../src/search/query-words';
import { readQueryWords } from '../../src/search/query-words-schema';
import { likelyQueries, pinnedBy } from '../../src/search/results';

const shipped = readQueryWords('content/search-words.yaml');
const words: QueryWords = shipped.compiled;
const searched = (query: string) => termsOf(query, words).flatMap((term) => term.searches.map((search) => search.text));

describe('termsOf', () => {
  it('keeps the words that say what is happening', () => {
    expect(termsOf('yelling on the phone').map((term) => term.word)).toEqual(['yelling', 'phone']);
    expect(termsOf("I'm so stressed out").map((term) => term.word)).toEqual(['stressed']);
  });

  it('keeps "not": "not my fault" is not "my fault"', () => {
    expect(termsOf('not my fault').map((term) => term.word)).toEqual(['not', 'fault']);
  });

  it("adds the handbook's words for what people say, weighed a little less", () => {
    expect(termsOf('customer is drunk', words)[1]).toEqual({
      word: 'drunk',
      searches: [
        { text: 'drunk', exact: false, weight: 1, typed: true },
        { text: 'intoxicated', exact: false, weight: 0.8, typed: false },
        { text: 'alcohol', exact: false, weight: 0.8, typed: false },
      ],
    });
  });

  it('reads idioms as a whole, and drops the frame of a question', () => {
    expect(termsOf('customer keeps calling me names', words).map((term) => term.word)).toEqual(['customer', 'insults']);
    expect(termsOf('what do i say when a customer is rude', words).map((term) => term.word)).toEqual(['customer', 'rude']);
    expect(searched('I snapped at a customer')).toContain('irritation');
    expect(searched('I snapped at a customer')).not.toContain('snapped');
  });

  it('reads a word in its sense: a counter is a desk, unless the query is about thinking', () => {
    expect(searched('drunk guy at the counter')).toContain('desk');
    expect(searched('drunk guy at the counter')).not.toContain('counter');
    expect(searched('counter distorted thinking')).toContain('counter');
  });

  it('matches "police" as written, so it cannot find "policy"', () => {
    expect(termsOf('call the police', words).flatMap((term) => term.searches)).toContainEqual({ text: 'police', exact: true, weight: 1, typed: true });
  });

  it('searches a one- or two-letter word only through its synonyms, or when it is all there is', () => {
    expect(termsOf('say no nicely', words).find((term) => term.word === 'no')?.searches.map((search) => search.text)).toEqual(['answer']);
    expect(termsOf('ok').map((term) => term.word)).toEqual(['ok']);
    expect(termsOf('ok go')).toEqual([]);
  });

  it('reads at most 200 characters and 8 words, so a pasted page cannot stall the search', () => {
    const pasted = 'word '.repeat(2000);
    expect(termsOf(pasted).length).toBeLessThanOrEqual(8);
    const words = Array.from({ length: 30 }, (_, index) => `w${String(index).padStart(3, '0')}x`).join(' ');
    expect(termsOf(words).length).toBe(8);
    expect(termsOf('a'.repeat(5000))[0]?.word.length).toBe(maxQueryLength);
  });
});

describe('content/search-words.yaml', () => {
  it('has an example and a page for every entry, and some of each kind', () => {
    expect(shipped.examples.length).toBeGreaterThan(40);
    for (const kind of ['words', 'phrases', 'senses', 'exact', 'ignore']) {
      expect(shipped.examples.some((example) => example.entry.startsWith(`${kind}:`)), kind).toBe(true);
    }
  });

  // Each entry's example must really use the entry: the browser tests then check the page it finds.
  it.each(shipped.examples.map((example) => [example.entry, example] as const))('%s: its example is read through it', (_, { entry, example }) => {
    const without = termsOf(example).flatMap((term) => term.searches.map((search) => `${search.text}:${search.exact}`));
    const withWords = termsOf(example, words).flatMap((term) => term.searches.map((search) => `${search.text}:${search.exact}`));
    expect(withWords, `${entry} changes nothing in "${example}"`).not.toEqual(without);
  });
});

describe('readQueryWords', () => {
  function problemOf(text: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'search-words-'));
    const file = join(folder, 'search-words.yaml');
    writeFileSync(file, text);
    try {
      readQueryWords(file);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return 'no problem';
  }

  it('names the file, the line, the field and the fix', () => {
    expect(problemOf('words:\n  - say: [Drunk]\n    means: [intoxicated]\n    example: drunk guy\n    finds: /situations/impaired-customer/\n')).toMatch(
      /search-words\.yaml:2: words item 1\.say item 1: this is not one lowercase word\. Fix: write one word in lowercase letters/,
    );
    expect(problemOf('words:\n  - say: [drunk]\n    means: [intoxicated]\n    finds: /situations/impaired-customer/\n')).toMatch(/words item 1\.example: example is missing\. Fix: write a query/);
    expect(problemOf('words:\n  - say: [drunk]\n    means: [intoxicated]\n    example: drunk guy\n    finds: impaired-customer\n')).toMatch(/finds: finds is not a page path\. Fix:/);
    expect(problemOf('phrases:\n  - say: [names]\n    means: [insults]\n    example: calling names\n    finds: /situations/rude-or-abusive-customer/\n')).toMatch(
      /phrases item 1\.say item 1: a phrase needs two words or more\. Fix: move a single word to "words"/,
    );
  });

  it('refuses a word listed twice, or one search always leaves out', () => {
    const entry = (say: string) => `  - say: [${say}]\n    means: [angry]\n    example: ${say} customer\n    finds: /situations/angry-customer/\n`;
    expect(problemOf(`words:\n${entry('mad')}${entry('mad')}`)).toMatch(/:6: words item 2: "mad" is listed already, in words item 1\. Fix: keep one entry/);
    expect(problemOf(`words:\n${entry('the')}`)).toMatch(/words item 1: "the" is a word search always leaves out\. Fix:/);
  });
});

describe('isPlausibleMatch', () => {
  it('accepts the word typed, a form of it, or a misspelling that keeps its start', () => {
    expect(isPlausibleMatch(['yelling'], 'yelling')).toBe(true);
    expect(isPlausibleMatch(['anger'], 'angery')).toBe(true);
    expect(isPlausibleMatch(['customers,'], 'custom')).toBe(true);
  });

  it("rejects Pagefind's fallback to a much shorter word", () => {
    expect(isPlausibleMatch(['D.'], 'drunk')).toBe(false);
    expect(isPlausibleMatch(['C.'], 'custmer')).toBe(false);
  });
});

describe('excerptOf', () => {
  const content =
    'Angry customer. Stay calm and let them finish. When a caller is shouting about a bill, breathe out slowly and set a limit on the call without raising your voice. Then offer the next step you can take today, and say when you will call back with news.';
  const wordsOf = content.split(' ');
  const at = (word: string) => wordsOf.findIndex((candidate) => candidate.startsWith(word));
  const text = (parts: ReturnType<typeof excerptOf>) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

  it('starts at the sentence that holds the match and ends at a sentence boundary', () => {
    const excerpt = text(excerptOf(content, [at('shouting')], 'Angry customer'));
    expect(excerpt).toMatch(/^… When a caller is \[shouting\] about a bill,/);
    expect(excerpt).toMatch(/your voice\.$/);
  });

  it('leaves out the title the card shows already, and marks the word without its punctuation', () => {
    expect(text(excerptOf(content, [at('calm')], 'Angry customer'))).toMatch(/^Stay \[calm\] and let them finish\./);
    expect(text(excerptOf(content, [at('bill,')], 'Angry customer'))).toContain('[bill],');
  });

  it('cuts a sentence too long to show at a word, with an ellipsis', () => {
    const long = `Title. ${'word '.repeat(80)}match ${'more '.repeat(80)}end.`;
    const excerpt = text(excerptOf(long, [long.split(' ').indexOf('match')], 'Title'));
    expect(excerpt).toContain('[match]');
    expect(excerpt).toMatch(/^… /);
    expect(excerpt).toMatch(/ …$/);
    expect(excerpt.split(' ').length).toBeLessThanOrEqual(40);
  });
});

describe('search facets', () => {
  it('lets advice for any channel show under every channel filter', () => {
    expect(channelFacetsOf(['any']).map((channel) => channel.slug)).toEqual(['phone', 'in-person', 'written']);
    expect(channelFacetsOf(['phone', 'written']).map((channel) => channel.label)).toEqual(['On the phone', 'In writing']);
  });

  it('names each kind of result', () => {
    expect(searchTypeOf('case-studies')).toEqual({ slug: 'case-study', label: 'Case study' });
    expect(searchTypeOf('worksheets')).toEqual({ slug: 'worksheet', label: 'Worksheet' });
  });
});

describe('pinnedBy', () => {
  const pins = [{ situation: 'you-feel-unsafe', words: ['knife', 'police', 'scared', 'stalking'] }];
  const pinned = (query: string) => pinnedBy(termsOf(query, words), pins);

  it('pins a situation when the query holds one of its words, in any case and among others', () => {
    expect(pinned('he has a KNIFE')).toEqual(['you-feel-unsafe']);
    expect(pinned('should I call the police?')).toEqual(['you-feel-unsafe']);
  });

  it('pins through a phrase that means one of its words', () => {
    expect(pinned('he knows where I live')).toEqual(['you-feel-unsafe']);
  });

  it('pins nothing for words that only look alike', () => {
    expect(pinned('policy on refunds')).toEqual([]);
    expect(pinned('knifes')).toEqual([]);
  });
});

describe('likelyQueries', () => {
  const own: QueryWords = { ...words, words: { drunk: ['intoxicated', 'alcohol'], drinking: ['alcohol'] } };

  it("completes the word being typed as the readers' words and the handbook's words it may become", () => {
    expect(likelyQueries('customer is drun', own)).toEqual(['customer is drunk']);
    expect(likelyQueries('customer is drin', own)).toEqual(['customer is drinking']);
    expect(likelyQueries('smells of alco', own)).toEqual(['smells of alcohol']);
  });

  it('completes it as the longer words it matched in the pages shown, the most frequent first', () => {
    const shown = ['phone.', 'Phones', 'phone', 'phonetic', 'yelling', 'Phone’s'];
    expect(likelyQueries('yelling on the phon', own, shown)).toEqual(['yelling on the phone', 'yelling on the phones', 'yelling on the phonetic']);
  });

  it('reads ahead at most three queries, the vocabulary first', () => {
    const shown = ['drunken', 'drunks', 'drunkard', 'drunkenly'];
    expect(likelyQueries('customer is drun', own, shown)).toEqual(['customer is drunk', 'customer is drunken', 'customer is drunks']);
  });

  it('reads nothing ahead for a finished word, or one of fewer than four letters', () => {
    expect(likelyQueries('customer is drun ', own, ['drunk'])).toEqual([]);
    expect(likelyQueries('customer is dru', own, ['drunk'])).toEqual([]);
    expect(likelyQueries('customer is drunk', own, ['drunk'])).toEqual([]);
  });
});
