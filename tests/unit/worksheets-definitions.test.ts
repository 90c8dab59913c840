import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/handbook/catalog';
import { contentDir, worksheetsDir } from '../../src/handbook/content-dir';
import { frontMatterData } from '../../src/handbook/front-matter';
import { fieldsOf } from '../../src/worksheets/fields';
import { loadWorksheets } from '../helpers/worksheets';

/** Every worksheet of ../shared/content-map.md and the definitions that cover it. */
const worksheetMap: Record<string, string[]> = {
  'W-influence': ['sources-of-influence'],
  'W-checkup': ['check-up-questions'],
  'W-own-message': ['own-your-message'],
  'W-i-message': ['i-message-builder'],
  'W-collaborate': ['choosing-collaboration'],
  'W-reframe': ['reframe-the-real-problem'],
  'W-distortions': ['counter-distorted-thinking'],
  'W-ta': ['parent-adult-or-child'],
  'W-scenarios': [
    'role-play-isp-outage',
    'role-play-smoking-treadmill',
    'role-play-haggling-customer',
    'role-play-phone-outage-sick-mother',
  ],
  'W-follow-up': ['follow-up-plan'],
  'W-gratitude': ['gratitude-journal'],
  'W-pocket-cards': ['pocket-cards'],
};

const catalog = readCatalog(contentDir, worksheetsDir);
const worksheets = loadWorksheets();
const bySlug = new Map(worksheets.map((w) => [w.slug, w]));

function worksheetOf(file: string): string | undefined {
  const data = frontMatterData(readFileSync(file, 'utf8'));
  return typeof data === 'object' && data !== null && 'worksheet' in data ? String(data.worksheet) : undefined;
}

describe('worksheet definitions', () => {
  it.each(Object.entries(worksheetMap))('cover %s', (_id, slugs) => {
    for (const slug of slugs) expect(bySlug.has(slug), `worksheets/${slug}.yaml`).toBe(true);
  });

  it('has one role-play sheet per scenario, linked both ways', () => {
    const scenarios = [...catalog.entries.values()].filter((e) => e.collection === 'scenarios');
    expect(scenarios.length).toBeGreaterThan(0);
    for (const scenario of scenarios) {
      const slug = worksheetOf(scenario.file);
      expect(slug, `${scenario.file} names no worksheet`).toBe(`role-play-${scenario.slug}`);
      expect(bySlug.get(slug ?? '')?.sheet.related).toContain(scenario.slug);
    }
  });

  it('lists, in each sheet, every tool or scenario that links to it', () => {
    for (const entry of catalog.entries.values()) {
      const slug = worksheetOf(entry.file);
      if (slug === undefined) continue;
      expect(bySlug.get(slug)?.sheet.related, `${entry.file} links to worksheets/${slug}.yaml`).toContain(entry.slug);
    }
  });

  it('gives every sheet something to fill in, except sheets of cards to cut out (pocket cards, role cards)', () => {
    for (const { slug, sheet } of worksheets) {
      const cutOut = sheet.sections.some((s) => s.kind === 'cards');
      if (!cutOut) expect(fieldsOf(sheet).length > 0, `${slug} has something to fill in`).toBe(true);
    }
    expect(fieldsOf(bySlug.get('pocket-cards')?.sheet ?? { sections: [] }).length).toBe(0);
  });

  it('keeps the pocket cards to cut lines and cards', () => {
    expect(bySlug.get('pocket-cards')?.sheet.sections.map((s) => s.kind)).toEqual(['cards']);
  });
});
