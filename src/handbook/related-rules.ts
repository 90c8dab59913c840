import type { HandbookProblem } from './errors';

/**
 * An entry that lists itself under "related" sends the reader in a circle.
 * The schema cannot see this (it checks one file without knowing its slug),
 * so the quick unit check and the build both call this.
 */
export function selfReferenceProblems(file: string, slug: string, related: readonly string[]): HandbookProblem[] {
  return related.includes(slug)
    ? [{ file, field: 'related', problem: `the entry lists itself ("${slug}")`, fix: `remove "${slug}" and name other entries a reader should read next` }]
    : [];
}
