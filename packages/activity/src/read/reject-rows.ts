import * as aq from 'arquero';
import type { ReadResult, RejectedRow } from '@smesec/survey';
import type { RowIssue } from './row-issue.js';

/**
 * Move rows with errors found after reading out of a result's table into its rejected rows, as
 * the survey's reference check does: lenient readers then see only rows that passed every check.
 * Returns a new result; the input is not changed.
 */
export function rejectRows(result: ReadResult, found: readonly RowIssue[]): ReadResult {
  if (found.length === 0) return result;
  const bad = new Map<number, RowIssue[]>();
  for (const f of found) bad.set(f.index, [...(bad.get(f.index) ?? []), f]);
  const keep = (_: unknown, i: number) => !bad.has(i);
  const { table } = result;
  const rejected: RejectedRow[] = [
    ...result.rejected,
    ...[...bad.entries()].map(([i, issues]) => ({ row: result.rowNumbers[i]!, line: result.lineNumbers[i]!, issues: issues.map((f) => f.issue) })),
  ].sort((a, b) => a.row - b.row);
  return {
    ...result,
    table: aq.table(Object.fromEntries(table.columnNames().map((name) => [name, Array.from(table.array(name) as ArrayLike<unknown>).filter(keep)]))),
    rowNumbers: result.rowNumbers.filter(keep),
    lineNumbers: result.lineNumbers.filter(keep),
    rejected,
    issues: [...result.issues, ...found.map((f) => f.issue)],
    stats: { ...result.stats, accepted: result.stats.accepted - bad.size, rejected: result.stats.rejected + bad.size },
  };
}
