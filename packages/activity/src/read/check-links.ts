import type { ReadResult } from '@smesec/survey';
import { activityRulesOf } from '../codebook/rules.js';
import { itemsOf } from './items-of.js';
import type { RowIssue } from './row-issue.js';

/**
 * Check the `links` rules: ids in list columns (an index row citing two practices) and ids that
 * refer to the same file (a 再掲 bullet pointing at its original). The survey's `references`
 * cover only single ids into another file, and treat a file referring to itself as a cycle.
 */
export function checkLinks(results: ReadonlyMap<string, ReadResult>): RowIssue[] {
  const out: RowIssue[] = [];
  for (const res of results.values()) {
    for (const link of activityRulesOf(res.codebook).links) {
      const target = results.get(link.instrument);
      if (!target) throw new Error(`${res.codebook.id}: link ${link.column} refers to ${link.instrument}, which was not read`);
      const known = new Set(Array.from(target.table.array(link.target) as ArrayLike<string>));
      const column = res.codebook.columns.find((c) => c.id === link.column);
      const values = res.table.array(link.column) as ArrayLike<unknown>;
      for (let i = 0; i < values.length; i++) {
        for (const id of itemsOf(values[i])) {
          if (known.has(id)) continue;
          out.push({
            instrument: res.codebook.id,
            index: i,
            issue: {
              code: 'unknown_reference',
              severity: 'error',
              file: res.file,
              row: res.rowNumbers[i]!,
              line: res.lineNumbers[i]!,
              column: link.column,
              ...(column ? { label: column.label } : {}),
              value: id,
              expected: `${target.file} (${link.target})`,
            },
          });
        }
      }
    }
  }
  return out;
}
