import { describe, expect, it } from 'vitest';
import { typographic } from '../../src/handbook/typography';

describe('typographic', () => {
  it('curls apostrophes and quotes the way Markdown bodies are curled', () => {
    expect(typographic(`Don't say "calm down."`)).toBe('Don’t say “calm down.”');
    expect(typographic(`the customers' "yes"`)).toBe('the customers’ “yes”');
    expect(typographic(`Ross and 'Unagi'`)).toBe('Ross and ‘Unagi’');
  });

  it('leaves curly quotes alone and turns three dots into an ellipsis', () => {
    expect(typographic('They’re “fine”...')).toBe('They’re “fine”…');
  });
});
