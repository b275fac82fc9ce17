import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { columnOf, type Codebook, type Column, type ColumnType } from '../codebook/schema.js';
import { PREFECTURES } from '../prefectures/prefectures.js';
import { CodeColumn, ListColumn, SmallIntColumn } from '../read/columns.js';
import { defaultBase, type BaseKind } from './base.js';
import { wilson } from './wilson.js';

export interface FrequencyItem {
  /** Option code (or the number, as a string, for integer and scale questions). */
  readonly code: string;
  readonly count: number;
  /** 100 × count / base n; NaN when the base is 0. */
  readonly pct: number;
  /** Wilson 95 % interval of pct, in percent (null for base `responses` or n = 0). */
  readonly ci: readonly [number, number] | null;
}

export interface Frequency {
  readonly column: string;
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
  /** One item per option in codebook order (zero counts included). */
  readonly items: readonly FrequencyItem[];
  /** Sum, mean, min and max for integer, number and scale questions. */
  readonly stats?: { readonly sum: number; readonly mean: number; readonly min: number; readonly max: number };
}

export interface TabulateOptions {
  /** The table's codebook: option order, conditional routing and the default base. */
  codebook: Codebook;
  /**
   * Base of percentages. Default: `all` for single-response, `asked` for conditional, `valid`
   * for multiple-response and numeric questions (the published report's bases).
   */
  base?: BaseKind;
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
  const cond = column.askedWhen;
  if (!cond) return () => true;
  const values = table.array(cond.column) as ArrayLike<string | null>;
  const codes = new Set(cond.in);
  return (i) => {
    const v = values[i];
    return v != null && codes.has(v);
  };
}

const isMissing = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0);

/**
 * Frequencies of one question with an explicit base.
 *
 * ```ts
 * const f = tabulate(table, 'qualifications', { codebook });
 * f.n;        // 218: valid cases (3 of 221 left it blank)
 * f.items[0]; // { code: 'itc', count: 40, pct: 18.35…, ci: [14.0…, 23.6…] }
 * ```
 */
export function tabulate(table: ColumnTable, columnId: string, { codebook, base }: TabulateOptions): Frequency {
  const column = columnOf(codebook, columnId);
  const kind = base ?? defaultBase(column);
  const multi = column.type === 'multi' || column.type === 'multi-prefecture' || column.type === 'list';
  if (kind === 'responses' && !multi) throw new Error(`base "responses" applies to multiple-response questions; ${columnId} is ${column.type}`);
  const asked = askedMask(table, column);
  const counts = new Map<string, number>(codesOf(column).map((c) => [c, 0]));
  const numeric = column.type === 'integer' || column.type === 'number' || column.type === 'scale';
  const fast = countStored(table, columnId, asked, counts);
  const values: ArrayLike<unknown> = fast ? { length: table.numRows() } : (table.array(columnId) as ArrayLike<unknown>);
  let { asked: nAsked, missing, responses, sum, min, max } = fast ?? { asked: 0, missing: 0, responses: 0, sum: 0, min: Infinity, max: -Infinity };
  for (let i = 0; i < (fast ? 0 : values.length); i++) {
    if (!asked(i)) continue;
    nAsked++;
    const v = values[i];
    if (isMissing(v)) {
      missing++;
      continue;
    }
    if (multi) {
      for (const code of v as readonly string[]) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
        responses++;
      }
    } else {
      const code = String(v);
      counts.set(code, (counts.get(code) ?? 0) + 1);
      responses++;
      if (numeric) {
        const x = v as number;
        sum += x;
        if (x < min) min = x;
        if (x > max) max = x;
      }
    }
  }
  const valid = nAsked - missing;
  const n = kind === 'all' ? values.length : kind === 'asked' ? nAsked : kind === 'valid' ? valid : responses;
  let codes = [...counts.keys()];
  if (column.type === 'integer' || column.type === 'number' || column.type === 'text' || column.type === 'id' || column.type === 'date' || column.type === 'list') {
    codes = codes.sort((a, b) => (numeric ? Number(a) - Number(b) : a.localeCompare(b)));
  }
  const items = codes.map((code) => {
    const count = counts.get(code)!;
    return { code, count, pct: n > 0 ? (100 * count) / n : NaN, ci: kind === 'responses' ? null : wilson(count, n) };
  });
  return {
    column: columnId,
    type: column.type,
    base: kind,
    n,
    total: values.length,
    asked: nAsked,
    missing,
    valid,
    responses,
    items,
    ...(numeric && valid > 0 ? { stats: { sum, mean: sum / valid, min, max } } : {}),
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
function countStored(table: ColumnTable, columnId: string, asked: (i: number) => boolean, counts: Map<string, number>): Tally | null {
  if (table.isFiltered() || table.isOrdered()) return null;
  const column = table.column(columnId);
  const n = table.numRows();
  const histogram = (indices: ArrayLike<number>, size: number) => {
    const h = new Float64Array(size);
    for (let i = 0; i < n; i++) if (asked(i)) h[indices[i]!]!++;
    return h;
  };
  const t: Tally = { asked: 0, missing: 0, responses: 0, sum: 0, min: Infinity, max: -Infinity };
  if (column instanceof CodeColumn) {
    if (!column.dict.every((c, k) => (k === 0 ? c === null : counts.has(c!)))) return null;
    const h = histogram(column.codes, column.dict.length);
    for (let k = 0; k < h.length; k++) {
      t.asked += h[k]!;
      if (k === 0) t.missing = h[0]!;
      else if (h[k]! > 0) {
        counts.set(column.dict[k]!, counts.get(column.dict[k]!)! + h[k]!);
        t.responses += h[k]!;
      }
    }
    return t;
  }
  if (column instanceof SmallIntColumn) {
    const h = histogram(column.values, 256);
    for (let k = 1; k < 256; k++) if (h[k]! > 0 && !counts.has(String(k - 1 + column.min))) return null;
    for (let k = 0; k < 256; k++) {
      if (h[k] === 0) continue;
      t.asked += h[k]!;
      if (k === 0) {
        t.missing = h[0]!;
        continue;
      }
      const v = k - 1 + column.min;
      counts.set(String(v), counts.get(String(v))! + h[k]!);
      t.responses += h[k]!;
      t.sum += v * h[k]!;
      t.min = Math.min(t.min, v);
      t.max = Math.max(t.max, v);
    }
    return t;
  }
  if (column instanceof ListColumn) {
    if (!column.dict.every((codes) => codes.every((c) => counts.has(c)))) return null;
    const h = histogram(column.ids, column.dict.length);
    for (let k = 0; k < h.length; k++) {
      if (h[k] === 0) continue;
      t.asked += h[k]!;
      const codes = column.dict[k]!;
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

/** A frequency as an arquero table: code, count, pct, ci_low, ci_high. */
export function frequencyTable(f: Frequency): ColumnTable {
  return aq.table({
    code: f.items.map((i) => i.code),
    count: f.items.map((i) => i.count),
    pct: f.items.map((i) => i.pct),
    ci_low: f.items.map((i) => i.ci?.[0] ?? NaN),
    ci_high: f.items.map((i) => i.ci?.[1] ?? NaN),
  });
}
