// The workshop pages in Chromium: the session at a glance prints on one page,
// the guide prints every block, and a phone reads both without scrolling sideways.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { typographic } from '../../src/handbook/typography';
import { describeInBrowser } from '../helpers/browser-suite';
import { builtSite } from '../helpers/site';
import { loadWorkshops } from '../helpers/worksheets';

const workDir = mkdtempSync(join(tmpdir(), 'workshops-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const workshops = loadWorkshops();

function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
}

describeInBrowser('the workshops in Chromium', builtSite, (ctx) => {
  it.each(workshops)('$slug: the session at a glance prints on one page, A4 and Letter', async ({ slug }) => {
    const page = await ctx().browser.newPage();
    await page.goto(`${ctx().server.url}workshops/${slug}/at-a-glance/`);
    for (const format of ['A4', 'Letter'] as const) {
      const file = join(workDir, `${slug}-glance-${format}.pdf`);
      writeFileSync(file, await page.pdf({ format }));
      expect(pdfPages(file), `${slug} at a glance, ${format}`).toBe(1);
    }
    await page.close();
  });

  it.each(workshops)('$slug: the printed guide carries every block, and a phone shows it without scrolling sideways', async ({ slug, workshop }) => {
    const page = await ctx().browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx().server.url}workshops/${slug}/`);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    const file = join(workDir, `${slug}-guide.pdf`);
    writeFileSync(file, await page.pdf({ format: 'Letter' }));
    const printed = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const block of workshop.agenda) expect(printed, block.title).toContain(typographic(block.title).replace(/\s+/g, ' '));
    expect(printed).not.toContain('One-page version to print');
    await page.close();
  });
});
