import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf } from '../../src/worksheets/fields';
import { loadWorksheetFonts } from '../../src/worksheets/font-files';
import { renderWorksheetPacket, renderWorksheetPdf, type PacketSheet } from '../../src/worksheets/render-pdf';
import { readWithPdfjs, walk } from '../helpers/pdf-structure';
import { pdfTool } from '../helpers/pdf-tools';
import { loadWorksheets } from '../helpers/worksheets';

/*
 * Several sheets in one PDF, as a workshop packet will need: two copies of
 * one sheet and another sheet, each under its own field prefix.
 */
const qpdf = pdfTool('qpdf', ['--version'], 'apt-get install -y qpdf');
const poppler = pdfTool('pdffonts', ['-v'], 'apt-get install -y poppler-utils');

const workDir = mkdtempSync(join(tmpdir(), 'worksheet-packet-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const bySlug = new Map(loadWorksheets().map((w) => [w.slug, w]));
function sheetNamed(slug: string) {
  const found = bySlug.get(slug);
  if (found === undefined) throw new Error(`No worksheet ${slug}: the packet test names sheets that exist.`);
  return found;
}
const builder = sheetNamed('i-message-builder');
const modes = sheetNamed('parent-adult-or-child');
const parts: PacketSheet[] = [
  { sheet: builder.sheet, context: builder.context, fieldPrefix: 'copy-1' },
  { sheet: builder.sheet, context: builder.context, fieldPrefix: 'copy-2' },
  { sheet: modes.sheet, context: modes.context, fieldPrefix: 'modes' },
];
const expectedNames = parts.flatMap(({ sheet, fieldPrefix }) => fieldsOf(sheet).map((field) => `${fieldPrefix}.${field.name}`));

describe('a packet of sheets in one PDF', () => {
  let bytes: Uint8Array;
  let singles: number;
  const file = join(workDir, 'packet.pdf');
  beforeAll(async () => {
    const fonts = await loadWorksheetFonts();
    bytes = await renderWorksheetPacket({ title: 'Practice packet', purpose: 'Two I-message builders and a sheet on modes, for one session.' }, parts, 'a4', fonts);
    writeFileSync(file, bytes);
    singles = 0;
    for (const { sheet, context } of parts) singles += (await renderWorksheetPdf(sheet, 'a4', context, fonts)).byteLength;
  });

  it('has every sheet’s pages and every field once, under its prefix', async () => {
    const doc = await PDFDocument.load(bytes);
    const names = doc.getForm().getFields().map((field) => field.getName());
    expect(names.sort()).toEqual([...expectedNames].sort());
    const pageCount = (await Promise.all(parts.map(async ({ sheet, context }) => (await PDFDocument.load(await renderWorksheetPdf(sheet, 'a4', context, await loadWorksheetFonts()))).getPageCount()))).reduce((a, b) => a + b, 0);
    expect(doc.getPageCount()).toBe(pageCount);
  });

  it('reads as one Document with a Part per sheet, every widget in a Form element in order', async () => {
    const { elements, annotations } = walk(await readWithPdfjs(bytes));
    expect(elements.filter((element) => element.role === 'Part').length).toBeGreaterThanOrEqual(parts.length);
    const widgets = annotations.filter((annotation) => annotation.name !== undefined);
    expect(widgets.filter((widget) => widget.parent !== 'Form')).toEqual([]);
    expect(widgets.map((widget) => widget.name).filter((name, index, names) => name !== names[index - 1])).toEqual(expectedNames);
  });

  it.skipIf(!poppler.run)('embeds each face once for all its sheets, so it is smaller than the sheets apart', () => {
    if (!poppler.present) throw new Error(poppler.message);
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts).toHaveLength(3);
    expect(bytes.byteLength).toBeLessThan(singles * 0.6);
  });

  it.skipIf(!qpdf.run)('passes qpdf --check', () => {
    if (!qpdf.present) throw new Error(qpdf.message);
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('refuses two copies of a sheet without prefixes, naming the field and the fix', async () => {
    const fonts = await loadWorksheetFonts();
    await expect(
      renderWorksheetPacket({ title: 'Two copies', purpose: 'Two copies of one sheet with the same field names.' }, [{ sheet: builder.sheet, context: builder.context }, { sheet: builder.sheet, context: builder.context }], 'a4', fonts),
    ).rejects.toThrow(/both have a field named "participant.name".*fieldPrefix/);
  });
});
