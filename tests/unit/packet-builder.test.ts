// The pure parts of "Make a packet": what the cover prints of what was typed,
// what the device keeps, the order's moves and the file's name.
import { describe, expect, it } from 'vitest';
import { coverProblem, coverText, customCover, customPacketDescription, defaultPacketTitle } from '../../src/workshops/custom-packet';
import { moved, packetFileName, parseChoices } from '../../src/workshops/packet-choices';

describe('the typed cover', () => {
  it('prints one line, without the bold markers, cut to its length', () => {
    expect(coverText('  Monday\n  **refresher**  ', 'title')).toBe('Monday *refresher*');
    expect(coverText('x'.repeat(200), 'date')).toHaveLength(40);
    expect(customPacketDescription({ title: '   ', date: '', trainer: '' }).title).toBe(defaultPacketTitle);
  });

  it('takes the scripts people type, and says which character it cannot print and why a word cannot wrap', () => {
    expect(coverProblem('Łódź: Свети Никола, Αθήνα, Hà Nội', 'title')).toBeUndefined();
    expect(coverProblem('Team day 🎉', 'title')).toContain('“🎉” in the title');
    expect(coverProblem('培训', 'trainer')).toContain('in the trainer’s name');
    expect(coverProblem('a'.repeat(45), 'trainer')).toContain('too long to fit a line');
  });
});

describe('the choices kept on the device', () => {
  const kept = { slugs: ['a', 'b', 'a'], title: 'T', date: 'D', trainer: 'N', paper: 'a4' };

  it('read back, with each sheet once', () => {
    expect(parseChoices(JSON.stringify(kept))).toEqual({ ...kept, slugs: ['a', 'b'] });
  });

  it('start empty when unreadable, instead of breaking the page', () => {
    for (const stored of [null, '{', '[]', JSON.stringify({ ...kept, paper: 'legal' }), JSON.stringify({ ...kept, slugs: 'a' })]) expect(parseChoices(stored), String(stored)).toBeUndefined();
  });
});

describe('the order', () => {
  it('moves one sheet by one place, and never past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the file name', () => {
  it('comes from the title, in any script', () => {
    expect(packetFileName('Monday’s session: saying no', 'letter')).toBe('mondays-session-saying-no-letter.pdf');
    expect(packetFileName('Łódź: Свети Никола', 'a4')).toBe('łodz-свети-никола-a4.pdf');
    expect(packetFileName('🎉', 'a4')).toBe('training-packet-a4.pdf');
  });
});

describe('the cover of a packet with role cards', () => {
  const parts = [{ context: { url: 'u', relatedTitles: [], credits: ['A source, its origin'] } }];
  const cover = (withRoleCards: boolean) => customCover({ title: 'T', date: '', trainer: '' }, parts, 'https://example.org/make/', withRoleCards)([{ title: 'Sheet', page: 2 }], { first: 1, total: 3 });

  it('says how to hand the cards out, since the customer’s brief is not for everyone', () => {
    expect(cover(true).sheet.instructions).toContain('hand each person only their own');
    expect(cover(false).sheet.instructions).not.toContain('role cards');
    expect(cover(false).context.credits).toEqual(['A source, its origin']);
  });
});
