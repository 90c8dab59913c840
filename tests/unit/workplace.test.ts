import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contactBlank, fillContacts, readWorkplace } from '../../src/handbook/workplace';

const dir = mkdtempSync(join(tmpdir(), 'handbook-workplace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
function fileWith(text: string): string {
  const file = join(dir, `workplace-${count++}.yaml`);
  writeFileSync(file, text);
  return file;
}

/** The message readWorkplace stops with for this file's text. */
function messageFor(text: string): string {
  const file = fileWith(text);
  try {
    readWorkplace(file);
  } catch (error) {
    // The file and its line (file:3:) are the checker's tests' business; this test is about the words.
    return error instanceof Error ? error.message.replace(new RegExp(`^${relative(process.cwd(), file)}(:\\d+)?: `), '') : String(error);
  }
  throw new Error(`readWorkplace accepted:\n${text}`);
}

describe('the workplace file', () => {
  it('is optional: no file, an empty file or one with only comments sets nothing', () => {
    expect(readWorkplace(join(dir, 'missing.yaml'))).toEqual({});
    expect(readWorkplace(fileWith(''))).toEqual({});
    expect(readWorkplace(fileWith('# security: the front desk\n'))).toEqual({});
  });

  it('reads every field, trimmed', () => {
    const workplace = readWorkplace(
      fileWith(
        'organization: " Riverside Library "\nemergency: "911"\nsecurity: the security desk on ext. 2222\nhandOff: the shift supervisor (ext. 2100)\npolicies:\n  - You may end a call after one calm warning.\n',
      ),
    );
    expect(workplace).toEqual({
      organization: 'Riverside Library',
      emergency: '911',
      security: 'the security desk on ext. 2222',
      handOff: 'the shift supervisor (ext. 2100)',
      policies: ['You may end a call after one calm warning.'],
    });
  });

  it('names the file, the field and the fix for each bad value', () => {
    expect(messageFor('security: ""\n')).toBe(
      `security: the security contact is empty. Fix: write the security contact, for example "the security desk on ext. 2222", or delete the line to use the handbook's general wording.`,
    );
    expect(messageFor('securty: ext. 2222\n')).toBe(
      'securty: unknown field "securty". Fix: write "security" for "securty"; the fields here are organization, emergency, security, handOff, policies.',
    );
    expect(messageFor('emergency: 911\n')).toBe(
      `emergency: the emergency number must be text. Fix: write the emergency number, for example "911", or delete the line to use the handbook's general wording.`,
    );
    expect(messageFor(`handOff: ${'the duty manager '.repeat(6)}\n`)).toBe(
      'handOff: the person to hand off to is longer than 80 characters. Fix: shorten it so it fits a line of the pocket card.',
    );
    expect(messageFor('policies: You may end a call.\n')).toBe(
      'policies: policies must be a list. Fix: write each note on its own line starting with "- ".',
    );
    expect(messageFor('security: "call {security}"\n')).toBe(
      'security: the security contact contains "{" or "}". Fix: write the words themselves, without braces.',
    );
    expect(messageFor('security: "ext. 2222 ☎"\n')).toBe(
      'security: the security contact contains "☎", which the worksheet PDFs cannot print. Fix: use plain letters, digits and punctuation.',
    );
    expect(messageFor('security: [ext. 2222\n')).toBe(
      'security: a list in [brackets] or a group in {braces} is not closed. Fix: close it with ] or } on the same line, or put the value in double quotes if the bracket is part of the text.',
    );
  });
});

describe('fillContacts', () => {
  it('puts in what the workplace set', () => {
    expect(fillContacts('Call {security}, or {emergency}.', { security: 'the front desk on ext. 12', emergency: '999' })).toBe(
      'Call the front desk on ext. 12, or 999.',
    );
  });

  it('uses general wording on the web and a blank on paper for what it did not set', () => {
    expect(fillContacts('Call {security}.', {})).toBe('Call your workplace’s security number.');
    expect(fillContacts('Emergency: {emergency}', {}, 'blank')).toBe(`Emergency: ${contactBlank}`);
  });
});
