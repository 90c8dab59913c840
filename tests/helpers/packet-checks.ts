// What a packet is, read by tools that are not its renderer: qpdf checks it,
// pdf.js reads its bookmarks and fields, poppler its fonts and text.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' });

/** qpdf's verdict on the file's structure: status 0 when it finds no error. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const result = run('qpdf', ['--check', file]);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The embedded fonts' names, as pdffonts lists them, without their subset tags. */
export function embeddedFonts(file: string): string[] {
  return run('pdffonts', [file]).stdout.split('\n').slice(2).filter((line) => line.trim() !== '').map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '');
}

/** One page's text as poppler reads it. */
export function pageText(file: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).stdout;
}

/** The packet's bookmarks (titles and the pages they open, from 1) and its page count, as pdf.js reads them. */
export async function packetOutline(file: string): Promise<{ titles: string[]; starts: number[]; pages: number }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const outline = (await doc.getOutline()) ?? [];
  const starts = await Promise.all(
    outline.map(async (item) => {
      const dest = Array.isArray(item.dest) ? item.dest : await doc.getDestination(String(item.dest));
      const ref: unknown = dest?.[0];
      return typeof ref === 'object' && ref !== null ? (await doc.getPageIndex(ref as never)) + 1 : 0;
    }),
  );
  return { titles: outline.map((item) => item.title), starts, pages: doc.numPages };
}

/** pdf.js's field objects of a file, by full field name. */
export async function fieldObjects(file: string): Promise<Record<string, unknown[]>> {
  const objects: unknown = await (await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise).getFieldObjects();
  return Object.fromEntries(Object.entries(Object(objects)).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1])));
}

/** A field's value as pdf.js reads it: on the object (the field or its widget) that carries one. */
export function fieldValue(field: string, objects: Record<string, unknown[]>): unknown {
  return objects[field]?.map((o) => Reflect.get(Object(o), 'value')).find((value) => value !== undefined);
}

/** The text fields of a file, by name; two parts sharing a name would share one field with two boxes. */
export function textFields(objects: Record<string, unknown[]>): string[] {
  return Object.entries(objects)
    .filter(([, list]) => list.some((o) => Reflect.get(Object(o), 'type') === 'text'))
    .map(([field]) => field);
}

/** One text field per part (the first part of its name), to fill with a tool and read back. */
export function oneFieldPerPart(fields: readonly string[]): Map<string, string> {
  const byPart = new Map<string, string>();
  for (const field of fields) if (!byPart.has(field.split('.')[0] ?? '')) byPart.set(field.split('.')[0] ?? '', field);
  return byPart;
}
