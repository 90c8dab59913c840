// The workshops as the build makes them: every session's blocks add up, its
// page shows the agenda and the script of every block, and every link it
// makes lands on a page of the site.
import { beforeAll, describe, expect, it } from 'vitest';
import { typographic } from '../../src/handbook/typography';
import { readBuiltPages, type BuiltPage } from '../helpers/built-pages';
import { builtSite } from '../helpers/site';
import { loadWorkshops } from '../helpers/worksheets';

const workshops = loadWorkshops();
const byPath = new Map<string, BuiltPage>();
beforeAll(() => {
  for (const page of readBuiltPages(builtSite)) byPath.set(page.path, page);
});

const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

describe('the workshops', () => {
  it('hold at least three sessions and a weekly series', () => {
    expect(workshops.filter(({ workshop }) => workshop.format === 'session').length).toBeGreaterThanOrEqual(3);
    expect(workshops.filter(({ workshop }) => workshop.format === 'series').length).toBeGreaterThanOrEqual(1);
  });

  it.each(workshops)('$slug: its blocks add up to its length', ({ workshop }) => {
    expect(workshop.agenda.reduce((sum, block) => sum + block.minutes, 0)).toBe(workshop.minutes);
  });

  it.each(workshops)('$slug: its page shows every block at a glance and in the guide, with the total, and its links land on pages', ({ slug, workshop }) => {
    const page = byPath.get(`/workshops/${slug}/`);
    expect(page, `/workshops/${slug}/ is built`).toBeDefined();
    if (page === undefined) return;
    const rows = page.root.querySelectorAll('table.glance tbody tr');
    expect(rows.map((row) => text(row.querySelector('th')?.textContent))).toEqual(workshop.agenda.map((block) => text(typographic(block.title))));
    expect(text(page.root.querySelector('table.glance tfoot')?.textContent)).toContain(String(workshop.minutes));
    const blocks = page.root.querySelectorAll('section.ws-block');
    expect(blocks).toHaveLength(workshop.agenda.length);
    for (const section of blocks) expect(text(section.querySelector('.ws-block__open')?.textContent).length).toBeGreaterThan(20);
    const links = page.root.querySelectorAll('article a[href^="/"]').map((a) => a.getAttribute('href') ?? '');
    for (const block of workshop.agenda) {
      for (const sheet of block.worksheets) expect(links).toContain(`/worksheets/${sheet}/`);
      expect(links.filter((href) => block.uses.some((use) => href.endsWith(`/${use}/`))).length).toBeGreaterThanOrEqual(block.uses.length === 0 ? 0 : 1);
    }
    for (const href of links) {
      const path = href.split('#')[0] ?? '';
      if (path.endsWith('.pdf')) continue;
      expect(byPath.has(path), `${href} on /workshops/${slug}/`).toBe(true);
    }
    expect(byPath.has(`/workshops/${slug}/at-a-glance/`)).toBe(true);
  });

  it('are listed on the workshops page, in order, and linked from the header and the home page', () => {
    const index = byPath.get('/workshops/');
    expect(index?.root.querySelectorAll('.workshop-card h2 a').map((a) => a.getAttribute('href'))).toEqual(
      [...workshops].sort((a, b) => (a.workshop.order ?? Infinity) - (b.workshop.order ?? Infinity)).map(({ slug }) => `/workshops/${slug}/`),
    );
    expect(byPath.get('/')?.root.querySelector('.site-header a[href="/workshops/"]')).not.toBeNull();
    expect(byPath.get('/')?.root.querySelector('main a[href="/workshops/"]')).not.toBeNull();
  });
});
