import { fillWorksheetPdf, readWorksheetAnswers } from '../fill-pdf';
import type { Answers } from './answers';

/*
 * What the page does with PDFs, loaded only when a reader asks (pdf-lib is
 * large): fill the sheet's blank PDF with the answers and hand it over as a
 * download, or read a filled PDF back. Nothing is uploaded: the blank comes
 * from this site, and the filled file is made on the device.
 */

/** The filled PDF as a file to save, and the characters its font could not draw. */
export async function filledPdf(blankUrl: string, answers: Answers): Promise<{ file: Blob; notShown: string[] }> {
  let response: Response;
  try {
    response = await fetch(blankUrl);
  } catch {
    throw new Error('You seem to be offline: the sheet’s PDF could not be fetched to put your answers in. Your answers are still here; try again when you are back online, or print the page.');
  }
  if (!response.ok) throw new Error(`The sheet’s PDF did not load (the site answered ${response.status}). Your answers are still here; try again, or print the page.`);
  const { bytes, notShown } = await fillWorksheetPdf(new Uint8Array(await response.arrayBuffer()), answers);
  return { file: new Blob([bytes.slice().buffer], { type: 'application/pdf' }), notShown };
}

/**
 * The answers in a PDF the reader chose, if it is a copy of this worksheet:
 * its title is the sheet's, or most of its fields are the sheet's (an older
 * version of the sheet). Anything else is refused with a sentence that says
 * why, and the page is left as it was: two sheets may share a field or two
 * (every name line is `participant.name`), so one shared name proves nothing.
 */
export async function answersFromPdf(file: File, sheet: { title: string; fieldNames: ReadonlySet<string> }): Promise<Answers> {
  const { fieldNames } = sheet;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') throw new Error(`“${file.name}” is not a PDF. Choose a PDF of this worksheet.`);
  let read: Awaited<ReturnType<typeof readWorksheetAnswers>>;
  try {
    read = await readWorksheetAnswers(bytes);
  } catch {
    throw new Error(`“${file.name}” could not be read as a PDF form. It may be damaged, or locked with a password.`);
  }
  const names = Object.keys(read.answers);
  const matching = names.filter((name) => fieldNames.has(name));
  if (matching.length === 0 || (read.title !== sheet.title && matching.length * 2 < names.length)) {
    throw new Error(`“${file.name}” is not a copy of this worksheet${read.title === undefined ? '' : ` (it is “${read.title}”)`}. Nothing on the page was changed.`);
  }
  return Object.fromEntries(matching.map((name) => [name, read.answers[name] ?? '']));
}
