import { spawnSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';
import type { WorksheetField } from '../../src/worksheets/fields';

/*
 * What a filled worksheet PDF prints, read by poppler (pdftotext) and pdf.js:
 * whether each answer prints once, with every character, and inside its box.
 */

/** What pdftotext prints, with all white space gone: line breaks inside a box are the filler's, not the answer's. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

export function printedText(file: string): string {
  const result = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Fields whose answer does not print exactly once, each with what went wrong. */
export function misprinted(text: string, fields: WorksheetField[], answerOf: (index: number) => string): string[] {
  const printed = squeezed(text);
  return fields.flatMap((field, index) => {
    if (field.type !== 'text') return [];
    const answer = squeezed(answerOf(index));
    const times = printed.split(answer).length - 1;
    return times === 1 ? [] : [`${field.name}: printed ${times} times`];
  });
}

/** One word pdftotext found, in points from the page's top left. */
interface Word {
  page: number;
  text: string;
  x: number;
  y: number;
}

export function wordsOf(file: string): Word[] {
  const result = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, result.stderr).toBe(0);
  const words: Word[] = [];
  let page = 0;
  for (const line of result.stdout.split('\n')) {
    if (line.includes('<page ')) page++;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match === null) continue;
    const [, x1 = '0', y1 = '0', x2 = '0', y2 = '0', text = ''] = match;
    words.push({ page, text: text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'), x: (Number(x1) + Number(x2)) / 2, y: (Number(y1) + Number(y2)) / 2 });
  }
  return words;
}

/** Each text field's box as pdf.js reads it: page number and rectangle, in points from the page's top left. */
export async function fieldBoxes(bytes: Uint8Array): Promise<Map<string, { page: number; left: number; top: number; right: number; bottom: number }>> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const boxes = new Map<string, { page: number; left: number; top: number; right: number; bottom: number }>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.view[3] ?? 0;
    const annotations: unknown[] = await page.getAnnotations();
    for (const annotation of annotations) {
      const name: unknown = Reflect.get(Object(annotation), 'fieldName');
      const rect: unknown = Reflect.get(Object(annotation), 'rect');
      if (typeof name !== 'string' || !Array.isArray(rect)) continue;
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = rect.map(Number);
      boxes.set(name, { page: n, left: x1, top: height - y2, right: x2, bottom: height - y1 });
    }
  }
  await pdf.destroy();
  return boxes;
}

/** Fields whose long answer lost words or printed outside its box. */
export async function cutAnswers(bytes: Uint8Array, file: string, fields: WorksheetField[], answerOf: (index: number) => string): Promise<string[]> {
  const boxes = await fieldBoxes(bytes);
  const words = wordsOf(file);
  return fields.flatMap((field, index) => {
    if (field.type !== 'text') return [];
    const box = boxes.get(field.name);
    if (box === undefined) return [`${field.name}: no widget`];
    const inside = words.filter((w) => w.page === box.page && w.x >= box.left && w.x <= box.right && w.y >= box.top && w.y <= box.bottom);
    // Compared as sorted lists of words: pdftotext may list the words of a tiny line in another order.
    const expected = answerOf(index).split(/\s+/).sort();
    const shown = inside.map((w) => w.text).sort();
    const missing = expected.filter((word, i) => shown[i] !== word);
    return missing.length === 0 && shown.length === expected.length
      ? []
      : [`${field.name}: the box shows ${shown.length} of ${expected.length} words`];
  });
}

