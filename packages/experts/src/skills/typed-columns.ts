import type { AbilityRule } from './scheme.js';

/** Flags stored a byte each, read back as true / false. */
export class BooleanColumn {
  constructor(readonly values: Uint8Array) {}
  get length(): number {
    return this.values.length;
  }
  at(row: number): boolean {
    return this.values[row] === 1;
  }
  *[Symbol.iterator](): Iterator<boolean> {
    for (let i = 0; i < this.values.length; i++) yield this.values[i] === 1;
  }
}

/**
 * The statistic of one respondent's domain answers (missing already replaced), as
 * `domainStatistic` computes it, in a reused buffer: sorted in place, summed in sorted order.
 */
export function statisticOf(xs: Float64Array, statistic: AbilityRule['statistic']): number {
  const n = xs.length;
  for (let i = 1; i < n; i++) {
    const v = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > v) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = v;
  }
  switch (statistic) {
    case 'lower_median':
      return xs[Math.floor((n - 1) / 2)]!;
    case 'upper_median':
      return xs[Math.floor(n / 2)]!;
    case 'mean': {
      let s = 0;
      for (let i = 0; i < n; i++) s += xs[i]!;
      return s / n;
    }
    case 'min':
      return xs[0]!;
    case 'max':
      return xs[n - 1]!;
  }
}

/**
 * A domain's answers as one number per row that says how many of its answers take each value
 * (missing apart): rows with the same key hold the same answers in some order, and so have the
 * same statistic, computed once per key instead of a sort per row.
 */
export interface AnswerKeys {
  /**
   * Per column of the domain (in order), what each stored id adds to a row's key. A value not
   * expected adds `size`, so that a row holding one has a key of `size` or more: such a row is
   * scored on its own.
   */
  readonly keyWorth: readonly Int32Array[];
  /** Keys of rows holding only expected values are below this. */
  readonly size: number;
  /** Per key, the statistic and how many answers were given. */
  readonly decode: (key: number) => { readonly statistic: number; readonly answered: number };
  /** The values counted apart, in the order of the key's digits: the answers given (ascending), then missing as `missingAs`, if any. */
  readonly classes: readonly number[];
  /** The digit of missing answers, −1 when none is expected. */
  readonly missingClass: number;
  /** The class of a value (its digit), −1 for a value not expected in column `k`. */
  readonly classOf: (k: number, value: unknown) => number;
  /** The base of the key's digits: one more than the number of columns. */
  readonly base: number;
}

/**
 * The keys of a domain's answers (`values`, the distinct values of each column; a value that is
 * not a number is missing and counts as `missingAs`), keyed over the values `expected` of each
 * column (default: all of them), or null when there would be more than `limit` keys, or a value
 * (NaN, −0) whose sort or sign the per-row statistic could order differently. Which values are
 * expected decides only the speed, not a result: a read table's scale column has 256 stored
 * values of which the codebook's range is used, and no pass over the rows is needed to find out.
 */
export function answerKeys(
  values: readonly (readonly unknown[])[],
  missingAs: number,
  statistic: AbilityRule['statistic'],
  { expected = () => true, limit = 1 << 18 }: { expected?: (column: number, value: unknown) => boolean; limit?: number } = {},
): AnswerKeys | null {
  const given = new Set<number>();
  let missing = false;
  // A set keeps −0 as 0, so it is looked for on the way in.
  let unordered = Object.is(missingAs, -0) || Number.isNaN(missingAs);
  values.forEach((column, k) =>
    column.forEach((v) => {
      if (!expected(k, v)) return;
      if (typeof v !== 'number' || Number.isNaN(v)) missing = true;
      else {
        given.add(v);
        if (Object.is(v, -0)) unordered = true;
      }
    }),
  );
  if (unordered) return null;
  const classes = [...given].sort((a, b) => a - b);
  if (missing) classes.push(missingAs);
  const base = values.length + 1;
  const size = base ** classes.length;
  if (size > limit || size * values.length >= 2 ** 31) return null;
  const missingClass = missing ? classes.length - 1 : -1;
  const classOf = (v: unknown) => (typeof v === 'number' && !Number.isNaN(v) ? classes.indexOf(v) : missingClass);
  const keyWorth = values.map((column, k) => Int32Array.from(column, (v) => (expected(k, v) ? base ** classOf(v) : size)));
  const buffer = new Float64Array(values.length);
  return {
    keyWorth,
    size,
    classes,
    missingClass,
    classOf: (k, v) => (expected(k, v) ? classOf(v) : -1),
    base,
    decode(key) {
      let at = 0;
      let answered = values.length;
      for (let r = 0, rest = key; r < classes.length; r++, rest = Math.floor(rest / base)) {
        const count = rest % base;
        if (r === missingClass) answered -= count;
        for (let j = 0; j < count; j++) buffer[at++] = classes[r]!;
      }
      return { statistic: statisticOf(buffer, statistic), answered };
    },
  };
}

/**
 * Numbers stored as keys into their few distinct values (`values[keys[row]]`, two bytes a row
 * instead of eight); a row whose key is past the values reads its own number from `extra`. NaN
 * reads as null, as in a column of numbers.
 */
export class KeyedNumbers {
  constructor(
    readonly keys: Uint16Array,
    readonly values: Float64Array,
    readonly extra: ReadonlyMap<number, number>,
  ) {}
  get length(): number {
    return this.keys.length;
  }
  at(row: number): number | null {
    const k = this.keys[row]!;
    const v = k < this.values.length ? this.values[k]! : this.extra.get(row)!;
    return Number.isNaN(v) ? null : v;
  }
  *[Symbol.iterator](): Iterator<number | null> {
    for (let i = 0; i < this.keys.length; i++) yield this.at(i);
  }
}
