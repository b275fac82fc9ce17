import type { ColumnTable } from 'arquero';
import { codedOf, storedColumn, type Coded, type TableColumn } from '@smesec/survey';

type Ids = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/**
 * Some rows of a coded column (the listed specialists' rows of a read table), kept as ids into
 * the column's distinct values: picking a typed id per row is cheaper than a value per row, and
 * the list's counts can then go once per distinct value (`codedColumnOf`).
 */
export class PickedColumn<T> implements TableColumn<T> {
  constructor(
    readonly ids: Ids,
    /** The distinct values, shared with the column picked from. */
    readonly values: readonly T[],
  ) {}
  get length(): number {
    return this.ids.length;
  }
  at(row: number): T {
    return this.values[this.ids[row]!]!;
  }
  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.ids.length; i++) yield this.at(i);
  }
}

/**
 * The rows `keep` (row numbers of `table`, in order) of a column, as ids into the distinct values
 * of those rows only: a value that only rows left out hold does not come along.
 */
export function pickCoded(table: ColumnTable, name: string, keep: ArrayLike<number>): PickedColumn<unknown> {
  const { ids, values } = codedColumnOf(table, name);
  const renumber = new Int32Array(values.length).fill(-1);
  const kept: unknown[] = [];
  const picked = values.length <= 256 ? new Uint8Array(keep.length) : values.length <= 65536 ? new Uint16Array(keep.length) : new Uint32Array(keep.length);
  for (let j = 0; j < keep.length; j++) {
    const id = ids[keep[j]!]!;
    let k = renumber[id]!;
    if (k < 0) renumber[id] = k = kept.push(values[id]) - 1;
    picked[j] = k;
  }
  return new PickedColumn(picked, kept);
}

/**
 * A column as ids and distinct values (`codedOf`): a picked column's ids are read in place when
 * the table is neither filtered nor ordered, like a read table's stored codes.
 */
export function codedColumnOf(table: ColumnTable, name: string): Coded {
  const column = storedColumn(table, name);
  if (column instanceof PickedColumn) return { ids: column.ids, values: column.values };
  return codedOf(table, name);
}
