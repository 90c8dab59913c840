import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { worksheetPdfPath } from '../../src/worksheets/context';
import { fieldsOf, type WorksheetField } from '../../src/worksheets/fields';
import { fillWorksheetPdf, readWorksheetAnswers } from '../../src/worksheets/fill-pdf';
import type { Answers } from '../../src/worksheets/form/answers';
import { paperIds } from '../../src/worksheets/paper';
import { pdfTool } from '../helpers/pdf-tools';
import { cutAnswers, misprinted, printedText } from '../helpers/pdf-text';
import { builtSite } from '../helpers/site';
import { loadWorksheets } from '../helpers/worksheets';

/*
 * The filled PDF a reader downloads from a worksheet's page (issue 15): the
 * built blank, filled by src/worksheets/fill-pdf.ts as the page does it, then
 * read by tools that are not the filler.
 */
const qpdf = pdfTool('qpdf', ['--version'], 'apt-get install -y qpdf');
const poppler = pdfTool('pdftotext', ['-v'], 'apt-get install -y poppler-utils');

const workDir = mkdtempSync(join(tmpdir(), 'worksheet-download-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const scripts = 'Łódź żółć Iğdır Tiếng Việt “Ελλάδα” Київ Ёлка €';
const long = `${'I listened, named the feeling and said what I can do today. '.repeat(9)}${scripts}`.slice(0, 600);

/** Every field answered: words in several scripts (the longest question gets 600 characters), ticks and choices. */
function answersFor(fields: WorksheetField[]): { answers: Answers; textOf: (index: number) => string } {
  const texts = fields.map((field, index) => (field.type === 'text' ? (field.lines >= 3 && index % 3 === 0 ? `T${index + 1} ${long}` : `T${index + 1} ${scripts}`) : ''));
  const answers: Answers = {};
  fields.forEach((field, index) => {
    if (field.type === 'text') answers[field.name] = texts[index] ?? '';
    else if (field.type === 'check') answers[field.name] = index % 2 === 0;
    else if (field.type === 'choice') answers[field.name] = field.options[index % field.options.length]?.value ?? '';
  });
  return { answers, textOf: (index) => texts[index] ?? '' };
}

const cases = loadWorksheets()
  .flatMap((w) => paperIds.map((paper) => ({ ...w, paper, pdf: worksheetPdfPath(w.slug, paper), fields: fieldsOf(w.sheet) })))
  .filter((c) => c.fields.length > 0);

describe.each(cases)('$pdf filled as the page fills it', ({ pdf, fields }) => {
  const { answers, textOf } = answersFor(fields);
  const file = join(workDir, `filled-${basename(pdf)}`);
  let filled: Promise<Uint8Array> | undefined;
  const filledOnce = () =>
    (filled ??= (async () => {
      const result = await fillWorksheetPdf(new Uint8Array(readFileSync(join(builtSite, pdf))), answers);
      expect(result.notShown).toEqual([]);
      writeFileSync(file, result.bytes);
      return result.bytes;
    })());

  it('holds every answer as a field value, read back by pdf.js and by the page’s own reader', async () => {
    const bytes = await filledOnce();
    expect((await readWorksheetAnswers(bytes)).answers).toEqual(answers);
    const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const objects: unknown = await doc.getFieldObjects();
    for (const field of fields) {
      const widgets: unknown = Reflect.get(Object(objects), field.name);
      // The field comes first, then its widgets, which carry the value.
      const values = Array.isArray(widgets) ? widgets.filter((widget: unknown) => 'value' in Object(widget)).map((widget: unknown) => Reflect.get(Object(widget), 'value')) : [];
      const expected = answers[field.name];
      if (field.type === 'text') expect(values[0], field.name).toBe(expected);
      else if (field.type === 'check') expect(values[0], field.name).toBe(expected === true ? 'Yes' : 'Off');
      else expect(values, field.name).toContain(expected);
    }
    await doc.destroy();
  });

  it.skipIf(!poppler.run)('prints every answer once, every character, every word inside its box', async () => {
    if (!poppler.present) throw new Error(poppler.message);
    const bytes = await filledOnce();
    expect(misprinted(printedText(file), fields, textOf)).toEqual([]);
    expect(await cutAnswers(bytes, file, fields, textOf)).toEqual([]);
  });

  it.skipIf(!qpdf.run)('passes qpdf --check', async () => {
    if (!qpdf.present) throw new Error(qpdf.message);
    await filledOnce();
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});

describe('characters the font cannot show', () => {
  it('are named, and kept in the value, never dropped silently', async () => {
    const blank = new Uint8Array(readFileSync(join(builtSite, worksheetPdfPath('i-message-builder', 'a4'))));
    const { bytes, notShown } = await fillWorksheetPdf(blank, { attention: 'Mr. 王, thank you' });
    expect(notShown).toEqual(['王']);
    expect((await readWorksheetAnswers(bytes)).answers['attention']).toBe('Mr. 王, thank you');
  });
});
