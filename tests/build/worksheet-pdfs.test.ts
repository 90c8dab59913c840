import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFBool, PDFCheckBox, PDFDict, PDFDocument, PDFName, PDFRadioGroup, PDFTextField } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worksheetPdfPath } from '../../src/worksheets/context';
import { fieldsOf, type ChoiceField, type ChoiceOption, type WorksheetField } from '../../src/worksheets/fields';
import { checkSize } from '../../src/worksheets/layout-style';
import { paperIds, papers } from '../../src/worksheets/paper';
import { loadWorksheetFonts } from '../../src/worksheets/font-files';
import { renderWorksheetPdf } from '../../src/worksheets/render-pdf';
import { pdfTool, qpdfObjects, read } from '../helpers/pdf-tools';
import { builtSite } from '../helpers/site';
import { loadWorksheets } from '../helpers/worksheets';

/** qpdf and pdftoppm check the files as other tools will see them; CI must have both. */
const qpdf = pdfTool('qpdf', ['--version'], 'apt-get install -y qpdf');
const pdftoppm = pdfTool('pdftoppm', ['-v'], 'apt-get install -y poppler-utils');
for (const missing of [qpdf, pdftoppm].filter((t) => !t.run)) console.warn(`Worksheet PDF checks skipped: ${missing.message}`);

const workDir = mkdtempSync(join(tmpdir(), 'worksheet-pdfs-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** What pdf.js reports for one widget: the parts of its annotation data these tests read. */
interface WidgetInfo {
  name: string;
  type: string;
  tooltip: string;
  multiline: boolean;
  checkBox: boolean;
  radioButton: boolean;
  /** A radio button's export value: the option it stands for. */
  buttonValue: string | undefined;
  fontSize: number | undefined;
}

function widgetInfo(annotation: unknown): WidgetInfo | undefined {
  if (typeof annotation !== 'object' || annotation === null) return undefined;
  const read = (key: string): unknown => (key in annotation ? Reflect.get(annotation, key) : undefined);
  if (read('subtype') !== 'Widget') return undefined;
  const appearance = read('defaultAppearanceData');
  const fontSize =
    typeof appearance === 'object' && appearance !== null && 'fontSize' in appearance && typeof appearance.fontSize === 'number'
      ? appearance.fontSize
      : undefined;
  return {
    name: String(read('fieldName')),
    type: String(read('fieldType')),
    tooltip: String(read('alternativeText') ?? ''),
    multiline: read('multiLine') === true,
    checkBox: read('checkBox') === true,
    radioButton: read('radioButton') === true,
    buttonValue: typeof read('buttonValue') === 'string' ? String(read('buttonValue')) : undefined,
    fontSize,
  };
}

async function pdfjsWidgets(bytes: Uint8Array): Promise<WidgetInfo[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const widgets: WidgetInfo[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const annotations: unknown[] = await (await pdf.getPage(n)).getAnnotations();
    for (const annotation of annotations) {
      const info = widgetInfo(annotation);
      if (info) widgets.push(info);
    }
  }
  await pdf.destroy();
  return widgets;
}

/** A value for each field that shows up when rendered and is easy to check after a reload; a choice's is in optionFor. */
function valueFor(field: WorksheetField, index: number): string | true {
  if (field.type !== 'text') return true;
  return field.lines > 1 ? `Answer ${index + 1}: said calmly, then waited for the reply.` : `Answer ${index + 1}`;
}

/** The option each choice gets when filled: they differ from one field to the next, so a mix-up shows. */
function optionFor(field: ChoiceField, index: number): string {
  return field.options[index % field.options.length]?.value ?? '';
}

/** The widgets a field has: one, or one per option of a choice, with the option each stands for. */
function widgetsOf(fields: WorksheetField[]): Array<{ field: WorksheetField; option?: ChoiceOption }> {
  return fields.flatMap((field): Array<{ field: WorksheetField; option?: ChoiceOption }> =>
    field.type === 'choice' ? field.options.map((option) => ({ field, option })) : [{ field }],
  );
}

const isChoice = (field: WorksheetField): field is ChoiceField => field.type === 'choice';

/** Fills every field; without appearances, the values alone, as a tool that leaves drawing them to the reader. */
async function fillEveryField(bytes: Uint8Array, fields: WorksheetField[], appearances = true): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  const form = doc.getForm();
  fields.forEach((field, index) => {
    const value = valueFor(field, index);
    if (field.type === 'choice') form.getRadioGroup(field.name).select(optionFor(field, index));
    else if (value === true) form.getCheckBox(field.name).check();
    else form.getTextField(field.name).setText(value);
  });
  // Such a tool asks the reader to draw them, as pdf.js does.
  if (!appearances) form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.True);
  return doc.save({ updateFieldAppearances: appearances });
}

/** Every widget's appearance streams, as qpdf reads the file: object number of the widget, and the streams its /AP names. */
function appearanceStreams(objects: Array<[string, unknown]>): Array<{ widget: string; streams: string[] }> {
  const refsIn = (value: unknown): string[] =>
    typeof value === 'string' && / R$/.test(value) ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(refsIn) : [];
  return objects.flatMap(([key, value]) => (read(value, '/Subtype') === '/Widget' ? [{ widget: key, streams: refsIn(read(value, '/AP')) }] : []));
}

function pngCount(prefix: string): number {
  return readdirSync(workDir).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png')).length;
}

const worksheets = loadWorksheets();
const cases = worksheets.flatMap((w) =>
  paperIds.map((paper) => {
    const pdf = worksheetPdfPath(w.slug, paper);
    return { ...w, paper, pdf, file: basename(pdf) };
  }),
);

describe.each(cases)('$pdf', ({ slug, sheet, context, paper, pdf, file }) => {
  const fields = fieldsOf(sheet);
  let bytes: Uint8Array;
  let filled: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(readFileSync(join(builtSite, pdf)));
    filled = await fillEveryField(bytes, fields);
  });
  // Read once, for the tests that need them: qpdf's view of the file, and a copy with values but no appearances.
  let objects: Array<[string, unknown]> | undefined;
  const objectsOnce = () => (objects ??= qpdfObjects(join(builtSite, pdf)));
  let valuesOnly: Promise<Uint8Array> | undefined;
  const valuesOnlyOnce = () => (valuesOnly ??= fillEveryField(bytes, fields, false));

  it('has every defined field, with its type and tooltip, as pdf.js sees it', async () => {
    const widgets = await pdfjsWidgets(bytes);
    const expected = widgetsOf(fields);
    expect(widgets.map((w) => w.name)).toEqual(expected.map(({ field }) => field.name));
    expected.forEach(({ field, option }, index) => {
      const widget = widgets[index];
      if (option !== undefined) {
        // Each round box says which option it is; the field's own tooltip is the question.
        expect(widget?.tooltip, field.name).toBe(`${field.tooltip}: ${option.label}`);
        expect(widget?.type, field.name).toBe('Btn');
        expect(widget?.radioButton, field.name).toBe(true);
        expect(widget?.buttonValue, field.name).toBe(option.value);
        return;
      }
      expect(widget?.tooltip, field.name).toBe(field.tooltip);
      if (field.type === 'check') {
        expect(widget?.type, field.name).toBe('Btn');
        expect(widget?.checkBox, field.name).toBe(true);
      } else {
        expect(widget?.type, field.name).toBe('Tx');
        expect(widget?.multiline, field.name).toBe(field.lines > 1);
        // Size 0: the viewer fits the answer to its box.
        expect(widget?.fontSize, field.name).toBe(0);
      }
    });
  });

  it('declares its title, language, paper size, tab order and form font', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(sheet.title);
    const catalog = doc.catalog;
    expect(catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(en-US)');
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).lookup(PDFName.of('DisplayDocTitle'))?.toString()).toBe(
      'true',
    );
    for (const page of doc.getPages()) {
      expect(page.getSize()).toEqual({ width: papers[paper].width, height: papers[paper].height });
      expect(page.node.lookup(PDFName.of('Tabs'))?.toString()).toBe('/S');
    }
    if (fields.length === 0) return;
    const acroForm = doc.getForm().acroForm.dict;
    expect(acroForm.lookup(PDFName.of('NeedAppearances'))).toBeUndefined();
    expect(acroForm.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict).has(PDFName.of('Arimo'))).toBe(
      true,
    );
    for (const field of doc.getForm().getFields()) {
      for (const widget of field.acroField.getWidgets()) expect(widget.getNormalAppearance(), field.getName()).toBeDefined();
    }
  });

  it('can be filled by pdf-lib, and the values survive a save and reload', async () => {
    const form = (await PDFDocument.load(filled)).getForm();
    expect(form.getFields()).toHaveLength(fields.length);
    fields.forEach((field, index) => {
      const value = valueFor(field, index);
      const loaded = form.getField(field.name);
      if (field.type === 'choice') {
        expect(loaded, field.name).toBeInstanceOf(PDFRadioGroup);
        expect(form.getRadioGroup(field.name).getSelected(), field.name).toBe(optionFor(field, index));
      } else if (value === true) {
        expect(loaded, field.name).toBeInstanceOf(PDFCheckBox);
        expect(form.getCheckBox(field.name).isChecked(), field.name).toBe(true);
      } else {
        expect(loaded, field.name).toBeInstanceOf(PDFTextField);
        expect(form.getTextField(field.name).getText(), field.name).toBe(value);
      }
    });
  });

  it('renders to the same bytes every time, the same as the build', async () => {
    const fonts = await loadWorksheetFonts();
    const first = await renderWorksheetPdf(sheet, paper, context, fonts);
    const second = await renderWorksheetPdf(sheet, paper, context, fonts);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(bytes)), `${slug}: the build's file differs from a fresh render`).toBe(true);
  });

  it.skipIf(!qpdf.run)(qpdf.present ? 'passes qpdf --check, empty and filled' : `passes qpdf --check (${qpdf.message})`, () => {
    if (!qpdf.present) throw new Error(qpdf.message);
    const filledFile = join(workDir, `qpdf-${file}`);
    writeFileSync(filledFile, filled);
    for (const target of [join(builtSite, pdf), filledFile]) {
      const result = spawnSync('qpdf', ['--check', target], { encoding: 'utf8' });
      expect(result.status, `${target}\n${result.stdout}${result.stderr}`).toBe(0);
      expect(result.stdout).toContain('No syntax or stream encoding errors found');
    }
  });

  it.skipIf(!pdftoppm.run)(
    pdftoppm.present ? 'renders every page, empty and filled, with pdftoppm; ticks and answers change the render' : `renders with pdftoppm (${pdftoppm.message})`,
    async () => {
      if (!pdftoppm.present) throw new Error(pdftoppm.message);
      const pages = (await PDFDocument.load(bytes)).getPageCount();
      const renders: Record<'empty' | 'filled', string[]> = { empty: [], filled: [] };
      for (const state of ['empty', 'filled'] as const) {
        const input = join(workDir, `${state}-${file}`);
        writeFileSync(input, state === 'empty' ? bytes : filled);
        const prefix = `${state}-${slug}-${paper}`;
        const result = spawnSync('pdftoppm', ['-r', '36', '-png', input, join(workDir, prefix)], { encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        expect(pngCount(prefix)).toBe(pages);
        renders[state] = readdirSync(workDir)
          .filter((name) => name.startsWith(`${prefix}-`))
          .sort()
          .map((name) => readFileSync(join(workDir, name)).toString('base64'));
      }
      if (fields.length > 0) expect(renders.filled).not.toEqual(renders.empty);
    },
  );

  it.skipIf(!qpdf.run)('gives every widget appearance streams of its own, as qpdf reads the file', () => {
    if (!qpdf.present) throw new Error(qpdf.message);
    const widgets = appearanceStreams(objectsOnce());
    expect(widgets).toHaveLength(widgetsOf(fields).length);
    const owners = new Map<string, string>();
    const shared = widgets.flatMap(({ widget, streams }) =>
      streams.flatMap((stream) => {
        const owner = owners.get(stream);
        owners.set(stream, widget);
        return owner === undefined ? [] : [`${stream} (${owner} and ${widget})`];
      }),
    );
    expect(shared, 'appearance streams shared by two widgets').toEqual([]);
  });

  if (fields.some((field) => field.type !== 'text')) {
    it.skipIf(!qpdf.run)('check boxes and round boxes: the clickable area is the printed box, unticked to start, ticked with a font the form defines', () => {
      if (!qpdf.present) throw new Error(qpdf.message);
      const objects = objectsOnce();
      const form = objects.map(([, value]) => value).find((value) => read(value, '/Fields') !== undefined);
      const formFonts = Object.keys(Object(read(read(form, '/DR'), '/Font')));
      const problems: string[] = [];
      for (const [key, value] of objects) {
        if (read(value, '/FT') !== '/Btn') continue;
        const font = /\/(\S+) [\d.]+ Tf/.exec(String(read(value, '/DA')).replace(/^u:/, ''))?.[1];
        if (font === undefined || !formFonts.includes(`/${font}`)) problems.push(`${key}: appearance font ${String(font)} not in the form's ${formFonts.join(' ')}`);
        if (read(value, '/V') !== '/Off' || read(value, '/DV') !== '/Off') problems.push(`${key}: no default value /Off`);
      }
      for (const [key, value] of objects) {
        if (read(value, '/Subtype') !== '/Widget' || typeof read(read(value, '/AP'), '/N') === 'string') continue;
        const rect = read(value, '/Rect');
        const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = Array.isArray(rect) ? rect.map(Number) : [];
        if (Math.abs(x2 - x1 - checkSize) > 0.01 || Math.abs(y2 - y1 - checkSize) > 0.01) problems.push(`${key}: clickable ${(x2 - x1).toFixed(1)} pt, printed box ${checkSize} pt`);
      }
      expect(problems).toEqual([]);
    });

    it.skipIf(!pdftoppm.run)('ticks drawn by poppler itself come out whole, with no unknown font', async () => {
      if (!pdftoppm.present) throw new Error(pdftoppm.message);
      const input = join(workDir, `ticks-${file}`);
      writeFileSync(input, await valuesOnlyOnce());
      const result = spawnSync('pdftoppm', ['-r', '36', '-png', input, join(workDir, `ticks-${slug}-${paper}`)], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
    });
  }

  if (fields.some(isChoice)) {
    it.skipIf(!qpdf.run)('choices: one radio group per choice, none chosen, with one widget per option whose streams are its own, as qpdf reads the file', () => {
      if (!qpdf.present) throw new Error(qpdf.message);
      const objects = objectsOnce();
      const byRef = new Map(objects);
      const objectAt = (ref: unknown): unknown => byRef.get(`obj:${String(ref)}`);
      // A field's full name: its /T after its parents' ("lines" . "line-1" . "mode").
      const fullName = (value: unknown): string => {
        const own = String(read(value, '/T')).replace(/^u:/, '');
        const parent = read(value, '/Parent');
        return parent === undefined ? own : `${fullName(objectAt(parent))}.${own}`;
      };
      const owners = new Map<string, string>();
      for (const field of fields.filter(isChoice)) {
        const groups = objects.filter(([, value]) => read(value, '/T') !== undefined && fullName(value) === field.name);
        expect(groups, field.name).toHaveLength(1);
        const [key, group] = groups[0] ?? ['', undefined];
        expect(read(group, '/FT'), field.name).toBe('/Btn');
        const flags = Number(read(group, '/Ff'));
        expect(flags & 32768, `${field.name}: the radio flag (bit 16)`).toBe(32768);
        expect(flags & 16384, `${field.name}: no toggling back to none (bit 15)`).toBe(16384);
        expect(read(group, '/V'), field.name).toBe('/Off');
        expect(read(group, '/DV'), field.name).toBe('/Off');
        expect(read(group, '/TU'), field.name).toBe(`u:${field.tooltip}`);
        const kids = read(group, '/Kids');
        expect(Array.isArray(kids) ? kids.length : 0, field.name).toBe(field.options.length);
        (Array.isArray(kids) ? kids : []).forEach((kid: unknown, index) => {
          const widget = objectAt(kid);
          const option = field.options[index]?.value ?? '';
          expect(read(widget, '/Subtype'), `${field.name} ${option}`).toBe('/Widget');
          expect(read(widget, '/Parent'), `${field.name} ${option}`).toBe(key.replace(/^obj:/, ''));
          expect(read(widget, '/AS'), `${field.name} ${option}`).toBe('/Off');
          const normal = read(read(widget, '/AP'), '/N');
          expect(Object.keys(Object(normal)).sort(), `${field.name} ${option}`).toEqual(['/Off', `/${option}`].sort());
          for (const stream of Object.values(Object(normal)).map(String)) {
            const owner = owners.get(stream);
            expect(owner, `${stream} drawn by ${String(kid)} and ${String(owner)}`).toBeUndefined();
            owners.set(stream, String(kid));
          }
        });
      }
    });

    it('choices: pdf.js reports each as radio buttons with the options as export values, none chosen, and the option chosen once filled', async () => {
      const fieldObjects = async (data: Uint8Array) => {
        const pdf = await getDocument({ data: data.slice(), verbosity: 0 }).promise;
        const objects = await pdf.getFieldObjects();
        await pdf.destroy();
        return (name: string): unknown[] => objects?.[name] ?? [];
      };
      const [empty, full] = await Promise.all([fieldObjects(bytes), fieldObjects(filled)]);
      fields.forEach((field, index) => {
        if (field.type !== 'choice') return;
        // The field itself comes first, naming its widgets; then one radio button per option.
        const [group, ...buttons] = empty(field.name);
        expect(read(group, 'kidIds'), field.name).toHaveLength(field.options.length);
        expect(buttons.map((button) => read(button, 'type')), field.name).toEqual(field.options.map(() => 'radiobutton'));
        expect(buttons.map((button) => read(button, 'exportValues')), field.name).toEqual(field.options.map((option) => option.value));
        expect(buttons.map((button) => [read(button, 'value'), read(button, 'defaultValue')]), field.name).toEqual(field.options.map(() => ['Off', 'Off']));
        const chosen = full(field.name).slice(1).map((button) => read(button, 'value'));
        expect(chosen, field.name).toEqual(field.options.map(() => optionFor(field, index)));
      });
    });
  }

  // Pocket cards have no fields to type in: no test, rather than one skipped.
  if (fields.some((field) => field.type === 'text')) {
    it.skipIf(!qpdf.run || !pdftoppm.run)(
      'prints every typed answer: qpdf flattens the filled copy with its own appearances, and pdftotext reads each answer',
      () => {
        const missingTools = [qpdf, pdftoppm].filter((tool) => !tool.present);
        if (missingTools.length > 0) throw new Error(missingTools.map((tool) => tool.message).join(' '));
        const input = join(workDir, `answers-${file}`);
        const flat = join(workDir, `flat-${file}`);
        writeFileSync(input, filled);
        // Without --generate-appearances, qpdf keeps the appearance streams the
        // fill made: what a printer or a viewer without forms support shows.
        const flattened = spawnSync('qpdf', ['--flatten-annotations=all', input, flat], { encoding: 'utf8' });
        expect(flattened.status, flattened.stderr).toBe(0);
        const text = spawnSync('pdftotext', ['-raw', flat, '-'], { encoding: 'utf8' });
        expect(text.status, text.stderr).toBe(0);
        const printed = text.stdout.replace(/\s+/g, ' ');
        const missing = fields.flatMap((field, index) => {
          const value = valueFor(field, index);
          // Long answers wrap inside their box, so look for the label that starts each one ("Answer 12"), not followed by another digit.
          const label = value === true ? undefined : /^Answer \d+/.exec(value)?.[0];
          return label === undefined || new RegExp(`${label}(?!\\d)`).test(printed) ? [] : [`${field.name} ("${value}")`];
        });
        expect(missing, 'answers that do not print').toEqual([]);
      },
    );
  }
});
