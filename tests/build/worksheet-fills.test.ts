import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worksheetPdfPath } from '../../src/worksheets/context';
import { fieldsOf, type WorksheetField } from '../../src/worksheets/fields';
import { paperIds } from '../../src/worksheets/paper';
import { fillWithPdfbox, pdfbox, pdfTool, runTwoAtATime } from '../helpers/pdf-tools';
import { cutAnswers, misprinted, printedText } from '../helpers/pdf-text';
import { builtSite } from '../helpers/site';
import { loadWorksheets } from '../helpers/worksheets';

/*
 * The worksheets filled in by other people's tools, in the scripts people
 * type in, then printed by poppler: what a reader of the saved file sees.
 * PDFBox (setValue) draws each answer itself with the form's font; pdftk
 * 3.3 draws only with simple fonts, so it is run as its manual says for
 * non-ASCII text (need_appearances) and poppler draws the answers; pdf.js
 * draws them as Firefox does when it saves a filled form.
 */
const pdftk = pdfTool('pdftk', ['--version'], 'apt-get install -y pdftk-java');
const pdftotext = pdfTool('pdftotext', ['-v'], 'apt-get install -y poppler-utils');
for (const missing of [pdfbox, pdftk, pdftotext].filter((tool) => !tool.run)) console.warn(`Worksheet fill checks skipped: ${missing.message}`);

const workDir = mkdtempSync(join(tmpdir(), 'worksheet-fills-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Polish, Czech, Turkish, Romanian, Vietnamese, Greek, Ukrainian and Russian, with typographic punctuation. */
const scripts = 'Łódź žluť Iğdır şțâ Tiếng Việt “Ελλάδα” Київ — Ёлка €';

/** What a tool is asked to set a tick or a choice to: a check box's on state, or a choice's first option. */
function pick(field: WorksheetField, checked: string): string {
  return field.type === 'choice' ? (field.options[0]?.value ?? checked) : checked;
}

/** A short answer, unique to its field so a test can tell where it printed. */
function shortAnswer(index: number): string {
  return `A${index + 1} ${scripts}`;
}

/** An answer too long for any box at the sheet's own size: it must be fitted, not cut. */
function longAnswer(index: number): string {
  const sentence = 'The customer said the refund was promised last week; I listened, named the feeling and said what I can do today.';
  return `L${index + 1} ${sentence} ${scripts} ${sentence}`;
}

/** Fills a copy with pdf.js, as Firefox saves a form someone typed into. */
async function fillWithPdfjs(bytes: Uint8Array, answerOf: (index: number) => string, fields: WorksheetField[]): Promise<Uint8Array> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const objects: unknown = await pdf.getFieldObjects();
  const indexOf = new Map(fields.map((field, index) => [field.name, index]));
  for (const [name, list] of Object.entries(Object(objects))) {
    const index = indexOf.get(name);
    if (index === undefined || !Array.isArray(list)) continue;
    const field = fields[index];
    for (const widget of list) {
      const id: unknown = Reflect.get(Object(widget), 'id');
      const type: unknown = Reflect.get(Object(widget), 'type');
      const exportValue: unknown = Reflect.get(Object(widget), 'exportValues');
      if (typeof id !== 'string' || field === undefined) continue;
      if (type === 'radiobutton') pdf.annotationStorage.setValue(id, { value: exportValue === pick(field, '') });
      else pdf.annotationStorage.setValue(id, { value: type === 'checkbox' ? true : answerOf(index) });
    }
  }
  const saved = await pdf.saveDocument();
  await pdf.destroy();
  return saved;
}

const cases = loadWorksheets()
  .flatMap((w) => paperIds.map((paper) => ({ ...w, paper, pdf: worksheetPdfPath(w.slug, paper), fields: fieldsOf(w.sheet) })))
  .filter((c) => c.fields.some((field) => field.type === 'text'))
  .map((c) => ({ ...c, file: basename(c.pdf) }));

/** PDFBox fills every file in one Java run (starting Java once per file would take most of a minute). */
let pdfboxRun: { status: number | null; output: string } | undefined;
/** pdftk's exit status and output per file, in the order of `cases`. */
let pdftkRuns: Array<{ status: number | null; output: string }> = [];

beforeAll(async () => {
  if (pdfbox.present) {
    const job = cases.flatMap(({ pdf, file, fields }) =>
      (['short', 'long'] as const).flatMap((kind) => [
        join(builtSite, pdf),
        join(workDir, `pdfbox-${kind}-${file}`),
        ...fields.map((field, index) => `${field.name}\t${field.type !== 'text' ? pick(field, 'on') : kind === 'short' ? shortAnswer(index) : longAnswer(index)}`),
        '',
      ]),
    );
    const jobFile = join(workDir, 'pdfbox-job.txt');
    writeFileSync(jobFile, job.join('\n'));
    pdfboxRun = fillWithPdfbox(jobFile);
  }
  if (pdftk.present) {
    const commands = cases.map(({ pdf, file, fields }): [string, string[]] => {
      const values = fields
        .map((field, index) => `<field name="${field.name}"><value>${field.type === 'text' ? longAnswer(index) : pick(field, 'Yes')}</value></field>`)
        .join('');
      const xfdf = join(workDir, `${file}.xfdf`);
      writeFileSync(xfdf, `<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/"><fields>${values}</fields></xfdf>`);
      return ['pdftk', [join(builtSite, pdf), 'fill_form', xfdf, 'output', join(workDir, `pdftk-${file}`), 'need_appearances']];
    });
    pdftkRuns = await runTwoAtATime(commands);
  }
}, 240_000);

describe.each(cases.map((c, index) => ({ ...c, index })))('$pdf', ({ pdf, file, fields, index }) => {
  it.skipIf(!pdfbox.run || !pdftotext.run)('PDFBox fills every field in Latin, Greek and Cyrillic; poppler prints each answer once, every character', () => {
    for (const tool of [pdfbox, pdftotext]) if (!tool.present) throw new Error(tool.message);
    expect(pdfboxRun?.status, pdfboxRun?.output).toBe(0);
    expect(misprinted(printedText(join(workDir, `pdfbox-short-${file}`)), fields, shortAnswer)).toEqual([]);
  });

  it.skipIf(!pdfbox.run || !pdftotext.run)('PDFBox fits a long answer into each box: every word prints inside it', async () => {
    for (const tool of [pdfbox, pdftotext]) if (!tool.present) throw new Error(tool.message);
    expect(pdfboxRun?.status, pdfboxRun?.output).toBe(0);
    const filled = join(workDir, `pdfbox-long-${file}`);
    expect(await cutAnswers(new Uint8Array(readFileSync(filled)), filled, fields, longAnswer)).toEqual([]);
  });

  it.skipIf(!pdftk.run || !pdftotext.run)(
    'pdftk fills every field with a long answer in Latin, Greek and Cyrillic; poppler prints it once, every word inside its box',
    async () => {
      for (const tool of [pdftk, pdftotext]) if (!tool.present) throw new Error(tool.message);
      const run = pdftkRuns[index];
      expect(run?.status, run?.output).toBe(0);
      const filled = join(workDir, `pdftk-${file}`);
      expect(misprinted(printedText(filled), fields, longAnswer)).toEqual([]);
      expect(await cutAnswers(new Uint8Array(readFileSync(filled)), filled, fields, longAnswer)).toEqual([]);
    },
  );

  // pdf.js also shrinks a long answer, but its arithmetic leaves the last line of a much longer one below the box: its limit, not the sheet's.
  it.skipIf(!pdftotext.run)('pdf.js fills every field in Latin, Greek and Cyrillic; poppler prints each answer once, every character', async () => {
    if (!pdftotext.present) throw new Error(pdftotext.message);
    const filled = join(workDir, `pdfjs-${file}`);
    writeFileSync(filled, await fillWithPdfjs(new Uint8Array(readFileSync(join(builtSite, pdf))), shortAnswer, fields));
    expect(misprinted(printedText(filled), fields, shortAnswer)).toEqual([]);
  });
});
