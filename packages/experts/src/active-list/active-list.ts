import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { storedColumn, type Codebook } from '@smesec/survey';
import { skillSchemeOf } from '../skills/scheme.js';
import { activeListRulesOf, type ActiveListRules } from './eligibility.js';

export interface ActiveListOptions {
  codebook: Codebook;
  /** Per-respondent scores from `scoreSkills`, row-aligned with the table. */
  scores: ColumnTable;
  /** Eligibility from `excludeFromList`, row-aligned with the table. */
  eligibility: ColumnTable;
  rules?: ActiveListRules;
}

/**
 * The public active list: listed specialists only, and only the fields the list publishes (the
 * codebook's `contactFields` and `publicFields`) plus the ◎/○ rating of each domain. Personal
 * data of anyone not listed never enters this table.
 */
export function activeList(table: ColumnTable, { codebook, scores, eligibility, rules = activeListRulesOf(codebook) }: ActiveListOptions): ColumnTable {
  const n = table.numRows();
  if (scores.numRows() !== n || eligibility.numRows() !== n) throw new Error('scores and eligibility must be row-aligned with the table');
  const listed = eligibility.array('listed') as ArrayLike<boolean>;
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (listed[i]) keep.push(i);
  const idCol = scores.columnNames()[0]!;
  // The listed rows' values only: `t.array` would first copy the whole column (a million values
  // per column at 1M rows) through arquero's scan, which the list then drops in part.
  const pick = (t: ColumnTable, c: string) => {
    const column = storedColumn(t, c);
    if (column) return keep.map((i) => column.at(i));
    const a = t.array(c) as ArrayLike<unknown>;
    return keep.map((i) => a[i]);
  };
  const cols: Record<string, unknown[]> = { [idCol]: pick(table, idCol) };
  for (const f of [...rules.contactFields, ...rules.publicFields]) cols[f] = pick(table, f);
  for (const d of skillSchemeOf(codebook).domains) cols[`${d.id}_rating`] = pick(scores, `${d.id}_rating`);
  return aq.table(cols);
}
