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
