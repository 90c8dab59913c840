import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog, slugOf } from '../../src/handbook/catalog';

function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-catalog-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('readCatalog', () => {
  it('knows every slug, situation, source and worksheet', () => {
    const dir = contentFolder({
      'situations/angry-customer.mdx': '',
      'tools/i-message.mdx': '',
      'sources.yaml': 'gibbs-prevent-conflicts:\n  title: x\n',
      'worksheets/i-message.yaml': '',
    });
    const catalog = readCatalog(dir, join(dir, 'worksheets'));
    expect([...catalog.entries.keys()]).toEqual(['angry-customer', 'i-message']);
    expect([...catalog.situations]).toEqual(['angry-customer']);
    expect([...catalog.sources]).toEqual(['gibbs-prevent-conflicts']);
    expect([...catalog.worksheets]).toEqual(['i-message']);
  });

  it('fails on a duplicate slug, naming both files and the fix', () => {
    const dir = contentFolder({ 'tips/listen.mdx': '', 'tools/listen.mdx': '' });
    // Tools are read before tips (the site's order), so the tip is the second claim.
    const first = relative(process.cwd(), join(dir, 'tools/listen.mdx'));
    const second = relative(process.cwd(), join(dir, 'tips/listen.mdx'));
    expect(() => readCatalog(dir, join(dir, 'worksheets'))).toThrow(
      `${second}: slug: the slug "listen" is already used by ${first}. Fix: slugs name pages and related links across the whole handbook, so each must be unique: rename one of the two files.`,
    );
  });

  it('refuses a Markdown file where MDX is needed, saying what to rename it to', () => {
    const dir = contentFolder({ 'tips/listen.md': '' });
    const file = relative(process.cwd(), join(dir, 'tips/listen.md'));
    expect(() => readCatalog(dir, join(dir, 'worksheets'))).toThrow(
      `${file}: file name: a .md file shows the handbook's components (<SayThis>, <Ref>...) as raw text. Fix: rename it to listen.mdx.`,
    );
  });

  it('refuses two files for one worksheet instead of letting one replace the other', () => {
    const dir = contentFolder({ 'worksheets/plan.yaml': '', 'worksheets/plan.yml': '' });
    const file = relative(process.cwd(), join(dir, 'worksheets/plan.yml'));
    expect(() => readCatalog(dir, join(dir, 'worksheets'))).toThrow(
      `${file}: file name: plan.yaml defines the same worksheet, and only one of the two would be used. Fix: keep one file per worksheet: merge them, or rename one.`,
    );
  });

  it('reports every bad file name in one run', () => {
    const dir = contentFolder({ 'tips/listen.md': '', 'tools/Calm Down.mdx': '', 'worksheets/Plan.yaml': '' });
    expect(() => readCatalog(dir, join(dir, 'worksheets'))).toThrow(/^3 problems in the handbook's files:\n.*Calm Down\.mdx.*\n.*listen\.md.*\n.*Plan\.yaml: file name: the name "Plan\.yaml" cannot be used: a file\'s name becomes its page\'s address/);
  });

  it('fails on a file name that cannot be a slug', () => {
    const dir = contentFolder({ 'tips/Name The Emotion.mdx': '' });
    expect(() => readCatalog(dir, join(dir, 'worksheets'))).toThrow(/file name: the name "Name The Emotion.mdx" cannot be used: a file\'s name becomes its page\'s address/);
  });
});

describe('slugOf', () => {
  it('takes the file name without extension', () => {
    expect(slugOf('name-the-emotion.mdx')).toBe('name-the-emotion');
    expect(slugOf('notes.txt')).toBeUndefined();
    expect(slugOf('name-the-emotion.md')).toBeUndefined();
  });
});
