import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';
import { testCounts, type CountsInput } from './contingency.js';

/** Which difference Fisher's test looks for. */
export type Alternative = 'two-sided' | 'less' | 'greater';

/** Fisher's exact test of a 2×2 table. */
export interface FisherExactTest {
  /** The sample odds ratio (a·d)/(b·c): Infinity when b·c is 0, NaN when both products are. */
  readonly oddsRatio: number;
  /** The exact p of the hypergeometric distribution of the first cell given the margins. */
  readonly p: number;
  readonly alternative: Alternative;
  /** The 2×2 counts tested. */
  readonly counts: readonly [readonly [number, number], readonly [number, number]];
}

/** Options of {@link fisherExactTest}. */
export interface FisherOptions {
  /** `two-sided` (default), `less` (odds ratio < 1) or `greater`. */
  alternative?: Alternative;
}

/**
 * Fisher's exact test of a 2×2 table: a crosstab of two single-response questions with two
 * non-empty rows and columns, or `[[a, b], [c, d]]`. As `scipy.stats.fisher_exact`: the
 * two-sided p sums the probabilities of all tables with the same margins that are no more
 * likely than the one observed. Weighted crosstabs are refused: an exact test needs whole counts.
 *
 * ```ts
 * fisherExactTest([[8, 2], [1, 5]]); // { oddsRatio: 20, p: 0.0350… }
 * ```
 */
export function fisherExactTest(input: CountsInput, { alternative = 'two-sided' }: FisherOptions = {}): FisherExactTest {
  if (!['two-sided', 'less', 'greater'].includes(alternative)) throw new TypeError(`fisherExactTest: alternative "${String(alternative)}" is not valid; expected one of: two-sided, less, greater`);
  if (!Array.isArray(input) && (input as { weight?: unknown }).weight) throw new TypeError('fisherExactTest: the crosstab is weighted; an exact test needs whole counts (use chiSquareTest)');
  const { counts } = testCounts(input, 'fisherExactTest');
  if (counts.length !== 2 || counts[0]!.length !== 2) throw new TypeError(`fisherExactTest: the table has ${counts.length}×${counts[0]?.length ?? 0} non-empty rows×columns; expected 2×2`);
  const [[a, b], [c, d]] = counts as [[number, number], [number, number]];
  if (![a, b, c, d].every(Number.isInteger)) throw new TypeError('fisherExactTest: counts must be whole numbers');
  const N = a + b + c + d;
  const K = a + b; // first row total
  const draws = a + c; // first column total
  const lo = Math.max(0, draws - (N - K));
  const hi = Math.min(K, draws);
  const pmf = (x: number) => hypergeometricPmf(x, N, K, draws);
  let p = 0;
  if (alternative === 'less') for (let x = lo; x <= a; x++) p += pmf(x);
  else if (alternative === 'greater') for (let x = a; x <= hi; x++) p += pmf(x);
  else {
    // The relative tolerance scipy and R use, so tables as likely as the observed one count
    // despite rounding in their probabilities.
    const observed = pmf(a) * (1 + 1e-7);
    for (let x = lo; x <= hi; x++) {
      const q = pmf(x);
      if (q <= observed) p += q;
    }
  }
  const oddsRatio = b * c === 0 ? (a * d === 0 ? NaN : Infinity) : (a * d) / (b * c);
  return { oddsRatio, p: Math.min(1, p), alternative, counts: [[a, b], [c, d]] };
}
