import { columnOf, optionLabel, type ReadResult } from '@smesec/survey';
import type { ActivityRules } from '../codebook/rules.js';
import { itemsOf } from './items-of.js';
import type { RowIssue } from './row-issue.js';

/**
 * Options valid only for some editions: each edition of the practice collection has its own
 * purpose categories, so a 2nd-edition practice tagged 参加者を増やしたい (a 3rd-edition purpose)
 * is an unknown purpose for that row, reported as such.
 */
export function checkEditionOptions(result: ReadResult, rules: ActivityRules): RowIssue[] {
  const rule = rules.editionOptions;
  if (!rule) return [];
  const { codebook } = result;
  const column = columnOf(codebook, rule.column);
  const by = result.table.array(rule.by) as ArrayLike<string | null>;
  const values = result.table.array(rule.column) as ArrayLike<unknown>;
  const out: RowIssue[] = [];
  for (let i = 0; i < values.length; i++) {
    const key = by[i];
    if (key == null) continue;
    const allowed = rule.allowed[key] ?? [];
    for (const code of itemsOf(values[i])) {
      if (allowed.includes(code)) continue;
      out.push({
        instrument: codebook.id,
        index: i,
        issue: {
          code: 'unknown_option',
          severity: 'error',
          file: result.file,
          row: result.rowNumbers[i]!,
          line: result.lineNumbers[i]!,
          column: rule.column,
          label: column.label,
          value: optionLabel(codebook, rule.column, code),
          expected: `${allowed.map((c) => optionLabel(codebook, rule.column, c)).join(', ')} (the options of ${optionLabel(codebook, rule.by, key)})`,
        },
      });
    }
  }
  return out;
}
