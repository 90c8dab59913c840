// Each kind of bad content must stop the build with a message that names the
// file, the field and the fix. Each case breaks one file of a sandbox copy and
// runs Astro's content sync, the step of the build that loads content.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSandbox, removeSandboxes, runAstro } from '../helpers/sandbox';

afterAll(removeSandboxes);

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

function syncFails(sandbox: string): string {
  const { status, output } = runAstro(sandbox, ['sync'], { HANDBOOK_CONTENT_DIR: join(sandbox, 'content') });
  expect(status, output).not.toBe(0);
  return output;
}

const tip = 'content/tips/name-the-emotion.mdx';

describe('bad content fails the build', () => {
  it('an unknown situation', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^situations: \[/m, 'situations: [angry-custmer, '));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, tip));
    expect(output).toContain('situations.0: unknown situation "angry-custmer". Fix: did you mean "angry-customer"? Otherwise use one of');
  });

  it('an unknown related entry', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^related: \[/m, 'related: [i-mesage, '));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, tip));
    expect(output).toContain('related.0: unknown related entry "i-mesage". Fix: did you mean "i-message"? Otherwise name an existing entry');
  });

  it('an unknown source', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^sources: \[/m, 'sources: [gibbs, '));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, tip));
    expect(output).toContain('sources.0: unknown source "gibbs". Fix: use a key defined in content/sources.yaml');
  });

  it('a missing summary', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^summary:.*\n(?:\s+.*\n)*/m, ''));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, tip));
    expect(output).toContain('summary: the summary is missing. Fix: add one sentence');
  });

  it('an over-long summary', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^summary:.*\n(?:\s+.*\n)*/m, `summary: ${'Listen first. '.repeat(15)}\n`));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, tip));
    expect(output).toContain('summary: the summary is longer than 160 characters. Fix: cut it to one short sentence');
  });

  it('a misspelt field, at its own name, with the field meant and the fields there are', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^situations:/m, 'situation:'));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, tip));
    expect(output).toContain('situation: unknown field "situation". Fix: write "situations" for "situation"; the fields here are title, summary');
  });

  it('a wrong type, with what was found and what to write instead', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^title:/m, 'order: first\ntitle:'));
    const output = syncFails(sandbox);
    expect(output).toContain(join(sandbox, tip));
    expect(output).toContain('order: expected a number, found the text "first". Fix: write a number without quotes, such as 3');
  });

  it('code in MDX bodies, every file reported in one run with its line and the fix', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => `${t}\nThe path is {process.env.PATH}.\n`);
    edit(join(sandbox, 'content/tools/i-message.mdx'), (t) => `${t}\n<script>alert(1)</script>\n`);
    edit(join(sandbox, 'content/tips/warn-about-abusive-language.mdx'), (t) => t.replace(/^---\n\n/m, "---\n\nimport { readFileSync } from 'node:fs';\n\n"));
    const output = syncFails(sandbox);
    expect(output).toContain("3 problems in the handbook's files:");
    expect(output).toMatch(/content\/tips\/name-the-emotion\.mdx: line \d+: "\{process\.env\.PATH\}" is code, not content\. Fix: write the text itself/);
    expect(output).toMatch(/content\/tools\/i-message\.mdx: line \d+: <script> is not one of the handbook's components\. Fix: use <Callout>/);
    expect(output).toMatch(/content\/tips\/warn-about-abusive-language\.mdx: line \d+: an import or export line is code, not content\. Fix: remove it/);
  });

  it('a tip saved as .md, which would show its components as raw tags', () => {
    const sandbox = makeSandbox();
    renameSync(join(sandbox, tip), join(sandbox, tip.replace(/\.mdx$/, '.md')));
    const output = syncFails(sandbox);
    expect(output).toContain(
      "content/tips/name-the-emotion.md: file name: a .md file shows the handbook's components (<SayThis>, <Ref>...) as raw text. Fix: rename it to name-the-emotion.mdx.",
    );
  });

  it('a worksheet saved twice, as .yaml and .yml', () => {
    const sandbox = makeSandbox();
    copyFileSync(join(sandbox, 'worksheets/i-message-builder.yaml'), join(sandbox, 'worksheets/i-message-builder.yml'));
    const output = syncFails(sandbox);
    expect(output).toContain(
      'worksheets/i-message-builder.yml: file name: i-message-builder.yaml defines the same worksheet, and only one of the two would be used. Fix: keep one file per worksheet',
    );
  });

  it('an entry related to itself (found when pages are made, so this runs a build, which also starts with an empty cache)', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^related: \[/m, 'related: [name-the-emotion, '));
    // A leftover in Astro's cache folder: a production build must not find it.
    const leftover = join(sandbox, 'node_modules/.astro/leftover.json');
    mkdirSync(join(leftover, '..'), { recursive: true });
    writeFileSync(leftover, '{}');
    const { status, output } = runAstro(sandbox, ['build', '--outDir', join(sandbox, 'dist')], { HANDBOOK_CONTENT_DIR: join(sandbox, 'content') });
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/tips/name-the-emotion.mdx: related: the entry lists itself ("name-the-emotion"). Fix: remove "name-the-emotion"');
    expect(existsSync(leftover)).toBe(false);
  });

  it('front matter without its closing line, named as such instead of every field reported missing', () => {
    const sandbox = makeSandbox();
    edit(join(sandbox, tip), (t) => t.replace(/^---\n\n/m, '\n'));
    const output = syncFails(sandbox);
    expect(output).toContain(
      'content/tips/name-the-emotion.mdx: front matter: the front matter has no closing "---" line. Fix: add a line "---" after the last field, before the text of the page.',
    );
  });

  it('a duplicate slug', () => {
    const sandbox = makeSandbox();
    copyFileSync(join(sandbox, tip), join(sandbox, 'content/case-studies/name-the-emotion.mdx'));
    const output = syncFails(sandbox);
    expect(output).toContain(
      'content/case-studies/name-the-emotion.mdx: slug: the slug "name-the-emotion" is already used by content/tips/name-the-emotion.mdx',
    );
    expect(output).toContain('Fix: slugs name pages and related links across the whole handbook');
  });
});
