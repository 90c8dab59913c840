import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worksheetPdfPath } from '../../src/worksheets/context';
import { fieldsOf } from '../../src/worksheets/fields';
import { paperIds } from '../../src/worksheets/paper';
import { plainText } from '../../src/worksheets/rich-text';
import type { Worksheet } from '../../src/worksheets/schema';
import { readWithPdfjs, walk } from '../helpers/pdf-structure';
import { pdfTool, qpdfObjects, read } from '../helpers/pdf-tools';
import { builtSite } from '../helpers/site';
import { loadWorksheets } from '../helpers/worksheets';

/*
 * PDF/UA-1 (ISO 14289-1), the parts a program can check, on every sheet and
 * paper, read by tools that are not the renderer: qpdf's JSON for the
 * objects, pdf.js for the structure tree and the content, poppler for what a
 * reader reports. Each test names the Matterhorn Protocol checkpoints it
 * covers. Not covered here (they need a person): whether alternative text,
 * headings and reading order make sense, colour and contrast.
 */
const qpdf = pdfTool('qpdf', ['--version'], 'apt-get install -y qpdf');
const poppler = pdfTool('pdfinfo', ['-v'], 'apt-get install -y poppler-utils');
for (const missing of [qpdf, poppler].filter((tool) => !tool.run)) console.warn(`PDF/UA checks skipped: ${missing.message}`);

/** The headings a sheet's definition gives, in order: the instructions' label, then each section's heading or prompt. */
function expectedHeadings(sheet: Worksheet): string[] {
  return [
    'How to use this sheet',
    ...sheet.sections.flatMap((section) => {
      switch (section.kind) {
        case 'text':
        case 'table':
          return section.heading === undefined ? [] : [section.heading];
        case 'question':
        case 'checklist':
        case 'choice':
          return [section.prompt];
        case 'name-date':
        case 'cards':
          return [];
      }
    }),
  ].map((text) => squeeze(plainText(text)));
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

const cases = loadWorksheets().flatMap((w) => paperIds.map((paper) => ({ ...w, paper, pdf: worksheetPdfPath(w.slug, paper) })));

describe.each(cases)('$pdf', ({ sheet, pdf }) => {
  const file = join(builtSite, pdf);
  const fields = fieldsOf(sheet);
  let pdfjs: Promise<Awaited<ReturnType<typeof readWithPdfjs>>> | undefined;
  const pdfjsOnce = () => (pdfjs ??= readWithPdfjs(new Uint8Array(readFileSync(file))));
  let objects: Array<[string, unknown]> | undefined;
  const objectsOnce = () => (objects ??= qpdfObjects(file));

  it('is tagged and every mark on its pages is tagged content or an artifact (7.1; Matterhorn 01-005)', async () => {
    const pages = await pdfjsOnce();
    expect(pages.map((page) => page.untagged)).toEqual(pages.map(() => 0));
    if (!poppler.present) return;
    expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout).toMatch(/^Tagged:\s+yes$/m);
  });

  it('reads in the order of its definition: the title as H1, then each section heading, with no level skipped (7.4; Matterhorn 14-002, 14-003)', async () => {
    const { elements } = walk(await pdfjsOnce());
    const headings = elements.filter((element) => /^H\d$/.test(element.role));
    expect(headings[0]).toEqual({ role: 'H1', text: expect.stringContaining(sheet.title.slice(0, 20)) });
    expect(headings.filter((h) => h.role === 'H2').map((h) => squeeze(h.text))).toEqual(expectedHeadings(sheet));
    headings.forEach((heading, index) => {
      const previous = headings[index - 1];
      if (previous !== undefined) expect(Number(heading.role.slice(1)) - Number(previous.role.slice(1)), heading.text).toBeLessThanOrEqual(1);
    });
  });

  it('has every widget in a Form element, in the order of the definition (7.18.1, 7.18.4; Matterhorn 28-010)', async () => {
    const { annotations } = walk(await pdfjsOnce());
    const widgets = annotations.filter((annotation) => annotation.name !== undefined);
    expect(widgets.filter((widget) => widget.parent !== 'Form')).toEqual([]);
    const order = widgets.map((widget) => widget.name).filter((name, index, names) => name !== names[index - 1]);
    expect(order).toEqual(fields.map((field) => field.name));
  });

  it.skipIf(!qpdf.run)(
    'declares itself: MarkInfo, language, title shown, XMP with dc:title and the PDF/UA identifier, structure tabbing on every page (7.1, 7.2, 7.18.3; Matterhorn 06-001 to 06-003, 07-001, 11-006, 28-008, 28-009)',
    () => {
      if (!qpdf.present) throw new Error(qpdf.message);
      const found = objectsOnce();
      const values = found.map(([, value]) => value);
      const byRef = new Map(found.map(([key, value]) => [key.replace(/^obj:/, ''), value]));
      // A dictionary entry, followed if it is a reference to another object.
      const entry = (value: unknown, key: string): unknown => {
        const got = read(value, key);
        return typeof got === 'string' && / R$/.test(got) ? byRef.get(got) : got;
      };
      const catalog = values.find((value) => read(value, '/Type') === '/Catalog');
      expect(read(entry(catalog, '/MarkInfo'), '/Marked')).toBe(true);
      expect(read(catalog, '/Lang')).toBe('u:en-US');
      expect(read(entry(catalog, '/ViewerPreferences'), '/DisplayDocTitle')).toBe(true);
      expect(read(catalog, '/StructTreeRoot')).toMatch(/ R$/);
      for (const page of values.filter((value) => read(value, '/Type') === '/Page')) expect(read(page, '/Tabs')).toBe('/S');
      if (!poppler.present) return;
      const xmp = spawnSync('pdfinfo', ['-meta', file], { encoding: 'utf8' }).stdout;
      expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(xmp).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">[^<]+<\/rdf:li>/);
    },
  );

  it.skipIf(!qpdf.run)(
    'ties every annotation to the tree: widgets with a tooltip in Form, the address link with a description in Link; table headers scoped (7.5, 7.18; Matterhorn 15-003, 28-005, 28-011, 28-012)',
    () => {
      if (!qpdf.present) throw new Error(qpdf.message);
      const found = objectsOnce();
      const byRef = new Map(found.map(([key, value]) => [key.replace(/^obj:/, ''), value]));
      const problems: string[] = [];
      const owners = new Map<string, string>();
      for (const [key, value] of found) {
        if (read(value, '/Type') !== '/StructElem') continue;
        const role = String(read(value, '/S'));
        if (role === '/TH' && read(read(value, '/A'), '/Scope') === undefined) problems.push(`${key}: a TH with no Scope`);
        const kids = read(value, '/K');
        for (const kid of Array.isArray(kids) ? kids : [kids]) {
          if (read(kid, '/Type') !== '/OBJR') continue;
          const annotation = String(read(kid, '/Obj'));
          owners.set(annotation, role);
        }
      }
      for (const [key, value] of found) {
        const subtype = read(value, '/Subtype');
        if (subtype !== '/Widget' && subtype !== '/Link') continue;
        const ref = key.replace(/^obj:/, '');
        const owner = owners.get(ref);
        const expected = subtype === '/Widget' ? '/Form' : '/Link';
        if (owner !== expected) problems.push(`${ref} (${String(subtype)}) is in ${owner ?? 'no element'}, not ${expected}`);
        if (read(value, '/StructParent') === undefined) problems.push(`${ref} has no StructParent`);
        const tooltip = read(value, '/TU') ?? read(byRef.get(String(read(value, '/Parent'))), '/TU');
        if (subtype === '/Widget' && typeof tooltip !== 'string') problems.push(`${ref}: a widget with no tooltip`);
        if (subtype === '/Link' && typeof read(value, '/Contents') !== 'string') problems.push(`${ref}: a link with no Contents`);
      }
      expect(problems).toEqual([]);
    },
  );

  it.skipIf(!poppler.run)('embeds every font it uses (7.21.4.1; Matterhorn 31-009)', () => {
    if (!poppler.present) throw new Error(poppler.message);
    const result = spawnSync('pdffonts', [file], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, then "emb" yes or no.
    expect(rows.filter((row) => !/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(row))).toEqual([]);
  });
});
