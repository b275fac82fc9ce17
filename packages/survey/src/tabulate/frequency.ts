import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Codebook, Column, ColumnType } from '../codebook/schema.js';
import type { ColumnId } from '../codebook/typed.js';
import { PREFECTURES } from '../prefectures/prefectures.js';
import { CodeColumn, ListColumn, SmallIntColumn } from '../read/columns.js';
import { storedColumn } from '../read/typed-access.js';
import { optionLabel, MISSING_CODE, MISSING_LABEL, NOT_ASKED_CODE, NOT_ASKED_LABEL } from '../codebook/labels.js';
import { defaultBase, type BaseKind } from './base.js';
import { BASES, checkChoice, checkCodebook, checkTabulable, kishN, tableColumn, weightsOf } from './check.js';
import { wilson } from './wilson.js';

export interface FrequencyItem {
  /** Option code (or the number, as a string, for integer and scale questions). */
  readonly code: string;
  /** The code's display label from the codebook (an option's label, a prefecture's name, 無回答). */
  readonly label: string;
  readonly count: number;
  /** 100 × count / base n; NaN when the base is 0. */
  readonly pct: number;
  /** Wilson 95 % interval of pct, in percent (null for base `responses` or n = 0). */
  readonly ci: readonly [number, number] | null;
}

export interface Frequency<C extends string = string> {
  /** The column id. */
  readonly column: C;
  readonly type: ColumnType;
  /** Which base the percentages use. */
  readonly base: BaseKind;
  /** The base n: the denominator of every pct. */
  readonly n: number;
  /** Rows in the table. */
  readonly total: number;
  /** Rows the question was asked of (= total unless it is conditional). */
  readonly asked: number;
  /** Asked, but left blank (or 無回答). */
  readonly missing: number;
  /** Asked and answered. */
  readonly valid: number;
  /** Options chosen in all (multi: the sum of counts; single: = valid). */
  readonly responses: number;
  /**
   * One item per option in codebook order (zero counts included); with `includeMissing`, then
   * 無回答 ({@link MISSING_CODE}) and, on base `all` of a conditional question, 非該当
   * ({@link NOT_ASKED_CODE}).
   */
  readonly items: readonly FrequencyItem[];
  /** Set when the counts are weighted: the weight column, the sum of weights and Kish's effective n of the base. */
  readonly weight?: { readonly column: string; readonly sum: number; readonly effectiveN: number };
  /** Sum, mean, min and max for integer, number and scale questions. */
  readonly stats?: { readonly sum: number; readonly mean: number; readonly min: number; readonly max: number };
}

export interface TabulateOptions<CB extends Codebook = Codebook> {
  /** The table's codebook: option order, conditional routing and the default base. */
  codebook: CB;
  /**
   * Base of percentages. Default: `all` for single-response, `asked` for conditional, `valid`
   * for multiple-response and numeric questions (the published report's bases).
   */
  base?: BaseKind;
  /**
   * Add a 無回答 item (code `_missing`), and on base `all` of a conditional question a 非該当 item
   * (`_not_asked`), so that a single-response question's shares of base `all` or `asked` sum to
   * 100 %. Only for bases `all` and `asked`: a share of valid cases has no missing part.
   */
  includeMissing?: boolean;
  /**
   * A numeric column of weights: counts become sums of weights and percentages weighted shares;
   * Wilson intervals use Kish's effective n of the base, (Σw)² / Σw². A row with a missing,
   * negative or non-finite weight is an error.
   */
  weight?: ColumnId<CB>;
}

/** The codes a column can take, in display order. */
export function codesOf(column: Column): string[] {
  switch (column.type) {
    case 'single':
    case 'multi':
      return column.options.map((o) => o.code);
    case 'prefecture':
      return PREFECTURES.map((p) => p.code);
    case 'multi-prefecture':
      return [...(column.nationwide ? [column.nationwide.code] : []), ...PREFECTURES.map((p) => p.code)];
    case 'scale': {
      const out: string[] = [];
      for (let v = column.min; v <= column.max; v++) out.push(String(v));
      return out;
    }
    default:
      return [];
  }
}

/** Which rows were asked a column: all of them, or those whose routing answer is listed. */
export function askedMask(table: ColumnTable, column: Column): (i: number) => boolean {
  const rows = askedRows(table, column);
  return rows ? (i) => rows[i] === 1 : () => true;
}

/**
 * Which rows were asked a column, a byte per row (1 = asked), or null when every row was. A read
 * table's routing column is read as its stored codes, one membership test per distinct answer.
 */
export function askedRows(table: ColumnTable, column: Column): Uint8Array | null {
  const cond = column.askedWhen;
  if (!cond) return null;
  const codes = new Set(cond.in);
  const isAsked = (v: unknown) => v != null && codes.has(v as string);
  const stored = storedColumn(table, cond.column);
  const n = table.numRows();
  if (stored instanceof CodeColumn) return maskOf(stored.codes, Uint8Array.from(stored.dict, (v) => (isAsked(v) ? 1 : 0)), n);
  const values = table.array(cond.column) as ArrayLike<unknown>;
  return Uint8Array.from({ length: n }, (_, i) => (isAsked(values[i]) ? 1 : 0));
}

function maskOf(codes: ArrayLike<number>, asked: Uint8Array, n: number): Uint8Array {
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) mask[i] = asked[codes[i]!]!;
  return mask;
}

/**
 * How many rows (of those `asked`, or all when null) hold each stored index. A function of its
 * own, not a closure per call with a test per row: it runs once per column of a table.
 */
function histogramOf(indices: ArrayLike<number>, size: number, asked: Uint8Array | null): Float64Array {
  // Four counts per value, a row adding to the one of its position modulo 4: rows in a row with
  // the same value (a scale item has four or five) do not each wait for the last one's addition.
  const lanes = new Int32Array(size * 4);
  const n = indices.length;
  if (asked) {
    for (let i = 0; i < n; i++) if (asked[i] === 1) lanes[indices[i]! * 4 + (i & 3)]!++;
  } else {
    let i = 0;
    for (; i + 3 < n; i += 4) {
      lanes[indices[i]! * 4]!++;
      lanes[indices[i + 1]! * 4 + 1]!++;
      lanes[indices[i + 2]! * 4 + 2]!++;
      lanes[indices[i + 3]! * 4 + 3]!++;
    }
    for (; i < n; i++) lanes[indices[i]! * 4]!++;
  }
  const h = new Float64Array(size);
  for (let v = 0; v < size; v++) h[v] = lanes[4 * v]! + lanes[4 * v + 1]! + lanes[4 * v + 2]! + lanes[4 * v + 3]!;
  return h;
}

const isMissing = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0);

/**
 * Frequencies of one question with an explicit base, in codebook order (codes nobody chose
 * included, with count 0), each item with its label.
 *
 * ```ts
 * const f = tabulate(table, 'qualifications', { codebook });
 * f.n;        // 218: valid cases (3 of 221 left it blank)
 * f.items[0]; // { code: 'itc', label: '…', count: 40, pct: 18.35…, ci: [14.0…, 23.6…] }
 * tabulate(table, 'employees', { codebook, includeMissing: true }); // + 無回答: shares sum to 100 %
 * ```
 *
 * @throws TypeError for a base that is not one of `all`, `asked`, `valid`, `responses`, a
 *   column the codebook or the table lacks, or an id, text or date column.
 */
export function tabulate<CB extends Codebook, C extends ColumnId<CB>>(table: ColumnTable, columnId: C, options: TabulateOptions<CB>): Frequency<C> {
  checkCodebook(options?.codebook, 'tabulate');
  const { codebook, base, includeMissing = false, weight } = options;
  if (base !== undefined) checkChoice('base', base, BASES);
  const column = tableColumn(table, codebook, columnId, 'tabulate');
  checkTabulable(column, codebook, 'tabulate');
  const kind = base ?? defaultBase(column);
  const multi = column.type === 'multi' || column.type === 'multi-prefecture' || column.type === 'list';
  if (kind === 'responses' && !multi) throw new TypeError(`tabulate: base "responses" applies to multiple-response questions; ${columnId} is ${column.type}`);
  if (includeMissing && kind !== 'all' && kind !== 'asked') throw new TypeError(`tabulate: includeMissing applies to bases "all" and "asked"; base is "${kind}"`);
  const counts = new Map<string, number>(codesOf(column).map((c) => [c, 0]));
  const numeric = column.type === 'integer' || column.type === 'number' || column.type === 'scale';
  const w = weight === undefined ? null : weightsOf(table, weight, codebook, 'tabulate');
  const fast = w ? null : countStored(table, columnId, column, counts);
  const asked = fast ? () => true : askedMask(table, column);
  const values: ArrayLike<unknown> = fast ? { length: table.numRows() } : (table.array(columnId) as ArrayLike<unknown>);
  let { asked: nAsked, missing, responses, sum, min, max } = fast ?? { asked: 0, missing: 0, responses: 0, sum: 0, min: Infinity, max: -Infinity };
  // Sums of weights (and of their squares, for Kish's n) of each base, and of the values' weights.
  const ws = { all: 0, asked: 0, valid: 0, all2: 0, asked2: 0, valid2: 0, valueWeight: 0 };
  for (let i = 0; i < (fast ? 0 : values.length); i++) {
    const wi = w ? w[i]! : 1;
    ws.all += wi;
    ws.all2 += wi * wi;
    if (!asked(i)) continue;
    nAsked++;
    ws.asked += wi;
    ws.asked2 += wi * wi;
    const v = values[i];
    if (isMissing(v)) {
      missing += wi;
      continue;
    }
    ws.valid += wi;
    ws.valid2 += wi * wi;
    if (multi) {
      for (const code of v as readonly string[]) {
        counts.set(code, (counts.get(code) ?? 0) + wi);
        responses += wi;
      }
    } else {
      const code = String(v);
      counts.set(code, (counts.get(code) ?? 0) + wi);
      responses += wi;
      if (numeric) {
        const x = v as number;
        sum += x * wi;
        ws.valueWeight += wi;
        if (x < min) min = x;
        if (x > max) max = x;
      }
    }
  }
  const unweightedMissing = w ? null : missing;
  const askedN = w ? ws.asked : nAsked;
  const valid = askedN - missing;
  const n = kind === 'all' ? (w ? ws.all : values.length) : kind === 'asked' ? askedN : kind === 'valid' ? valid : responses;
  // Kish's effective n of the base: what the intervals (and tests) take as the sample size.
  const effectiveN = !w ? n : kind === 'all' ? kishN(ws.all, ws.all2) : kind === 'asked' ? kishN(ws.asked, ws.asked2) : kind === 'valid' ? kishN(ws.valid, ws.valid2) : n;
  let codes = [...counts.keys()];
  if (column.type === 'integer' || column.type === 'number' || column.type === 'list') {
    codes = codes.sort((a, b) => (numeric ? Number(a) - Number(b) : a.localeCompare(b)));
  }
  const item = (code: string, count: number, label: string): FrequencyItem => ({
    code,
    label,
    count,
    pct: n > 0 ? (100 * count) / n : NaN,
    ci: kind === 'responses' ? null : w ? wilson((count / n) * effectiveN, effectiveN) : wilson(count, n),
  });
  const items = codes.map((code) => item(code, counts.get(code)!, optionLabel(codebook, columnId, code)));
  if (includeMissing) {
    items.push(item(MISSING_CODE, missing, MISSING_LABEL));
    const notAsked = (w ? ws.all : values.length) - askedN;
    if (kind === 'all' && column.askedWhen) items.push(item(NOT_ASKED_CODE, notAsked, NOT_ASKED_LABEL));
  }
  const numericWeight = w ? ws.valueWeight : valid;
  return {
    column: columnId,
    type: column.type,
    base: kind,
    n,
    total: values.length,
    asked: askedN,
    missing: unweightedMissing ?? missing,
    valid,
    responses,
    items,
    ...(numeric && numericWeight > 0 ? { stats: { sum, mean: sum / numericWeight, min, max } } : {}),
    ...(w && weight !== undefined ? { weight: { column: weight, sum: ws.all, effectiveN } } : {}),
  };
}

interface Tally {
  asked: number;
  missing: number;
  responses: number;
  sum: number;
  min: number;
  max: number;
}

/**
 * Counts straight from a read table's typed storage (codes, scale points, sets of options): a
 * histogram of the stored indices, then one addition per distinct value instead of one per row.
 * Only for an unfiltered, unordered table whose stored codes are all declared ones (so the order
 * of `counts` is the codebook's, as the row-by-row count gives); null otherwise.
 */
function countStored(table: ColumnTable, columnId: string, column: Column, counts: Map<string, number>): Tally | null {
  const stored = storedColumn(table, columnId);
  if (stored === undefined) return null;
  const asked = askedRows(table, column);
  const t: Tally = { asked: 0, missing: 0, responses: 0, sum: 0, min: Infinity, max: -Infinity };
  if (stored instanceof CodeColumn) {
    if (!stored.dict.every((c, k) => (k === 0 ? c === null : counts.has(c!)))) return null;
    const h = histogramOf(stored.codes, stored.dict.length, asked);
    for (let k = 0; k < h.length; k++) {
      t.asked += h[k]!;
      if (k === 0) t.missing = h[0]!;
      else if (h[k]! > 0) {
        counts.set(stored.dict[k]!, counts.get(stored.dict[k]!)! + h[k]!);
        t.responses += h[k]!;
      }
    }
    return t;
  }
  if (stored instanceof SmallIntColumn) {
    const h = histogramOf(stored.values, 256, asked);
    for (let k = 1; k < 256; k++) if (h[k]! > 0 && !counts.has(String(k - 1 + stored.min))) return null;
    for (let k = 0; k < 256; k++) {
      if (h[k] === 0) continue;
      t.asked += h[k]!;
      if (k === 0) {
        t.missing = h[0]!;
        continue;
      }
      const v = k - 1 + stored.min;
      counts.set(String(v), counts.get(String(v))! + h[k]!);
      t.responses += h[k]!;
      t.sum += v * h[k]!;
      t.min = Math.min(t.min, v);
      t.max = Math.max(t.max, v);
    }
    return t;
  }
  if (stored instanceof ListColumn) {
    const h = histogramOf(stored.ids, stored.dict.length, asked);
    // Only the sets some row holds are checked: a set of options is stored once, and a file
    // has tens of thousands of them.
    for (let k = 0; k < h.length; k++) if (h[k]! > 0 && !stored.dict[k]!.every((c) => counts.has(c))) return null;
    for (let k = 0; k < h.length; k++) {
      if (h[k] === 0) continue;
      t.asked += h[k]!;
      const codes = stored.dict[k]!;
      if (codes.length === 0) t.missing += h[k]!;
      for (const c of codes) {
        counts.set(c, counts.get(c)! + h[k]!);
        t.responses += h[k]!;
      }
    }
    return t;
  }
  return null;
}

/**
 * A frequency as an arquero table in codebook order: code, label, count, pct, ci_low, ci_high
 * (labels come from the codebook the frequency was tabulated with).
 */
export function frequencyTable(f: Frequency): ColumnTable {
  return aq.table({
    code: f.items.map((i) => i.code),
    label: f.items.map((i) => i.label),
    count: f.items.map((i) => i.count),
    pct: f.items.map((i) => i.pct),
    ci_low: f.items.map((i) => i.ci?.[0] ?? NaN),
    ci_high: f.items.map((i) => i.ci?.[1] ?? NaN),
  });
}
