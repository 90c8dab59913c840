import { describe, expect, it } from 'vitest';
import { copiesKey, copyPreview, hasAnswers, newCopyId, parseCopies, serializeCopies } from '../../src/worksheets/form/copies';

const words = (name: string) => name !== 'mode';

describe('earlier copies of a worksheet', () => {
  it('are stored under a key of their own per worksheet, apart from the current answers', () => {
    expect(copiesKey('gratitude-journal')).toBe('frontline-handbook:worksheet-copies:gratitude-journal');
    expect(copiesKey('a')).not.toBe(copiesKey('b'));
  });

  it('read back what was kept, newest first, in every script', () => {
    const copies = [
      { id: 'old', answers: { day: 'Łódź' }, savedAt: 1 },
      { id: 'new', answers: { day: 'Київ', tick: true }, savedAt: 2 },
    ];
    expect(parseCopies(serializeCopies(copies))).toEqual([copies[1], copies[0]]);
  });

  it('keep every readable copy from an odd or damaged value', () => {
    const text = JSON.stringify({ copies: [{ answers: { a: 'kept', b: 3 }, savedAt: 4 }, 'nonsense', { id: 'x', answers: { c: true } }] });
    expect(parseCopies(text)).toEqual([
      { id: 'unnamed-0', answers: { a: 'kept' }, savedAt: 4 },
      { id: 'x', answers: { c: true }, savedAt: 0 },
    ]);
    expect(parseCopies('not json')).toEqual([]);
    expect(parseCopies(null)).toEqual([]);
    expect(parseCopies('{"copies":{}}')).toEqual([]);
  });

  it('count a copy worth keeping only when something was given', () => {
    expect(hasAnswers({ a: '  ', b: false })).toBe(false);
    expect(hasAnswers({ a: '', b: true })).toBe(true);
  });

  it('are told apart by their first written words, cut at a word', () => {
    expect(copyPreview({ mode: 'adult', day: 'A  calm\ncall' }, words)).toBe('A calm call');
    expect(copyPreview({ day: 'The customer thanked me for staying calm while the line was long.' }, words)).toBe(
      'The customer thanked me for staying calm while the line was…',
    );
    expect(copyPreview({ day: 'x'.repeat(80) }, words)).toBe(`${'x'.repeat(60)}…`);
  });

  it('start with the date written on the sheet, leave out the name (the same on every copy) unless nothing else is written', () => {
    const lines = { name: 'who.name', date: 'who.date' };
    expect(copyPreview({ 'who.name': 'Ana', 'who.date': 'Week of March 3', day: 'A calm call' }, words, lines)).toBe('Week of March 3 · A calm call');
    expect(copyPreview({ 'who.name': 'Ana', 'who.date': 'Week of March 3' }, words, lines)).toBe('Week of March 3');
    expect(copyPreview({ 'who.name': 'Ana', 'who.date': ' ', day: 'A calm call' }, words, lines)).toBe('A calm call');
    expect(copyPreview({ 'who.name': 'Ana', tick: true }, words, lines)).toBe('Ana');
  });

  it('say how many boxes were ticked or chosen when nothing was written', () => {
    expect(copyPreview({ mode: 'adult', tick: true, other: false }, words)).toBe('2 boxes ticked or chosen');
    expect(copyPreview({ tick: true }, words)).toBe('1 box ticked or chosen');
  });

  it('get ids that differ even when made in the same millisecond', () => {
    expect(newCopyId(5)).not.toBe(newCopyId(5));
  });
});
