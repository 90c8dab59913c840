// The checker runs inside the build, before Astro loads any content: every bad
// edit of tests/helpers/bad-edits.ts, made at once in one copy of the handbook,
// must stop `astro sync` (the build's first step) with every message in one
// run. tests/unit/bad-edits.test.ts checks the same edits against the checker alone.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { badEdits, breakEverything, expectedMessage } from '../helpers/bad-edits';
import { makeSandbox, removeSandboxes, runAstro } from '../helpers/sandbox';

afterAll(removeSandboxes);

function folders(sandbox: string): Record<string, string> {
  return { HANDBOOK_CONTENT_DIR: join(sandbox, 'content'), HANDBOOK_WORKSHEETS_DIR: join(sandbox, 'worksheets') };
}

describe('every bad edit at once stops the build, each with its file, line, field and fix', () => {
  const sandbox = makeSandbox();
  breakEverything(sandbox);
  const { status, output } = runAstro(sandbox, ['sync'], folders(sandbox));

  it('stops, listing every problem once, before Astro loads any content', () => {
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/\[handbook:content-check\] \d+ problems in the handbook's files:\n/);
    expect(output).toContain('Mend each as its line says, then build again. A file can show more problems once these are mended.');
    expect(output).toContain('The build stopped before making any page, because of the problems listed above.');
    // Nothing from Astro's own content errors: each would name one file only, with a hint that misleads.
    expect(output).not.toContain('does not match collection schema');
    expect(output).not.toContain('Syncing content');
  });

  it.each(badEdits.map((badEdit) => [badEdit.name, badEdit] as const))('%s', (_, badEdit) => {
    expect(output).toContain(expectedMessage(sandbox, badEdit));
  });
});

describe('a production build', () => {
  it('starts with an empty cache, and stops at a bad file before making any page', () => {
    const sandbox = makeSandbox();
    writeFileSync(join(sandbox, 'content/tips/an-empty-tip.mdx'), '');
    // A leftover in Astro's cache folder: a production build must not find it.
    const leftover = join(sandbox, 'node_modules/.astro/leftover.json');
    mkdirSync(join(leftover, '..'), { recursive: true });
    writeFileSync(leftover, '{}');
    const { status, output } = runAstro(sandbox, ['build', '--outDir', join(sandbox, 'dist')], folders(sandbox));
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/tips/an-empty-tip.mdx:1: front matter: the file does not start with front matter.');
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(join(sandbox, 'dist'))).toBe(false);
  });
});
