import { describe, expect, it } from 'vitest';
import { cardLine } from '../../src/worksheets/card-lines';

describe('cardLine', () => {
  it('splits a line that starts with a bold key from its text', () => {
    expect(cardLine('**S** Summarize what you heard')).toEqual({ key: 'S', text: 'Summarize what you heard' });
  });

  it('keeps a line whole when bold words are not its key', () => {
    expect(cardLine('Say **no** once')).toEqual({ key: undefined, text: 'Say **no** once' });
    expect(cardLine('**Breathe**')).toEqual({ key: undefined, text: '**Breathe**' });
  });
});
