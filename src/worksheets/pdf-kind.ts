import { fieldsOf } from './fields';
import type { Worksheet } from './schema';

/** Whether a sheet's PDF has fields to type in; a sheet of cards to cut out has none. */
export function isFillable(sheet: Worksheet): boolean {
  return fieldsOf(sheet).length > 0;
}

/** How pages and search name a sheet's PDF, so nobody is promised a form that is not there. */
export function pdfLabel(sheet: Worksheet): 'Fillable PDF' | 'Printable PDF' {
  return isFillable(sheet) ? 'Fillable PDF' : 'Printable PDF';
}
