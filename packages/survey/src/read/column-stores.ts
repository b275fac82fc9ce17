import type { Column } from '../codebook/schema.js';
import { PREFECTURES } from '../prefectures/prefectures.js';
import { CodeColumn, Growable, iterate, ListColumn, NumberColumn, SmallIntColumn, type TableColumn } from './columns.js';
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
  /** The first `rows` values as plain data, for another thread to `append` (typed arrays can be transferred). */
  part(rows: number): ColumnPart;
  /** Write another store's `part` from row `at` on, in this store's own codes. */
  append(part: ColumnPart, at: number): void;
  /** Where `put` writes the code alone, when that is all it does: the reader writes it there itself. */
  readonly codes?: Growable<Uint8Array | Uint16Array | Uint32Array>;
}

/** A store's values as plain data (see `ColumnStore.part`). */
export type ColumnPart =
  | { readonly kind: 'code'; readonly codes: Uint16Array; readonly dict: readonly (string | null)[] }
  | { readonly kind: 'small'; readonly values: Uint8Array }
  | { readonly kind: 'number'; readonly values: Float64Array }
  | { readonly kind: 'list'; readonly ids: Uint32Array; readonly dict: readonly (readonly string[])[] }
  /**
   * Plain values, their strings as one text: one long string goes to another thread as one copy,
   * where an array of a million short ones is copied and allocated string by string. `distinct`:
   * the text holds each distinct string once and `ids[row]` is 0 for null or k + 1 for the k-th;
   * otherwise it holds every row's string in order and `ids[row]` is 0 for null, 1 for a string.
   */
  | { readonly kind: 'strings'; readonly text: string; readonly ids: Uint32Array; readonly distinct: boolean }
  | { readonly kind: 'array'; readonly values: readonly CellValue[] };

/** Joins the strings of a 'strings' part: never in an accepted cell (a NUL rejects its row). */
const JOIN = '\u0000';
const split = new WeakMap<ColumnPart, readonly string[]>();

/** The strings of a 'strings' part (distinct or in row order, as the part has them), split once. */
export function stringsOf(part: ColumnPart & { kind: 'strings' }): readonly string[] {
  let strings = split.get(part);
  if (!strings) split.set(part, (strings = part.text.split(JOIN)));
  return strings;
}

/**
 * Distinct strings kept until this many, and then only while they are under half of the rows
 * seen: a column of ids or e-mail addresses is sent row by row, without a table of a million.
 */
const DICTIONARY = 1024;

const wrongPart = (kind: string, part: ColumnPart) => new Error(`a ${part.kind} part appended to a ${kind} store`);

/** `codes` written from `at` on, each through `remap` unless it maps every code to itself. */
function appendCodes<A extends Uint8Array | Uint16Array | Uint32Array>(into: Growable<A>, at: number, codes: ArrayLike<number>, remap: Uint32Array): void {
  let same = true;
  for (let i = 0; i < remap.length; i++) if (remap[i] !== i) same = false;
  if (same) return into.write(at, codes);
  into.reserve(at + codes.length);
  const data = into.data;
  for (let i = 0; i < codes.length; i++) data[at + i] = remap[codes[i]!]!;
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
  get codes(): Growable<Uint8Array | Uint16Array | Uint32Array> {
    return this.data;
  }
  put(row: number, code: number): void {
    this.data.set(row, code);
  }
  build(rows: number): TableColumn<CellValue> {
    const codes = this.data.view(rows);
    return new CodeColumn(this.dict.length <= 256 ? Uint8Array.from(codes) : codes.slice(), this.dict);
  }
  part(rows: number): ColumnPart {
    return { kind: 'code', codes: this.data.view(rows).slice(), dict: this.dict };
  }
  append(part: ColumnPart, at: number): void {
    if (part.kind !== 'code') throw wrongPart('code', part);
    appendCodes(this.data, at, part.codes, Uint32Array.from(part.dict, (v) => this.encode(v)));
  }
}

class SmallIntStore implements ColumnStore {
  private readonly data = new Growable(new Uint8Array(1024), (n) => new Uint8Array(n));
  constructor(private readonly min: number) {}
  encode(value: CellValue): number {
    return value === null ? 0 : (value as number) - this.min + 1;
  }
  get codes(): Growable<Uint8Array | Uint16Array | Uint32Array> {
    return this.data;
  }
  put(row: number, code: number): void {
    this.data.set(row, code);
  }
  build(rows: number): TableColumn<CellValue> {
    return new SmallIntColumn(this.data.view(rows).slice(), this.min);
  }
  part(rows: number): ColumnPart {
    return { kind: 'small', values: this.data.view(rows).slice() };
  }
  append(part: ColumnPart, at: number): void {
    if (part.kind !== 'small') throw wrongPart('small', part);
    this.data.write(at, part.values);
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
  part(rows: number): ColumnPart {
    return { kind: 'number', values: this.data.view(rows).slice() };
  }
  append(part: ColumnPart, at: number): void {
    if (part.kind !== 'number') throw wrongPart('number', part);
    this.data.write(at, part.values);
  }
}

const EMPTY: readonly string[] = Object.freeze([]);

/** Codes a set is keyed by as the bits of one number: below 2^53, every such number is exact. */
const MAX_BITS = 52;

class ListStore implements ColumnStore {
  private readonly dict: (readonly string[])[] = [EMPTY];
  private readonly index = new Map<string | number, number>();
  private readonly data = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  /** Each code's bit, when the codes are known and few enough. */
  private readonly bits: Map<string, number> | null;
  /**
   * `codes`: every code a set can hold, when known (options, prefectures). A set, always in the
   * same order, is then keyed by a number, the sum of its codes' bits, rather than by a string
   * joined from them: a million sets of prefectures made that string and hashed it.
   */
  constructor(codes?: readonly string[]) {
    this.bits = codes && codes.length <= MAX_BITS ? new Map(codes.map((c, i) => [c, i])) : null;
  }
  private keyOf(list: readonly string[]): string | number {
    const bits = this.bits;
    if (bits) {
      // Two words of 26 bits: a code met twice (a set the parser did not make) is keyed by its text.
      let low = 0;
      let high = 0;
      for (let i = 0; i < list.length; i++) {
        const bit = bits.get(list[i]!);
        if (bit === undefined) return list.join('\u0000');
        if (bit < 26) {
          if (low & (1 << bit)) return list.join('\u0000');
          low |= 1 << bit;
        } else {
          if (high & (1 << (bit - 26))) return list.join('\u0000');
          high |= 1 << (bit - 26);
        }
      }
      return high * 2 ** 26 + low;
    }
    return list.join('\u0000');
  }
  encode(value: CellValue): number {
    const list = value as readonly string[] | null;
    if (!list || list.length === 0) return 0;
    const key = this.keyOf(list);
    let id = this.index.get(key);
    if (id === undefined) this.index.set(key, (id = this.dict.push(list) - 1));
    return id;
  }
  get codes(): Growable<Uint8Array | Uint16Array | Uint32Array> {
    return this.data;
  }
  put(row: number, code: number): void {
    this.data.set(row, code);
  }
  build(rows: number): TableColumn<CellValue> {
    return new ListColumn(this.data.view(rows).slice(), this.dict);
  }
  part(rows: number): ColumnPart {
    return { kind: 'list', ids: this.data.view(rows).slice(), dict: this.dict };
  }
  append(part: ColumnPart, at: number): void {
    if (part.kind !== 'list') throw wrongPart('list', part);
    appendCodes(this.data, at, part.ids, Uint32Array.from(part.dict, (v) => this.encode(v)));
  }
}

/** Plain values (ids, free text, dates): an array. */
class ArrayStore implements ColumnStore {
  private readonly data: CellValue[] = [];
  /** Another thread's strings after the array's rows (`append`). */
  private tail: (ColumnPart & { kind: 'strings' }) | null = null;
  encode(): number {
    return 0;
  }
  put(row: number, _code: number, value: CellValue): void {
    if (this.tail) this.settle();
    this.data[row] = value;
  }
  build(rows: number): TableColumn<CellValue> {
    if (this.tail && rows > this.data.length) {
      const column = new JoinedColumn(this.data, this.tail);
      if (column.length === rows) return column;
    }
    this.settle();
    this.data.length = rows;
    // An array is a column already: `at` and iteration are all arquero asks of one.
    return this.data as unknown as TableColumn<CellValue>;
  }
  part(rows: number): ColumnPart {
    this.settle();
    const data = this.data;
    data.length = rows;
    const index = new Map<string, number>();
    const strings: string[] = [];
    const ids = new Uint32Array(rows);
    for (let i = 0; i < rows; i++) {
      const v = data[i];
      if (v === null || v === undefined) continue;
      if (typeof v !== 'string' || v.includes(JOIN)) return { kind: 'array', values: data };
      let k = index.get(v);
      if (k === undefined) {
        index.set(v, (k = strings.push(v)));
        if (k > DICTIONARY && k * 2 > i) return this.inOrder(rows);
      }
      ids[i] = k;
    }
    return { kind: 'strings', text: strings.join(JOIN), ids, distinct: true };
  }
  /** The part with every row's string in order (see `ColumnPart`). */
  private inOrder(rows: number): ColumnPart {
    const data = this.data;
    const ids = new Uint32Array(rows);
    const strings: string[] = [];
    for (let i = 0; i < rows; i++) {
      const v = data[i];
      if (typeof v !== 'string') continue;
      if (v.includes(JOIN)) return { kind: 'array', values: data };
      strings.push(v);
      ids[i] = 1;
    }
    return { kind: 'strings', text: strings.join(JOIN), ids, distinct: false };
  }
  append(part: ColumnPart, at: number): void {
    this.settle();
    const data = this.data;
    data.length = at;
    if (part.kind === 'array') {
      for (const v of part.values) data.push(v);
      return;
    }
    if (part.kind !== 'strings') throw wrongPart('array', part);
    // Kept as the text it came in, each string cut out when read (see `JoinedColumn`).
    this.tail = part;
  }
  /** The tail's strings moved into the array: before a row is written after it. */
  private settle(): void {
    const tail = this.tail;
    if (!tail) return;
    this.tail = null;
    // Read through a column of the tail alone: the array grows under it.
    const strings = new JoinedColumn([], tail);
    for (let i = 0; i < strings.length; i++) this.data.push(strings.at(i));
  }
}

/**
 * A column of plain values whose last rows are another thread's strings (a 'strings' part), still
 * in the one text they came in: each is cut out of it when read. At 1M rows, splitting the
 * second half's ids, numbers and e-mail addresses into strings of their own and pushing them onto
 * the arrays took 0.4 s of the one thread, with garbage collection after it.
 */
export class JoinedColumn implements TableColumn<CellValue> {
  constructor(
    private readonly head: readonly CellValue[],
    private readonly tail: ColumnPart & { kind: 'strings' },
  ) {}
  get length(): number {
    return this.head.length + this.tail.ids.length;
  }
  at(row: number): CellValue {
    const head = this.head;
    if (row < head.length) return head[row] ?? null;
    const i = row - head.length;
    const { ids, text, distinct } = this.tail;
    if (i >= ids.length || ids[i] === 0) return null;
    if (distinct) return stringsOf(this.tail)[ids[i]! - 1]!;
    const bounds = boundsOf(this.tail);
    return text.slice(bounds[2 * i]!, bounds[2 * i + 1]!);
  }
  [Symbol.iterator](): Iterator<CellValue> {
    return iterate(this);
  }
}

const bounded = new WeakMap<ColumnPart, Int32Array>();

/**
 * Where each row's string of an in-order 'strings' part starts and ends in its text (start −1:
 * null), found once: `[start, end]` of row i at `2i`.
 */
export function boundsOf(part: ColumnPart & { kind: 'strings' }): Int32Array {
  let bounds = bounded.get(part);
  if (bounds) return bounds;
  const { text, ids } = part;
  bounds = new Int32Array(2 * ids.length);
  bounded.set(part, bounds);
  for (let i = 0, start = 0; i < ids.length; i++) {
    if (ids[i] === 0) {
      bounds[2 * i] = -1;
      continue;
    }
    let end = text.indexOf(JOIN, start);
    if (end < 0) end = text.length;
    bounds[2 * i] = start;
    bounds[2 * i + 1] = end;
    start = end + 1;
  }
  return bounds;
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
      return new ListStore(column.options.map((o) => o.code));
    case 'multi-prefecture':
      return new ListStore([...(column.nationwide ? [column.nationwide.code] : []), ...PREFECTURES.map((p) => p.code)]);
    case 'list':
      return new ListStore();
    default:
      return new ArrayStore();
  }
}
