import type { WorksheetSection } from './sections';

function countsAsStep(sec: WorksheetSection): boolean {
  switch (sec.kind) {
    case 'question':
    case 'checklist':
    case 'choice':
      return sec.numbered;
    case 'table':
      return sec.numbered && sec.heading !== undefined;
    default:
      return false;
  }
}

/**
 * The step number each section shows, or undefined. Steps are numbered only
 * when a sheet has two or more: a lone "1" says nothing. The PDF and the web
 * page both read this, so their numbers always agree.
 */
export function stepNumbers(sections: readonly WorksheetSection[]): Array<number | undefined> {
  const steps = sections.filter(countsAsStep).length;
  let next = 0;
  return sections.map((sec) => (steps >= 2 && countsAsStep(sec) ? ++next : undefined));
}
