import type { Column } from '../codebook/schema.js';
import { PREFECTURES } from '../prefectures/prefectures.js';
import { CodeColumn, Growable, ListColumn, NumberColumn, SmallIntColumn, type TableColumn } from './columns.js';
import type { CellValue } from './compile-column.js';

/**
 * Where the accepted values of one column go while a file is read. `encode` turns a parsed value
 * into what the store keeps (computed once per distinct cell and cached with it); `put` writes it
 * at a row; `build` returns the finished column.
 */
export interface ColumnStore {
  encode(value: CellValue): number;
  put(row: number, code: number, value: CellValue): void;
  build(rows: number): TableColumn<CellValue>;
}

class CodeStore implements ColumnStore {
  private readonly dict: (string | null)[] = [null];
  private readonly index = new Map<string, number>();
  private readonly data: Growable<Uint16Array>;
  constructor(codes: readonly string[]) {
    for (const c of codes) this.index.set(c, this.dict.push(c) - 1);
    this.data = new Growable(new Uint16Array(1024), (n) => new Uint16Array(n));
  }
  encode(value: CellValue): number {
    if (value === null) return 0;
    const v = String(value);
    return this.index.get(v) ?? this.index.set(v, this.dict.push(v) - 1).get(v)!;
  }
  put(row: number, code: number): void {
    this.data.set(row, code);
  }
  build(rows: number): TableColumn<CellValue> {
    const codes = this.data.view(rows);
    return new CodeColumn(this.dict.length <= 256 ? Uint8Array.from(codes) : codes.slice(), this.dict);
  }
}

class SmallIntStore implements ColumnStore {
  private readonly data = new Growable(new Uint8Array(1024), (n) => new Uint8Array(n));
  constructor(private readonly min: number) {}
  encode(value: CellValue): number {
    return value === null ? 0 : (value as number) - this.min + 1;
  }
  put(row: number, code: number): void {
    this.data.set(row, code);
  }
  build(rows: number): TableColumn<CellValue> {
    return new SmallIntColumn(this.data.view(rows).slice(), this.min);
  }
}

class NumberStore implements ColumnStore {
  private readonly data = new Growable(new Float64Array(1024), (n) => new Float64Array(n));
  encode(): number {
    return 0;
  }
  put(row: number, _code: number, value: CellValue): void {
    this.data.set(row, value === null ? NaN : (value as number));
  }
  build(rows: number): TableColumn<CellValue> {
    return new NumberColumn(this.data.view(rows).slice());
  }
}

const EMPTY: readonly string[] = Object.freeze([]);

class ListStore implements ColumnStore {
  private readonly dict: (readonly string[])[] = [EMPTY];
  private readonly index = new Map<string, number>();
  private readonly data = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  encode(value: CellValue): number {
    const list = value as readonly string[] | null;
    if (!list || list.length === 0) return 0;
    const key = list.join('\u0000');
    return this.index.get(key) ?? this.index.set(key, this.dict.push(list) - 1).get(key)!;
  }
  put(row: number, code: number): void {
    this.data.set(row, code);
  }
  build(rows: number): TableColumn<CellValue> {
    return new ListColumn(this.data.view(rows).slice(), this.dict);
  }
}

/** Plain values (ids, free text, dates): an array. */
class ArrayStore implements ColumnStore {
  private readonly data: CellValue[] = [];
  encode(): number {
    return 0;
  }
  put(row: number, _code: number, value: CellValue): void {
    this.data[row] = value;
  }
  build(rows: number): TableColumn<CellValue> {
    this.data.length = rows;
    // An array is a column already: `at` and iteration are all arquero asks of one.
    return this.data as unknown as TableColumn<CellValue>;
  }
}

/** Scale items and bounded integers with at most 254 values fit a byte. */
const smallRange = (min: number | undefined, max: number | undefined) => min !== undefined && max !== undefined && max - min < 255;

/** The store of a codebook column. */
export function storeOf(column: Column): ColumnStore {
  switch (column.type) {
    case 'single':
      return new CodeStore(column.options.map((o) => o.code));
    case 'prefecture':
      return new CodeStore(PREFECTURES.map((p) => p.code));
    case 'scale':
      return smallRange(column.min, column.max) ? new SmallIntStore(column.min) : new NumberStore();
    case 'integer':
      return smallRange(column.min, column.max) ? new SmallIntStore(column.min!) : new NumberStore();
    case 'number':
      return new NumberStore();
    case 'multi':
    case 'multi-prefecture':
    case 'list':
      return new ListStore();
    default:
      return new ArrayStore();
  }
}
