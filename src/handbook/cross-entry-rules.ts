import type { HandbookProblem } from './errors';
import type { FieldPath } from './yaml-source';

/** What the rules across entries need to know of one checked entry. */
export interface CheckedEntry {
  file: string;
  slug: string;
  related: readonly string[];
  startHere: readonly string[];
  safety: boolean;
  canTurnPhysical: boolean;
  lineOf(path: FieldPath): number | undefined;
}

/**
 * The rules a schema cannot see, because it checks one file without knowing
 * its slug or the other files: no entry sends the reader to itself, one
 * safety path at most, and one to link to when a situation can turn physical.
 */
export function crossEntryProblems(entries: readonly CheckedEntry[]): HandbookProblem[] {
  const problems: HandbookProblem[] = [];
  const at = (entry: CheckedEntry, path: FieldPath) => {
    const line = entry.lineOf(path);
    return { file: entry.file, ...(line === undefined ? {} : { line }) };
  };
  for (const entry of entries) {
    for (const field of ['related', 'startHere'] as const) {
      const index = entry[field].indexOf(entry.slug);
      if (index >= 0) {
        problems.push({
          ...at(entry, [field, index]),
          field,
          problem: `the entry lists itself ("${entry.slug}")`,
          fix: `remove "${entry.slug}" and name other entries a reader should read next`,
        });
      }
    }
  }
  const safety = entries.filter((entry) => entry.safety);
  for (const entry of safety.length > 1 ? safety : []) {
    const others = safety.filter((other) => other !== entry).map((other) => other.file);
    problems.push({
      ...at(entry, ['safety']),
      field: 'safety',
      problem: `${others.join(' and ')} ${others.length === 1 ? 'is' : 'are'} marked as the safety path too`,
      fix: 'keep "safety: true" on the one situation that says how to get safe, and remove it from the others',
    });
  }
  if (safety.length === 0) {
    for (const entry of entries.filter((e) => e.canTurnPhysical)) {
      problems.push({
        ...at(entry, ['canTurnPhysical']),
        field: 'canTurnPhysical',
        problem: 'no situation is the safety path to link to',
        fix: 'add "safety: true" to the situation that says how to get safe, or remove "canTurnPhysical" here',
      });
    }
  }
  return problems;
}
