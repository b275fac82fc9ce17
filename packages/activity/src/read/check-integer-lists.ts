import type { ReadResult } from '@smesec/survey';
import type { ActivityRules } from '../codebook/rules.js';
import type { RowIssue } from './row-issue.js';

const WHOLE = /^\d+$/;

/**
 * Items of `list` columns that must be whole numbers (line numbers, printed pages): the survey's
 * `list` type keeps items as free strings, so a typo such as `12a` would otherwise pass.
 */
export function checkIntegerLists(result: ReadResult, rules: ActivityRules): RowIssue[] {
  const out: RowIssue[] = [];
  for (const columnId of rules.integerLists) {
    const column = result.codebook.columns.find((c) => c.id === columnId);
    if (!column || column.type !== 'list') throw new Error(`${result.codebook.id}: integerLists names ${columnId}, which is not a list column`);
    const values = result.table.array(columnId) as ArrayLike<readonly string[]>;
    for (let i = 0; i < values.length; i++) {
      for (const item of values[i]!) {
        if (WHOLE.test(item)) continue;
        out.push({
          instrument: result.codebook.id,
          index: i,
          issue: {
            code: /^[+-]?\d*\.\d+$/.test(item) ? 'not_an_integer' : 'not_a_number',
            severity: 'error',
            file: result.file,
            row: result.rowNumbers[i]!,
            line: result.lineNumbers[i]!,
            column: columnId,
            label: column.label,
            value: item,
            expected: `whole numbers separated by ${result.codebook.separators.join(' or ')}`,
          },
        });
      }
    }
  }
  return out;
}
