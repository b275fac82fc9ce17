import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ColumnType } from '../codebook/schema.js';
import { optionLabel } from '../codebook/labels.js';
import { checkChoice, checkCodebook, checkTabulable, kishN, tableColumn, weightsOf } from './check.js';
import { askedMask, askedRows, codesOf } from './frequency.js';
import { codedOf } from '../read/typed-access.js';
import type { Codebook } from '../codebook/schema.js';
import type { ColumnId } from '../codebook/typed.js';
import { wilson } from './wilson.js';

/** Which margin percentages are taken of. */
export type Percent = 'row' | 'column' | 'total';
const PERCENTS: readonly Percent[] = ['row', 'column', 'total'];

export interface CrosstabOptions<CB extends Codebook = Codebook> {
  /** The table's codebook: option order, labels and conditional routing. */
  codebook: CB;
  /** Percentages of the row total (default), the column total or the grand total. */
  percent?: Percent;
  /**
   * A numeric column of weights: cells and margins become sums of weights; Wilson intervals
   * (and the tests of `chiSquareTest` and `columnProportionTests`) use Kish's effective n.
   */
  weight?: ColumnId<CB>;
}

export interface Crosstab<R extends string = string, C extends string = string> {
  /** The row question's column id. */
  readonly rows: R;
  /** The column question's column id. */
  readonly columns: C;
  /** The question types of the two dimensions (a multiple-response one counts a case per option). */
  readonly rowType: ColumnType;
  readonly colType: ColumnType;
  readonly percent: Percent;
  readonly rowCodes: readonly string[];
  readonly colCodes: readonly string[];
  /** Labels of rowCodes and colCodes, from the codebook. */
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** counts[r][c]: cases with row code r and column code c (sums of weights when weighted). */
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
  /**
   * Set when weighted: the weight column and Kish's effective n of the whole table and of each
   * row and column margin (what the intervals and the tests take as sample sizes).
   */
  readonly weight?: {
    readonly column: string;
    readonly effectiveN: number;
    readonly rowEffectiveN: readonly number[];
    readonly colEffectiveN: readonly number[];
  };
}

const valid = (v: unknown) => v != null && !(Array.isArray(v) && v.length === 0);

/** Rows asked both questions (null: every row). */
function bothAsked(r: Uint8Array | null, c: Uint8Array | null): Uint8Array | null {
  if (!r || !c) return r ?? c;
  const both = new Uint8Array(r.length);
  for (let i = 0; i < r.length; i++) both[i] = r[i]! & c[i]!;
  return both;
}

/**
 * `cells[rid * width + cid]` rows per pair of stored values, of the rows asked both questions
 * (`asked`; null: all) with a valid answer to each. A function of its own, with byte tables in
 * place of calls per row: it runs once per crosstab, over every row.
 */
function countPairs(rids: ArrayLike<number>, cids: ArrayLike<number>, validR: Uint8Array, validC: Uint8Array, asked: Uint8Array | null, width: number, cells: Float64Array): void {
  for (let i = 0; i < rids.length; i++) {
    const rid = rids[i]!;
    const cid = cids[i]!;
    if ((validR[rid]! & validC[cid]!) === 0 || (asked !== null && asked[i] === 0)) continue;
    cells[rid * width + cid]!++;
  }
}

/**
 * Cross-tabulate two questions, with margins, both axes in codebook order (codes nobody chose
 * included as zero rows and columns). Multiple-response questions count a case once per option
 * chosen; margins count cases, so a multi dimension's cells can add up past its margin.
 *
 * @throws TypeError for a `percent` other than `row`, `column`, `total`, a column the codebook
 *   or the table lacks, or an id, text or date column.
 */
export function crosstab<CB extends Codebook, R extends ColumnId<CB>, C extends ColumnId<CB>>(table: ColumnTable, rowId: R, colId: C, options: CrosstabOptions<CB>): Crosstab<R, C> {
  checkCodebook(options?.codebook, 'crosstab');
  const { codebook, percent = 'row', weight } = options;
  checkChoice('percent', percent, PERCENTS);
  const rowCol = tableColumn(table, codebook, rowId, 'crosstab');
  const colCol = tableColumn(table, codebook, colId, 'crosstab');
  checkTabulable(rowCol, codebook, 'crosstab');
  checkTabulable(colCol, codebook, 'crosstab');
  const w = weight === undefined ? null : weightsOf(table, weight, codebook, 'crosstab');
  // One pass with plain maps: a multiple-response case counts once per option pair in the cells
  // and once per distinct option in the margins (cases, not responses). `sum` is the cases' weight
  // (their number when unweighted), `sumSq` the sum of their squared weights.
  const cells = new Map<string, Map<string, number>>();
  const rowCases = new Map<string, [number, number]>();
  const colCases = new Map<string, [number, number]>();
  const single: unknown[] = [undefined];
  const listOf = (v: unknown): readonly unknown[] => {
    if (Array.isArray(v)) return v;
    single[0] = v;
    return single;
  };
  const addCases = (margin: Map<string, [number, number]>, values: readonly unknown[], sum: number, sumSq: number) => {
    for (const k of values.length === 1 ? [String(values[0])] : new Set(values.map(String))) {
      const m = margin.get(k) ?? margin.set(k, [0, 0]).get(k)!;
      m[0] += sum;
      m[1] += sumSq;
    }
  };
  let n = 0;
  let cases = 0;
  let n2 = 0;
  const add = (r: unknown, c: unknown, count: number, sum: number, sumSq: number) => {
    cases += count;
    n += sum;
    n2 += sumSq;
    const rs = [...listOf(r)];
    const cs = listOf(c);
    for (const rk of rs) {
      const key = String(rk);
      const row = cells.get(key) ?? cells.set(key, new Map()).get(key)!;
      for (const ck of cs) row.set(String(ck), (row.get(String(ck)) ?? 0) + sum);
    }
    addCases(rowCases, rs, sum, sumSq);
    addCases(colCases, cs, sum, sumSq);
  };
  const rows = table.numRows();
  if (w) {
    const askedR = askedMask(table, rowCol);
    const askedC = askedMask(table, colCol);
    const rv = table.array(rowId) as ArrayLike<unknown>;
    const cv = table.array(colId) as ArrayLike<unknown>;
    for (let i = 0; i < rows; i++) {
      const r = rv[i];
      const c = cv[i];
      if (!(askedR(i) && askedC(i) && valid(r) && valid(c))) continue;
      const wi = w[i]!;
      add(r, c, 1, wi, wi * wi);
    }
  } else {
    // Unweighted: rows are counted per pair of stored values, and each pair is spelt out once.
    const R = codedOf(table, rowId);
    const C = codedOf(table, colId);
    const validR = Uint8Array.from(R.values, (v) => (valid(v) ? 1 : 0));
    const validC = Uint8Array.from(C.values, (v) => (valid(v) ? 1 : 0));
    const width = C.values.length;
    const asked = bothAsked(askedRows(table, rowCol), askedRows(table, colCol));
    const dense = R.values.length * width <= 1 << 20 ? new Float64Array(R.values.length * width) : null;
    const sparse = dense ? null : new Map<number, number>();
    if (dense) countPairs(R.ids, C.ids, validR, validC, asked, width, dense);
    else {
      for (let i = 0; i < rows; i++) {
        const rid = R.ids[i]!;
        const cid = C.ids[i]!;
        if (validR[rid] === 0 || validC[cid] === 0 || (asked && asked[i] === 0)) continue;
        const key = rid * width + cid;
        sparse!.set(key, (sparse!.get(key) ?? 0) + 1);
      }
    }
    const pair = (key: number, k: number) => add(R.values[Math.floor(key / width)], C.values[key % width], k, k, k);
    if (dense) for (let key = 0; key < dense.length; key++) if (dense[key]! > 0) pair(key, dense[key]!);
    if (sparse) for (const [key, k] of sparse) pair(key, k);
  }
  const extend = (declared: string[], seen: Iterable<string>) => [...declared, ...[...seen].filter((s) => !declared.includes(s)).sort()];
  const rowCodes = extend(codesOf(rowCol), rowCases.keys());
  const colCodes = extend(codesOf(colCol), colCases.keys());
  const counts = rowCodes.map((r) => colCodes.map((c) => cells.get(r)?.get(c) ?? 0));
  const rowTotals = rowCodes.map((r) => rowCases.get(r)?.[0] ?? 0);
  const colTotals = colCodes.map((c) => colCases.get(c)?.[0] ?? 0);
  const kish = (m: [number, number] | undefined) => (m ? kishN(m[0], m[1]) : 0);
  const rowEffectiveN = rowCodes.map((r) => kish(rowCases.get(r)));
  const colEffectiveN = colCodes.map((c) => kish(colCases.get(c)));
  const effectiveN = kishN(n, n2);
  const denom = (r: number, c: number) => (percent === 'row' ? rowTotals[r]! : percent === 'column' ? colTotals[c]! : n);
  const effective = (r: number, c: number) => (percent === 'row' ? rowEffectiveN[r]! : percent === 'column' ? colEffectiveN[c]! : effectiveN);
  const pct = counts.map((row, r) => row.map((k, c) => (denom(r, c) > 0 ? (100 * k) / denom(r, c) : NaN)));
  const ci = counts.map((row, r) =>
    row.map((k, c) => {
      if (!w) return wilson(k, denom(r, c));
      const d = denom(r, c);
      return d > 0 ? wilson((k / d) * effective(r, c), effective(r, c)) : null;
    }),
  );
  return {
    rows: rowId,
    columns: colId,
    rowType: rowCol.type,
    colType: colCol.type,
    percent,
    rowCodes,
    colCodes,
    rowLabels: rowCodes.map((code) => optionLabel(codebook, rowId, code)),
    colLabels: colCodes.map((code) => optionLabel(codebook, colId, code)),
    counts,
    rowTotals,
    colTotals,
    n,
    missing: rows - cases,
    pct,
    ci,
    ...(w && weight !== undefined ? { weight: { column: weight, effectiveN, rowEffectiveN, colEffectiveN } } : {}),
  };
}

/**
 * A crosstab as a long arquero table in codebook order: row, row_label, col, col_label, count,
 * pct, ci_low, ci_high.
 */
export function crosstabTable(x: Crosstab): ColumnTable {
  const rows: { row: string; row_label: string; col: string; col_label: string; count: number; pct: number; ci_low: number; ci_high: number }[] = [];
  x.rowCodes.forEach((r, i) =>
    x.colCodes.forEach((c, j) =>
      rows.push({
        row: r,
        row_label: x.rowLabels[i]!,
        col: c,
        col_label: x.colLabels[j]!,
        count: x.counts[i]![j]!,
        pct: x.pct[i]![j]!,
        ci_low: x.ci[i]![j]?.[0] ?? NaN,
        ci_high: x.ci[i]![j]?.[1] ?? NaN,
      }),
    ),
  );
  return aq.from(rows);
}

/** Options of {@link crosstabWide}. */
export interface CrosstabWideOptions {
  /** The value in each cell: `count` (default) or `pct`. */
  value?: 'count' | 'pct';
  /** Headers of the value columns: the column codes (default) or their labels. */
  header?: 'code' | 'label';
  /** Add a `total` column of row margins (default true). */
  total?: boolean;
}

/**
 * A crosstab as a wide arquero table, both axes in codebook order: `row`, `row_label`, one
 * column per column code, then `total`. Unlike pivoting the long table (which orders columns
 * by first appearance), codes nobody chose stay in their place.
 *
 * ```ts
 * crosstabWide(crosstab(table, 'region', 'theme', { codebook }), { value: 'pct', header: 'label' });
 * ```
 */
export function crosstabWide(x: Crosstab, options: CrosstabWideOptions = {}): ColumnTable {
  const { value = 'count', header = 'code', total = true } = options;
  checkChoice('value', value, ['count', 'pct'] as const);
  checkChoice('header', header, ['code', 'label'] as const);
  const names = header === 'code' ? x.colCodes : x.colLabels;
  const clash = names.find((name, j) => names.indexOf(name) !== j || name === 'row' || name === 'row_label' || name === 'total');
  if (clash !== undefined) throw new TypeError(`crosstabWide: column header ${JSON.stringify(clash)} would appear twice; use header: 'code'`);
  const data: Record<string, unknown[]> = { row: [...x.rowCodes], row_label: [...x.rowLabels] };
  const cells = value === 'count' ? x.counts : x.pct;
  names.forEach((name, j) => (data[name] = cells.map((row) => row[j])));
  if (total) data['total'] = [...x.rowTotals];
  return aq.table(data);
}
