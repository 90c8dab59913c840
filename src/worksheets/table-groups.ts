import { authorMessage } from '../handbook/author-errors';
import type { TableSection } from './sections';

/** A problem with a table, where it is in the definition and what to do. */
export interface TableIssue {
  path: Array<string | number>;
  message: string;
}

/** How a message names a row: by its name, else by its place. */
export function rowWhere(sec: TableSection, rowIndex: number): string {
  const row = sec.rows[rowIndex];
  return `row ${row?.name === undefined ? rowIndex + 1 : `"${row.name}"`} of table "${sec.name}"`;
}

/**
 * The rules of column groups (`group:` on columns), which make a row's
 * `{check}` cells one choice: a group has two columns or more, is not named
 * like a column (its field would be named like that column's), and in each
 * row its cells are all `{check}` or none are.
 */
export function tableGroupIssues(sec: TableSection, index: number): TableIssue[] {
  const issues: TableIssue[] = [];
  const groups = new Map<string, number[]>();
  sec.columns.forEach((column, col) => {
    if (column.group !== undefined) groups.set(column.group, [...(groups.get(column.group) ?? []), col]);
  });
  for (const [group, cols] of groups) {
    const first = cols[0] ?? 0;
    const groupPath = ['sections', index, 'columns', first, 'group'];
    const names = cols.map((col) => sec.columns[col]?.name ?? '').join(', ');
    if (cols.length < 2) {
      issues.push({
        path: groupPath,
        message: authorMessage(
          `the group "${group}" of table "${sec.name}" has one column (${names})`,
          `write "group: ${group}" on each column the reader chooses between (at least two), or remove it for a check box on its own`,
        ),
      });
    }
    if (sec.columns.some((column) => column.name === group)) {
      issues.push({
        path: groupPath,
        message: authorMessage(
          `the group "${group}" of table "${sec.name}" has the name of one of its columns`,
          `rename the group, such as "${group}-choice": its field (${sec.name}.<row name>.${group}) would be named like that column's`,
        ),
      });
    }
    sec.rows.forEach((row, rowIndex) => {
      // A row with the wrong number of cells has its own message, and its cells are not in their columns.
      if (row.cells.length !== sec.columns.length) return;
      const notChecks = cols.filter((col) => {
        const cell = row.cells[col];
        return typeof cell !== 'object' || !('check' in cell);
      });
      if (notChecks.length === 0 || notChecks.length === cols.length) return;
      issues.push({
        path: ['sections', index, 'rows', rowIndex, 'cells', notChecks[0] ?? first],
        message: authorMessage(
          `${rowWhere(sec, rowIndex)} has {check} in ${cols.length - notChecks.length} of the ${cols.length} columns of group "${group}" (${names})`,
          `write {check} in every column of the group, or in none of them: together they are one choice`,
        ),
      });
    });
  }
  return issues;
}
