// A bad worksheet definition must stop the build with a message that names the
// file, the field and the fix, as Astro prints it. Each case breaks one file of
// a sandbox copy and runs Astro's content sync, the step that loads worksheets.
// The unit tests (worksheets-schema.test.ts) pin the full wording of each message.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSandbox, removeSandboxes, runAstro } from '../helpers/sandbox';

afterAll(removeSandboxes);

const sheet = 'worksheets/own-your-message.yaml';

function breakSheet(change: (text: string) => string): string {
  const sandbox = makeSandbox();
  const file = join(sandbox, sheet);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return sandbox;
}

function syncFails(sandbox: string): string {
  const { status, output } = runAstro(sandbox, ['sync'], {
    HANDBOOK_CONTENT_DIR: join(sandbox, 'content'),
    HANDBOOK_WORKSHEETS_DIR: join(sandbox, 'worksheets'),
  });
  expect(status, output).not.toBe(0);
  return output;
}

describe('a bad worksheet definition fails the build', () => {
  it('an unknown section kind', () => {
    const sandbox = breakSheet((t) => t.replace('  - kind: checklist\n', '  - kind: tickbox\n'));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, sheet));
    expect(output).toContain('sections.7.kind: unknown section kind "tickbox". Fix: use one of text, question, table, checklist');
  });

  it('a row with the wrong number of cells', () => {
    const sandbox = makeSandbox();
    const file = join(sandbox, 'worksheets/sources-of-influence.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{check}, {write}, {write}]', '{check}, {write}]'));
    const output = syncFails(sandbox);
    expect(output).toContain(file);
    expect(output).toContain('row "expertise" of table "influence" has 3 cells but the table has 4 columns');
  });

  it('a duplicate field name', () => {
    const sandbox = breakSheet((t) => t.replace('    name: effect\n', '    name: behavior\n'));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, sheet));
    expect(output).toContain('the field name "behavior" is used by sections 3 and 4. Fix: give each section');
  });

  it('an empty title', () => {
    const sandbox = breakSheet((t) => t.replace(/^title: .*$/m, 'title: ""'));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, sheet));
    expect(output).toContain('title: the title is empty. Fix: give the worksheet a short, plain title');
  });

  it('a related entry that does not exist', () => {
    const sandbox = breakSheet((t) => t.replace('related: [own-your-message,', 'related: [own-your-mesage,'));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, sheet));
    expect(output).toContain('related.0: unknown related entry "own-your-mesage". Fix: did you mean "own-your-message"? Otherwise name an existing tool');
  });

  it('a file name that is not a slug', () => {
    const sandbox = makeSandbox();
    renameSync(join(sandbox, 'worksheets/pocket-cards.yaml'), join(sandbox, 'worksheets/Pocket_Cards.yaml'));
    const output = syncFails(sandbox);
    expect(output).toContain('worksheets/Pocket_Cards.yaml: file name: "Pocket_Cards.yaml" is not a usable slug. Fix: name the file');
  });
});
