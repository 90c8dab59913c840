import { describe, expect, it } from 'vitest';
import { worksheetRecord } from '../../src/search/worksheet-records';
import { parseWorksheet } from '../../src/worksheets/parse';
import { smallCatalog } from '../helpers/small-catalog';
import { channelFacetsOf, searchTypeOf } from '../../src/search/facets';
import { isPlausible, pinnedBy, termsOf } from '../../src/search/query';

describe('termsOf', () => {
  it('keeps the words that say what is happening', () => {
    expect(termsOf('yelling on the phone').map((term) => term.word)).toEqual(['yelling', 'phone']);
    expect(termsOf("I'm so stressed out").map((term) => term.word)).toEqual(['stressed']);
  });

  it('keeps "not": "not my fault" is not "my fault"', () => {
    expect(termsOf('not my fault').map((term) => term.word)).toEqual(['not', 'fault']);
  });

  it("adds the handbook's words for what people say", () => {
    expect(termsOf('customer is drunk')).toEqual([
      { word: 'customer', searches: ['customer'] },
      { word: 'drunk', searches: ['drunk', 'intoxicated', 'alcohol'] },
    ]);
  });

  it('reads idioms as a whole', () => {
    expect(termsOf('customer keeps calling me names').map((term) => term.word)).toEqual(['customer', 'keeps', 'insults']);
    expect(termsOf('It’s getting out of hand').map((term) => term.word)).toEqual(['getting', 'escalating']);
  });

  it('searches a one- or two-letter word only through its synonyms, or when it is all there is', () => {
    expect(termsOf('say no nicely').find((term) => term.word === 'no')).toEqual({ word: 'no', searches: ['answer'] });
    expect(termsOf('ok')).toEqual([{ word: 'ok', searches: ['ok'] }]);
    expect(termsOf('be ok')).toEqual([{ word: 'ok', searches: ['ok'] }]);
    expect(termsOf('ok go')).toEqual([]);
  });

  it('keeps a query of filler words rather than searching nothing', () => {
    expect(termsOf('what do I do').map((term) => term.word)).toEqual(['what']);
  });
});

describe('isPlausible', () => {
  it('accepts an excerpt that highlights the word typed, a form of it, or a synonym', () => {
    expect(isPlausible('they were <mark>yelling</mark> at me', 'yelling')).toBe(true);
    expect(isPlausible('when <mark>anger</mark> rises', 'angry')).toBe(true);
    expect(isPlausible('a customer who is <mark>intoxicated,</mark> high', 'drunk')).toBe(true);
  });

  it("rejects Pagefind's fallback to a much shorter word", () => {
    expect(isPlausible('then the next. <mark>D.</mark> The you-message', 'drunk')).toBe(false);
  });

  it('accepts an excerpt without highlights (a match in the title only)', () => {
    expect(isPlausible('A plain summary.', 'anything')).toBe(true);
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

describe('worksheetRecord', () => {
  const situations = [
    { slug: 'angry-customer', label: 'An angry customer' },
    { slug: 'on-the-phone', label: 'On the phone' },
  ];
  const sheet = parseWorksheet(
    'worksheets/calm-script.yaml',
    {
      title: 'Calm script',
      purpose: 'Plan what to say when a caller shouts.',
      instructions: 'Fill it in before your next shift.',
      minutes: 10,
      situations: ['angry-customer'],
      related: ['i-message'],
      sources: ['gibbs-prevent-conflicts'],
      sections: [{ kind: 'question', name: 'opener', prompt: 'What is your **first** sentence?' }],
    },
    smallCatalog,
  );

  it('makes one record per worksheet, pointing at the Letter file with the A4 one as meta', () => {
    const record = worksheetRecord('calm-script', sheet, situations);
    expect(record).toMatchObject({
      url: '/pdf/calm-script-letter.pdf',
      language: 'en',
      meta: {
        name: 'Calm script (PDF)',
        type: 'Worksheet (PDF)',
        summary: 'Plan what to say when a caller shouts.',
        paper: 'US Letter',
        other_url: '/pdf/calm-script-a4.pdf',
        other_paper: 'A4',
      },
      filters: { type: ['Worksheet'], situation: ['An angry customer'], channel: ['On the phone', 'In person', 'In writing'] },
    });
    expect(record.content).toContain('Fill it in before your next shift.');
    expect(record.content).toContain('What is your first sentence?');
    expect(record.content).not.toContain('opener');
  });
});

describe('pinnedBy', () => {
  const pins = [{ situation: 'you-feel-unsafe', words: ['knife', 'police', 'scared'] }];

  it('pins a situation when the query holds one of its words, in any case and among others', () => {
    expect(pinnedBy('he has a KNIFE', pins)).toEqual(['you-feel-unsafe']);
    expect(pinnedBy('should I call the police?', pins)).toEqual(['you-feel-unsafe']);
  });

  it('pins nothing for words that only look alike', () => {
    expect(pinnedBy('policy on refunds', pins)).toEqual([]);
    expect(pinnedBy('knifes', pins)).toEqual([]);
  });
});
