import { describe, expect, it } from 'vitest';
import { fieldName } from '../../src/handbook/author-errors';
import { makeSchemas, summaryMaxLength } from '../../src/handbook/schema';
import { smallCatalog } from '../helpers/small-catalog';

const schemas = makeSchemas(smallCatalog);

const goodTip = {
  title: 'Name the emotion',
  summary: 'Saying what the customer seems to feel calms them faster than arguing the facts.',
  situations: ['angry-customer'],
  sources: ['gibbs-prevent-conflicts'],
  related: ['i-message', 'active-listening'],
  channels: ['phone'],
};

function messagesFor(data: unknown, collection: 'tips' | 'tools' | 'situations' = 'tips'): string[] {
  const result = schemas[collection].safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${fieldName(issue.path)}: ${issue.message}`);
}

describe('entry schemas', () => {
  it('accept a complete tip and fill in defaults', () => {
    const result = schemas.tips.parse({ ...goodTip, channels: undefined });
    expect(result.channels).toEqual(['any']);
    expect(result.featured).toBe(false);
  });

  it('reject an entry with fewer than two related entries, as content/README.md says', () => {
    expect(messagesFor({ ...goodTip, related: ['i-message'] })).toEqual([
      'related: fewer than two related entries. Fix: name at least two entries a reader should read next',
    ]);
    expect(messagesFor({ ...goodTip, related: undefined })).toEqual([
      'related: the related entries are missing. Fix: add "related:" with at least two slugs, such as [active-listening, i-message]',
    ]);
  });

  it('reject an unknown situation, naming the field and the known ones', () => {
    expect(messagesFor({ ...goodTip, situations: ['angry-custmer'] })).toEqual([
      'situations item 1: unknown situation "angry-custmer". Fix: did you mean "angry-customer"? Otherwise use one of angry-customer, or add the situation as content/situations/angry-custmer.mdx',
    ]);
  });

  it('reject a related entry that does not exist', () => {
    expect(messagesFor({ ...goodTip, related: ['i-mesage', 'i-message'] })).toEqual([
      'related item 1: unknown related entry "i-mesage". Fix: did you mean "i-message"? Otherwise name an existing entry by its file name without extension, for example "i-message"',
    ]);
  });

  it('reject an unknown source key', () => {
    expect(messagesFor({ ...goodTip, sources: ['gibbs'] })).toEqual([
      'sources item 1: unknown source "gibbs". Fix: use a key defined in content/sources.yaml (gibbs-prevent-conflicts)',
    ]);
  });

  it('reject a missing summary', () => {
    const { summary: _omitted, ...withoutSummary } = goodTip;
    expect(messagesFor(withoutSummary)).toEqual([
      'summary: the summary is missing. Fix: add one sentence that says what this page helps with',
    ]);
  });

  it('reject an over-long summary', () => {
    expect(messagesFor({ ...goodTip, summary: 'word '.repeat(40) })).toEqual([
      `summary: the summary is longer than ${summaryMaxLength} characters. Fix: cut it to one short sentence; put the rest in the body`,
    ]);
  });

  it('reject a misspelt field at its own name, suggesting the field meant and listing the others', () => {
    expect(messagesFor({ ...goodTip, situation: ['angry-customer'] })).toEqual([
      'situation: unknown field "situation". Fix: write "situations" for "situation"; the fields here are title, summary, sources, channels, featured, order, generalAdvice, related, situations',
    ]);
  });

  it('say what was found, not "missing", when a field with its own words has the wrong type', () => {
    expect(messagesFor({ ...goodTip, summary: 42 })).toEqual([
      'summary: expected text, found the number 42. Fix: write text; put it in quotes if it starts with a symbol or looks like a number or a date',
    ]);
  });

  it('name the whole file when the front matter is not a set of fields', () => {
    expect(messagesFor(['a list'])).toEqual([
      '(whole file): the file holds a list, not a set of fields. Fix: write one "field: value" per line (in an entry, between the two --- lines at the top), as in the README of this folder',
    ]);
  });

  it('reject a title too long for a card or a printed sheet, or that a printed sheet cannot show', () => {
    expect(messagesFor({ ...goodTip, title: 'Listen '.repeat(11).trim() })).toEqual([
      'title: the title is longer than 70 characters. Fix: shorten it; titles are read on cards, in search results and on printed sheets',
    ]);
    expect(messagesFor({ ...goodTip, title: 'Name the emotion 🙂' })).toEqual([
      'title: the worksheet PDFs cannot print the "🙂" in the title, and it appears on printed sheets. Fix: use plain letters and punctuation instead (straight or curly quotes, dashes and "..." all work)',
    ]);
  });

  it('reject a wrong type with what was found and what to write instead', () => {
    expect(messagesFor({ ...goodTip, order: 'three' })).toEqual([
      'order: expected a number, found the text "three". Fix: write a number without quotes, such as 3',
    ]);
    expect(messagesFor({ ...goodTip, featured: 'yes' })).toEqual([
      'featured: expected true or false, found the text "yes". Fix: write true or false, without quotes',
    ]);
  });

  it('reject an unknown channel', () => {
    expect(messagesFor({ ...goodTip, channels: ['email'] })).toEqual([
      'channels item 1: "email" is not a channel. Fix: use phone, in-person, written, any ("written" covers email, chat and letters)',
    ]);
  });

  it('reject a tool whose worksheet does not exist', () => {
    expect(messagesFor({ ...goodTip, worksheet: 'nope' }, 'tools')).toEqual([
      'worksheet: unknown worksheet "nope". Fix: name a worksheet by its file name in worksheets/ without ".yaml" (i-message, i-message-builder), or remove the field',
    ]);
  });

  describe('situations', () => {
    const situation = {
      title: 'An angry customer',
      summary: goodTip.summary,
      sources: ['gibbs-prevent-conflicts'],
      order: 1,
      firstSteps: ['Breathe.', 'Listen.', 'Agree.'],
      say: 'I can hear how upset you are.',
      startHere: ['i-message', 'active-listening', 'name-the-emotion'],
    };

    it('accept a complete situation', () => {
      expect(messagesFor(situation, 'situations')).toEqual([]);
    });

    it('require three to five first steps', () => {
      expect(messagesFor({ ...situation, firstSteps: ['Breathe.', 'Listen.'] }, 'situations')).toEqual([
        'firstSteps: a situation needs at least three first steps. Fix: add steps until there are three to five',
      ]);
    });

    it('require a sentence to say, without quotation marks', () => {
      const { say: _omitted, ...withoutSay } = situation;
      expect(messagesFor(withoutSay, 'situations')).toEqual([
        'say: the sentence to say is missing. Fix: add "say:" with one sentence the reader can say right away',
      ]);
      expect(messagesFor({ ...situation, say: '"I hear you."' }, 'situations')).toEqual([
        'say: the sentence to say starts with a quotation mark. Fix: leave the quotation marks out; the page adds them',
      ]);
    });

    it('require three to five entries to start with, each one that exists', () => {
      expect(messagesFor({ ...situation, startHere: ['i-message'] }, 'situations')).toEqual([
        'startHere: fewer than three entries to start with. Fix: list three to five entries in "startHere"',
      ]);
      expect(messagesFor({ ...situation, startHere: ['i-message', 'active-listening', 'name-the-emotio'] }, 'situations')).toEqual([
        'startHere item 3: unknown related entry "name-the-emotio". Fix: did you mean "name-the-emotion"? Otherwise name an existing entry by its file name without extension, for example "i-message"',
      ]);
    });

    it('accept the workplace contacts in first steps, and reject a misspelt one', () => {
      expect(messagesFor({ ...situation, firstSteps: ['Step back.', 'Call {security}.', 'Tell {handOff}.'] }, 'situations')).toEqual([]);
      expect(messagesFor({ ...situation, firstSteps: ['Step back.', 'Call {securty}.', 'Leave.'] }, 'situations')).toEqual([
        'firstSteps item 2: "{securty}" is not a contact. Fix: use one of {organization}, {emergency}, {security}, {handOff}',
      ]);
      expect(messagesFor({ ...situation, say: 'Call {security now.' }, 'situations')).toEqual([
        'say: a "{" or "}" is not part of a contact such as {security}. Fix: close the braces around a contact name, or remove them',
      ]);
    });

    it('reject a safety path that links to itself, and search words that are not one lowercase word', () => {
      expect(messagesFor({ ...situation, safety: true, canTurnPhysical: true }, 'situations')).toEqual([
        'canTurnPhysical: the safety path cannot also link to itself. Fix: remove "canTurnPhysical" from the safety situation',
      ]);
      expect(messagesFor({ ...situation, searchWords: ['Knife attack'] }, 'situations')).toEqual([
        'searchWords item 1: a search word must be one lowercase word or a number. Fix: write it in lowercase letters, such as "knife", or in digits, such as "911"',
      ]);
    });

    it('reject "related" on a situation: its chosen entries are "startHere"', () => {
      expect(messagesFor({ ...situation, related: ['i-message'] }, 'situations')[0]).toMatch(/related/);
    });
  });
});
