import { authorMessage } from './author-errors';

export interface HandbookProblem {
  /** The file at fault, relative to the project root. */
  file: string;
  /** The line at fault, where it is known; editors open file:line. */
  line?: number;
  /** The front-matter field (or "file name", "slug") at fault. */
  field: string;
  problem: string;
  fix: string;
}

/** A content problem that stops the build, worded so an author can mend it. */
export class HandbookError extends Error {
  readonly problem: HandbookProblem;

  constructor(problem: HandbookProblem) {
    super(formatProblem(problem));
    this.name = 'HandbookError';
    this.problem = problem;
  }
}

export function formatProblem({ file, line, field, problem, fix }: HandbookProblem): string {
  return `${file}${line === undefined ? '' : `:${line}`}: ${field}: ${authorMessage(problem, fix)}.`;
}

/**
 * The list an author reads: every problem, one line each, and a word on what
 * comes next, since a file that cannot be read hides its other problems.
 */
export function problemReport(problems: readonly HandbookProblem[]): string {
  return [
    `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the handbook's files:`,
    ...problems.map(formatProblem),
    'Mend each as its line says, then build again. A file can show more problems once these are mended.',
  ].join('\n');
}

/** Every problem found in one pass over the handbook's files, so an author mends them all from one run. */
export class HandbookProblems extends Error {
  readonly problems: HandbookProblem[];

  constructor(problems: HandbookProblem[]) {
    super(problemReport(problems));
    this.name = 'HandbookProblems';
    this.problems = problems;
  }
}
