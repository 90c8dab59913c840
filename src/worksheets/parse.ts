import { problemsOf } from '../handbook/author-errors';
import type { Catalog } from '../handbook/catalog';
import { formatProblem, type HandbookProblem } from '../handbook/errors';
import { makeWorksheetSchema, type Worksheet } from './schema';

/** Every problem found in one worksheet definition, each naming the file, the field and the fix. */
export class WorksheetError extends Error {
  readonly problems: HandbookProblem[];

  constructor(problems: HandbookProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'WorksheetError';
    this.problems = problems;
  }
}

/**
 * Validates a worksheet definition outside Astro (tests, the bench, a future
 * in-browser editor) with the same schema the content collection uses.
 */
export function parseWorksheet(file: string, data: unknown, catalog: Catalog): Worksheet {
  const result = makeWorksheetSchema(catalog).safeParse(data);
  if (result.success) return result.data;
  throw new WorksheetError(problemsOf(file, result.error));
}
