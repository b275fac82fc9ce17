import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { columnOf, type Codebook } from '../codebook/schema.js';
import { askedMask, codesOf } from './frequency.js';
import { wilson } from './wilson.js';

/** Which margin percentages are taken of. */
export type Percent = 'row' | 'column' | 'total';

export interface CrosstabOptions {
  codebook: Codebook;
  /** Percentages of the row total (default), the column total or the grand total. */
  percent?: Percent;
}

export interface Crosstab {
  readonly rows: string;
  readonly columns: string;
  readonly percent: Percent;
  readonly rowCodes: readonly string[];
  readonly colCodes: readonly string[];
  /** counts[r][c]: cases with row code r and column code c. */
  readonly counts: readonly (readonly number[])[];
  /** Cases in each row with a valid answer to both questions (a margin of cases, not of responses). */
  readonly rowTotals: readonly number[];
  readonly colTotals: readonly number[];
  /** Cases with a valid answer to both questions: the base n of the table. */
  readonly n: number;
  /** Cases left out because either answer is missing or the question was not asked. */
  readonly missing: number;
  /** pct[r][c] by the chosen percent direction. */
  readonly pct: readonly (readonly number[])[];
  /** Wilson 95 % intervals of pct. */
  readonly ci: readonly (readonly ([number, number] | null)[])[];
}

const valid = (v: unknown) => v != null && !(Array.isArray(v) && v.length === 0);

/**
 * Cross-tabulate two questions, with margins. Multiple-response questions count a case once per
 * option chosen; margins count cases, so a multi dimension's cells can add up past its margin.
 */
export function crosstab(table: ColumnTable, rowId: string, colId: string, { codebook, percent = 'row' }: CrosstabOptions): Crosstab {
  const rowCol = columnOf(codebook, rowId);
  const colCol = columnOf(codebook, colId);
  const askedR = askedMask(table, rowCol);
  const askedC = askedMask(table, colCol);
  const rv = table.array(rowId) as ArrayLike<unknown>;
  const cv = table.array(colId) as ArrayLike<unknown>;
  const keep: boolean[] = Array.from({ length: table.numRows() }, (_, i) => askedR(i) && askedC(i) && valid(rv[i]) && valid(cv[i]));
  const n = keep.filter(Boolean).length;
  const base = aq
    .table({ r: Array.from(rv), c: Array.from(cv), keep, case: keep.map((_, i) => i) })
    .filter((d: { keep: boolean }) => d.keep);
  const unrolled = [Array.isArray(base.get('r', 0)) ? 'r' : null, Array.isArray(base.get('c', 0)) ? 'c' : null].filter((x): x is string => x !== null);
  const long = unrolled.length ? base.unroll(unrolled) : base;
  const cells = long.groupby('r', 'c').count({ as: 'count' }).objects() as { r: unknown; c: unknown; count: number }[];
  const caseMargin = (key: 'r' | 'c') =>
    new Map(
      (long.groupby(key).rollup({ cases: aq.op.distinct('case') }).objects() as { r?: unknown; c?: unknown; cases: number }[]).map((o) => [String(o[key]), o.cases]),
    );
  const rowCases = caseMargin('r');
  const colCases = caseMargin('c');
  const extend = (declared: string[], seen: Iterable<string>) => [...declared, ...[...seen].filter((s) => !declared.includes(s)).sort()];
  const rowCodes = extend(codesOf(rowCol), rowCases.keys());
  const colCodes = extend(codesOf(colCol), colCases.keys());
  const counts = rowCodes.map(() => colCodes.map(() => 0));
  for (const { r, c, count } of cells) counts[rowCodes.indexOf(String(r))]![colCodes.indexOf(String(c))] = count;
  const rowTotals = rowCodes.map((r) => rowCases.get(r) ?? 0);
  const colTotals = colCodes.map((c) => colCases.get(c) ?? 0);
  const denom = (r: number, c: number) => (percent === 'row' ? rowTotals[r]! : percent === 'column' ? colTotals[c]! : n);
  const pct = counts.map((row, r) => row.map((k, c) => (denom(r, c) > 0 ? (100 * k) / denom(r, c) : NaN)));
  const ci = counts.map((row, r) => row.map((k, c) => wilson(k, denom(r, c))));
  return { rows: rowId, columns: colId, percent, rowCodes, colCodes, counts, rowTotals, colTotals, n, missing: table.numRows() - n, pct, ci };
}

/** A crosstab as a long arquero table: row, col, count, pct, ci_low, ci_high. */
export function crosstabTable(x: Crosstab): ColumnTable {
  const rows: { row: string; col: string; count: number; pct: number; ci_low: number; ci_high: number }[] = [];
  x.rowCodes.forEach((r, i) =>
    x.colCodes.forEach((c, j) => rows.push({ row: r, col: c, count: x.counts[i]![j]!, pct: x.pct[i]![j]!, ci_low: x.ci[i]![j]?.[0] ?? NaN, ci_high: x.ci[i]![j]?.[1] ?? NaN })),
  );
  return aq.from(rows);
}
