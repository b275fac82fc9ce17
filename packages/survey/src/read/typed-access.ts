import type { ColumnTable } from 'arquero';
import { CodeColumn, ListColumn, NumberColumn, SmallIntColumn, type TableColumn } from './columns.js';

/**
 * A column as it is stored, when its row `i` is the table's row `i`: the table is neither
 * filtered nor ordered. Undefined otherwise, and then the rows are read through `table.array`
 * (which copies the whole column) or a `reify`d table. Reading in place is what keeps a million
 * rows from being copied column by column.
 */
export function storedColumn(table: ColumnTable, name: string): ReturnType<ColumnTable['column']> {
  return table.isFiltered() || table.isOrdered() ? undefined : table.column(name);
}

/**
 * A numeric column of a table as a Float64Array, NaN for a missing value. A read table's
 * compact storage (a byte per scale answer) is read in place when the table is neither
 * filtered nor ordered; any other table is read value by value.
 */
export function numbersOf(table: ColumnTable, name: string): Float64Array {
  const n = table.numRows();
  const out = new Float64Array(n);
  if (table.column(name) === undefined) throw new TypeError(`numbersOf: the table has no column "${name}"`);
  const column = storedColumn(table, name);
  if (column instanceof SmallIntColumn) {
    const { values, min } = column;
    for (let i = 0; i < n; i++) out[i] = values[i] === 0 ? NaN : values[i]! - 1 + min;
    return out;
  }
  if (column instanceof NumberColumn) {
    out.set(column.values);
    return out;
  }
  const a = table.array(name) as ArrayLike<unknown>;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    out[i] = typeof v === 'number' ? v : NaN;
  }
  return out;
}

/**
 * A column of codes stored a byte per row, for building derived tables (scores, ratings) with
 * `aq.table`: `index[row]` is 1 + the position of the row's code in `codes`, 0 for missing.
 */
export function codeColumn(codes: readonly string[], index: Uint8Array): TableColumn<string | null> {
  if (codes.length > 255) throw new RangeError(`codeColumn: ${codes.length} codes; a byte per row holds at most 255`);
  return new CodeColumn(index, [null, ...codes]);
}

/** A column of numbers stored in a Float64Array (NaN reads back as null), for building derived tables. */
export function numberColumn(values: Float64Array): TableColumn<number | null> {
  return new NumberColumn(values);
}

/** A column as small integers: `values[ids[row]]` is the row's value. */
export interface Coded {
  /** Per row, the index of its value in `values`. */
  readonly ids: ArrayLike<number>;
  /** The distinct values (a read table's dictionary: `values[0]` is the missing answer). */
  readonly values: readonly unknown[];
}

/**
 * A column as small integers. A read table's stored codes (options, scale points, sets of
 * options) are read in place when the table is neither filtered nor ordered, with their
 * dictionary as `values`; any other column is interned value by value (arrays by identity).
 * Counting by id, then once per distinct value, is what lets a crosstab or a frequency run
 * without a string or a lookup per row.
 */
export function codedOf(table: ColumnTable, name: string): Coded {
  if (table.column(name) === undefined) throw new TypeError(`codedOf: the table has no column "${name}"`);
  const column = storedColumn(table, name);
  if (column instanceof CodeColumn) return { ids: column.codes, values: column.dict };
  if (column instanceof ListColumn) return { ids: column.ids, values: column.dict };
  if (column instanceof SmallIntColumn) return { ids: column.values, values: Array.from({ length: 256 }, (_, k) => (k === 0 ? null : k - 1 + column.min)) };
  const a = table.array(name) as ArrayLike<unknown>;
  const ids = new Int32Array(a.length);
  const index = new Map<unknown, number>();
  const values: unknown[] = [];
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    let id = index.get(v);
    if (id === undefined) index.set(v, (id = values.push(v) - 1));
    ids[i] = id;
  }
  return { ids, values };
}

/** How many rows hold each value of a coded column: `counts[id]` rows have `values[id]`. */
export function countIds({ ids, values }: Coded): Float64Array {
  const counts = new Float64Array(values.length);
  for (let i = 0; i < ids.length; i++) counts[ids[i]!]!++;
  return counts;
}
