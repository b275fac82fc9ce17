import type { ColumnTable } from 'arquero';
import { columnOf, type Codebook, type Column } from '../codebook/schema.js';
import type { BaseKind } from './base.js';

/** The bases a table can take, for checking values that come from plain JavaScript. */
export const BASES: readonly BaseKind[] = ['all', 'asked', 'valid', 'responses'];

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

/** Throw unless `value` is one of `allowed`: the message names the option, what was given and what is accepted. */
export function checkChoice<T extends string>(option: string, value: unknown, allowed: readonly T[]): asserts value is T {
  if (!allowed.includes(value as T)) throw new TypeError(`${option} ${show(value)} is not valid; expected one of: ${allowed.join(', ')}`);
}

/** Throw unless `codebook` looks like a parsed codebook (plain-JS callers can pass anything). */
export function checkCodebook(codebook: unknown, fn: string): asserts codebook is Codebook {
  const cb = codebook as Partial<Codebook> | undefined;
  if (!cb || typeof cb.id !== 'string' || !Array.isArray(cb.columns)) {
    throw new TypeError(`${fn}: options.codebook must be a codebook (e.g. instrumentOf(fy2024, 'experts')); got ${cb === undefined ? 'undefined' : typeof cb}`);
  }
}

/**
 * The codebook column of `columnId`, checked against the table: a column the table lacks means
 * the table was read with another instrument's codebook (or the id is misspelt).
 */
export function tableColumn(table: ColumnTable, codebook: Codebook, columnId: string, fn: string): Column {
  if (!codebook.columns.some((c) => c.id === columnId)) {
    throw new TypeError(`${fn}: codebook ${codebook.id} has no column ${show(columnId)}; expected one of: ${codebook.columns.map((c) => c.id).join(', ')}`);
  }
  const column = columnOf(codebook, columnId);
  if (!table.columnNames().includes(columnId)) {
    const shared = codebook.columns.filter((c) => table.columnNames().includes(c.id)).length;
    const hint =
      shared === 0 ? `; none of the table's columns (${table.columnNames().slice(0, 5).join(', ')}${table.numCols() > 5 ? ', …' : ''}) is in codebook ${codebook.id}: was the table read with another instrument's codebook?` : '';
    throw new TypeError(`${fn}: the table has no column ${show(columnId)} of codebook ${codebook.id}${hint}`);
  }
  return column;
}

/** Column types that hold free values (names, ids, dates): tabulating one gives a row per value. */
const FREE = new Set(['id', 'text', 'date']);

/** Throw for a column that is not a question with categories or numbers. */
export function checkTabulable(column: Column, codebook: Codebook, fn: string): void {
  if (FREE.has(column.type)) {
    throw new TypeError(
      `${fn}: ${codebook.id}.${column.id} (${column.label}) is ${column.type === 'id' ? 'an' : 'a'} ${column.type} column, whose values are free (one row per value); expected a coded or numeric question (single, multi, scale, prefecture, multi-prefecture, list, integer or number)`,
    );
  }
}

/**
 * The weights of every row, checked: a weight must be a finite number ≥ 0 in every row, since a
 * missing weight would silently drop a respondent from every weighted count.
 */
export function weightsOf(table: ColumnTable, weight: string, codebook: Codebook, fn: string): Float64Array {
  if (!table.columnNames().includes(weight)) throw new TypeError(`${fn}: weight column ${show(weight)} is not in the table; expected a numeric column of the table`);
  const cb = codebook.columns.find((c) => c.id === weight);
  if (cb && cb.type !== 'number' && cb.type !== 'integer') throw new TypeError(`${fn}: weight column ${show(weight)} is a ${cb.type} column; expected a number or integer column`);
  const values = table.array(weight) as ArrayLike<unknown>;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`${fn}: weight column ${show(weight)} row ${i + 1} holds ${v === null ? 'null' : show(v)}; expected a finite number ≥ 0 in every row`);
    }
    out[i] = v;
  }
  return out;
}

/** Kish's effective sample size of a set of weights: (Σw)² / Σw² (n itself when all weights are equal). */
export function kishN(sum: number, sumSquares: number): number {
  return sumSquares > 0 ? (sum * sum) / sumSquares : 0;
}
