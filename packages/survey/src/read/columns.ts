/**
 * Column storage of a read table. Answers drawn from a codebook's options are stored as small
 * integers in typed arrays (an index into the column's codes, a scale point, a dictionary entry
 * for a set of options), which takes a byte or four per answer instead of a pointer and a boxed
 * value. Every column reads back as the table's public values through `at(row)`: a code, a number,
 * an array of codes, or null / [] for a missing answer, so arquero and every consumer see plain
 * values.
 */

/** A column as arquero reads it. */
export interface TableColumn<T> {
  readonly length: number;
  at(row: number): T;
  [Symbol.iterator](): Iterator<T>;
}

export function* iterate<T>(column: TableColumn<T>): Iterator<T> {
  for (let i = 0; i < column.length; i++) yield column.at(i);
}

/** Codes of a single-response or prefecture column: `codes[row]` indexes `dict` (0 = missing). */
export class CodeColumn implements TableColumn<string | null> {
  constructor(
    readonly codes: Uint8Array | Uint16Array,
    /** `dict[0]` is null: the missing answer. */
    readonly dict: readonly (string | null)[],
  ) {}
  get length(): number {
    return this.codes.length;
  }
  at(row: number): string | null {
    return this.dict[this.codes[row]!] ?? null;
  }
  [Symbol.iterator](): Iterator<string | null> {
    return iterate(this);
  }
}

/** Whole numbers in a small range (scale items): `values[row]` is value − min + 1 (0 = missing). */
export class SmallIntColumn implements TableColumn<number | null> {
  constructor(
    readonly values: Uint8Array,
    readonly min: number,
  ) {}
  get length(): number {
    return this.values.length;
  }
  at(row: number): number | null {
    const v = this.values[row]!;
    return v === 0 ? null : v - 1 + this.min;
  }
  [Symbol.iterator](): Iterator<number | null> {
    return iterate(this);
  }
}

/** Numbers (NaN = missing). */
export class NumberColumn implements TableColumn<number | null> {
  constructor(readonly values: Float64Array) {}
  get length(): number {
    return this.values.length;
  }
  at(row: number): number | null {
    const v = this.values[row]!;
    return Number.isNaN(v) ? null : v;
  }
  [Symbol.iterator](): Iterator<number | null> {
    return iterate(this);
  }
}

/** Sets of options (multi-response, prefectures, lists): `ids[row]` indexes `dict` (0 = []). */
export class ListColumn implements TableColumn<readonly string[]> {
  constructor(
    readonly ids: Uint32Array,
    readonly dict: readonly (readonly string[])[],
  ) {}
  get length(): number {
    return this.ids.length;
  }
  at(row: number): readonly string[] {
    return this.dict[this.ids[row]!]!;
  }
  [Symbol.iterator](): Iterator<readonly string[]> {
    return iterate(this);
  }
}

/** A growable typed array. */
export class Growable<A extends Uint8Array | Uint16Array | Uint32Array | Float64Array> {
  length = 0;
  constructor(
    public data: A,
    private readonly make: (n: number) => A,
  ) {}
  set(i: number, v: number): void {
    if (i >= this.data.length) this.reserve(i + 1);
    this.data[i] = v;
  }
  /** `values` written from `at` on. */
  write(at: number, values: ArrayLike<number>): void {
    this.reserve(at + values.length);
    this.data.set(values, at);
  }
  /** Room for at least `n` values. */
  reserve(n: number): void {
    if (n <= this.data.length) return;
    const next = this.make(Math.max(1024, this.data.length * 2, n));
    next.set(this.data);
    this.data = next;
  }
  /** The first `n` values. */
  view(n: number): A {
    return this.data.subarray(0, n) as A;
  }
}
