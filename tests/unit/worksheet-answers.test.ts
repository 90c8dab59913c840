import { describe, expect, it } from 'vitest';
import { answersKey, isGiven, matchToFields, parseSaved } from '../../src/worksheets/form/answers';

describe('answers kept on the device', () => {
  it('are stored under a key of their own per worksheet', () => {
    expect(answersKey('i-message-builder')).toBe('frontline-handbook:worksheet:i-message-builder');
    expect(answersKey('a')).not.toBe(answersKey('b'));
  });

  it('read back what was saved, in every script', () => {
    const saved = { version: 1, answers: { attention: 'Łódź, Ελλάδα, Київ', 'check.tried': true, 'lines.line-1.mode': 'adult' }, savedAt: 5 };
    expect(parseSaved(JSON.stringify(saved))).toEqual(saved);
  });

  it('keep every readable answer from an odd or damaged value, and ignore what is not JSON', () => {
    expect(parseSaved('{"answers":{"a":"words","b":3,"c":true}}')).toEqual({ version: 1, answers: { a: 'words', c: true }, savedAt: 0 });
    expect(parseSaved('not json')).toBeUndefined();
    expect(parseSaved(null)).toBeUndefined();
    expect(parseSaved('[]')).toBeUndefined();
  });

  it('tell answers to questions the sheet still has from answers to questions it dropped, dropping only empty ones', () => {
    const { current, orphaned } = matchToFields({ kept: 'yes', gone: 'my words', empty: '', unticked: false, ticked: true }, new Set(['kept']));
    expect(current).toEqual({ kept: 'yes' });
    expect(orphaned).toEqual({ gone: 'my words', ticked: true });
  });

  it('count words, ticks and choices as given, blanks and unticked boxes as not', () => {
    expect([isGiven('a'), isGiven(true), isGiven(' '), isGiven(false), isGiven(undefined), isGiven('')]).toEqual([true, true, false, false, false, false]);
  });
});
