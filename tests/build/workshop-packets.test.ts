// The workshops' packets as the build makes them, read by tools that are not
// the renderer: qpdf checks each file, pdf.js reads its bookmarks and fields,
// poppler its fonts and text, PDFBox fills one field of every part.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedFonts, fieldObjects, fieldValue, oneFieldPerPart, packetOutline, pageText, qpdfCheck, textFields } from '../helpers/packet-checks';
import { fillWithPdfbox, pdfbox } from '../helpers/pdf-tools';
import { builtSite } from '../helpers/site';
import { loadWorkshops } from '../helpers/worksheets';

const workDir = mkdtempSync(join(tmpdir(), 'workshop-packets-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const packets = loadWorkshops().flatMap(({ slug }) =>
  (['participant', 'facilitator'] as const).flatMap((audience) => (['a4', 'letter'] as const).map((paper) => ({ slug, audience, paper, name: `${slug}-${audience}-${paper}` }))),
);
const fileOf = (name: string) => join(builtSite, 'pdf', 'workshops', `${name}.pdf`);
const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' });

describe('the workshop packets', () => {
  it.each(packets)('$name: passes qpdf --check, and embeds each font once', ({ name }) => {
    expect(qpdfCheck(fileOf(name)).status).toBe(0);
    const fonts = embeddedFonts(fileOf(name));
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts).size).toBe(fonts.length);
  });

  it.each(packets)('$name: a cover whose contents match one bookmark per part, and every page numbered in the packet', async ({ name }) => {
    const { titles, starts, pages } = await packetOutline(fileOf(name));
    expect(starts[0]).toBe(1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const cover = pageText(fileOf(name), 1).replace(/\s+/g, ' ');
    titles.slice(1).forEach((title, index) => expect(cover).toContain(`${title}, page ${starts[index + 1]}`));
    for (let page = 1; page <= pages; page++) expect(pageText(fileOf(name), page), `page ${page}`).toContain(`Page ${page} of ${pages}`);
  });

  it.each(packets.filter(({ audience }) => audience === 'facilitator'))('$name: no page of the guide ends on a label whose list starts overleaf', ({ name }) => {
    const labels = new Set(['Ask', 'Watch for', 'Debrief', 'Keep to time', 'Bring', 'Prepare']);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [fileOf(name)]).stdout)?.[1] ?? 0);
    for (let page = 1; page <= pages; page++) {
      const lines = pageText(fileOf(name), page).split('\n').filter((line) => line.trim() !== '');
      // The footer starts with the part's title, just above "Page n of N": the body's last line is the one before it.
      const footer = lines.findIndex((line) => /^Page \d+ of \d+$/.test(line));
      expect(labels.has(lines[footer - 2]?.trim() ?? ''), `page ${page} ends on "${lines[footer - 2]}"`).toBe(false);
    }
  });

  it('give the participants every sheet the blocks hand out, and the facilitator the guide and the role cards too', async () => {
    const titles = async (name: string) => (await packetOutline(fileOf(name))).titles;
    expect(await titles('the-angry-customer-participant-a4')).toEqual([
      'The angry customer: participant packet',
      'Role play: the internet outage',
      'Reframe the real problem',
      'Workshop evaluation',
    ]);
    const facilitator = await titles('the-angry-customer-facilitator-a4');
    expect(facilitator.slice(0, 3)).toEqual(['The angry customer: facilitator packet', 'The angry customer: facilitator’s guide', 'Role cards: the internet outage']);
  });

  it.runIf(pdfbox.run)('have field names that pdf.js reads once each, and PDFBox fills a field of every part', async () => {
    const name = 'saying-no-and-holding-limits-facilitator-letter';
    const objects = await fieldObjects(fileOf(name));
    const fields = textFields(objects);
    // Two parts sharing a name would share one field with two boxes (and one answer): each text field has one box.
    for (const field of fields) expect(objects[field]?.filter((o) => Reflect.get(Object(o), 'value') !== undefined), field).toHaveLength(1);
    const byPart = oneFieldPerPart(fields);
    expect(byPart.size).toBeGreaterThanOrEqual(4);
    const output = join(workDir, 'filled.pdf');
    const job = join(workDir, 'job.txt');
    writeFileSync(job, [fileOf(name), output, ...[...byPart.values()].map((field) => `${field}\tŁódź, ${field}`), ''].join('\n'));
    const filled = fillWithPdfbox(job);
    expect(filled.status, filled.output).toBe(0);
    const values = await fieldObjects(output);
    for (const field of byPart.values()) expect(fieldValue(field, values), field).toBe(`Łódź, ${field}`);
  });
});
