import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { storedColumn, type Codebook } from '@smesec/survey';
import { skillSchemeOf } from '../skills/scheme.js';
import { activeListRulesOf, type ActiveListRules } from './eligibility.js';
import { pickCoded } from './picked-column.js';
import { BooleanColumn } from '../skills/typed-columns.js';

/** Column types whose answers are codes or sets of codes: the list keeps them as ids (`PickedColumn`). */
const CODED = new Set(['single', 'multi', 'prefecture', 'multi-prefecture']);

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
  // `excludeFromList` keeps the flags a byte per row.
  const flags = storedColumn(eligibility, 'listed');
  const listed = flags instanceof BooleanColumn ? flags.values : (eligibility.array('listed') as ArrayLike<boolean>);
  let kept = 0;
  for (let i = 0; i < n; i++) if (listed[i]) kept++;
  const keep = new Uint32Array(kept);
  for (let i = 0, j = 0; i < n; i++) if (listed[i]) keep[j++] = i;
  const idCol = scores.columnNames()[0]!;
  // The listed rows' values only: `t.array` would first copy the whole column (a million values
  // per column at 1M rows) through arquero's scan, which the list then drops in part.
  // Coded answers and ratings keep their ids into the column's distinct values, which is what
  // lets the list's offer be counted once per distinct value.
  const pick = (t: ColumnTable, c: string) => {
    const column = storedColumn(t, c);
    const out = new Array<unknown>(kept);
    if (column) for (let j = 0; j < kept; j++) out[j] = column.at(keep[j]!);
    else {
      const a = t.array(c) as ArrayLike<unknown>;
      for (let j = 0; j < kept; j++) out[j] = a[keep[j]!];
    }
    return out;
  };
  const coded = (c: string) => CODED.has(codebook.columns.find((x) => x.id === c)?.type ?? '');
  const cols: Record<string, unknown> = { [idCol]: pick(table, idCol) };
  for (const f of [...rules.contactFields, ...rules.publicFields]) cols[f] = coded(f) ? pickCoded(table, f, keep) : pick(table, f);
  for (const d of skillSchemeOf(codebook).domains) cols[`${d.id}_rating`] = pickCoded(scores, `${d.id}_rating`, keep);
  return aq.table(cols as Parameters<typeof aq.table>[0]);
}
