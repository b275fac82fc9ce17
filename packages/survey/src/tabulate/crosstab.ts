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
  // One pass with plain maps: a multiple-response case counts once per option pair in the cells
  // and once per distinct option in the margins (cases, not responses).
  const cells = new Map<string, Map<string, number>>();
  const rowCases = new Map<string, number>();
  const colCases = new Map<string, number>();
  const single: unknown[] = [undefined];
  const listOf = (v: unknown): readonly unknown[] => {
    if (Array.isArray(v)) return v;
    single[0] = v;
    return single;
  };
  const addCases = (margin: Map<string, number>, values: readonly unknown[]) => {
    if (values.length === 1) margin.set(String(values[0]), (margin.get(String(values[0])) ?? 0) + 1);
    else for (const k of new Set(values.map(String))) margin.set(k, (margin.get(k) ?? 0) + 1);
  };
  let n = 0;
  for (let i = 0; i < table.numRows(); i++) {
    const r = rv[i];
    const c = cv[i];
    if (!(askedR(i) && askedC(i) && valid(r) && valid(c))) continue;
    n++;
    const rs = [...listOf(r)];
    const cs = listOf(c);
    for (const rk of rs) {
      const key = String(rk);
      const row = cells.get(key) ?? cells.set(key, new Map()).get(key)!;
      for (const ck of cs) row.set(String(ck), (row.get(String(ck)) ?? 0) + 1);
    }
    addCases(rowCases, rs);
    addCases(colCases, cs);
  }
  const extend = (declared: string[], seen: Iterable<string>) => [...declared, ...[...seen].filter((s) => !declared.includes(s)).sort()];
  const rowCodes = extend(codesOf(rowCol), rowCases.keys());
  const colCodes = extend(codesOf(colCol), colCases.keys());
  const counts = rowCodes.map((r) => colCodes.map((c) => cells.get(r)?.get(c) ?? 0));
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
