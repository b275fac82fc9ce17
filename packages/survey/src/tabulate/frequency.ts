import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { columnOf, type Codebook, type Column, type ColumnType } from '../codebook/schema.js';
import { PREFECTURES } from '../prefectures/prefectures.js';
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
  const values = table.array(columnId) as ArrayLike<unknown>;
  const asked = askedMask(table, column);
  const counts = new Map<string, number>(codesOf(column).map((c) => [c, 0]));
  let nAsked = 0;
  let missing = 0;
  let responses = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  const numeric = column.type === 'integer' || column.type === 'number' || column.type === 'scale';
  for (let i = 0; i < values.length; i++) {
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
