import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { testCounts, type CountsInput } from './contingency.js';

/** Pearson's chi-square test of independence. */
export interface ChiSquareTest {
  /** Pearson's X² = Σ (observed − expected)² / expected (no continuity correction). */
  readonly statistic: number;
  /** Degrees of freedom: (rows − 1) × (columns − 1) of the non-empty rows and columns. */
  readonly df: number;
  /** Upper-tail probability of X² under independence. */
  readonly p: number;
  /** Expected counts under independence: row total × column total / n. */
  readonly expected: readonly (readonly number[])[];
  /** The rows and columns tested (codes whose margin is 0 are left out). */
  readonly rowCodes: readonly string[];
  readonly colCodes: readonly string[];
  /** The n tested (Kish's effective n for a weighted crosstab). */
  readonly n: number;
  /** Share of expected counts below 5 (0–1). */
  readonly lowExpected: number;
  /** Set when more than 20 % of expected counts are below 5 (Cochran's rule): p is then unreliable; for a 2×2 table use `fisherExactTest`. */
  readonly warning: string | null;
}

/**
 * Pearson's chi-square test of independence of a crosstab of two single-response questions
 * (or of a table of counts), as `scipy.stats.chi2_contingency(…, correction=False)` and R's
 * `chisq.test(…, correct = FALSE)` compute it. Rows and columns nobody is in are left out.
 * A weighted crosstab is tested at Kish's effective n.
 *
 * ```ts
 * const t = chiSquareTest(crosstab(table, 'region', 'theme', { codebook }));
 * t.p; t.warning; // "3 of 12 expected counts (25 %) are below 5 …" or null
 * ```
 *
 * @throws TypeError for a multiple-response dimension, or fewer than two non-empty rows or columns.
 */
export function chiSquareTest(input: CountsInput): ChiSquareTest {
  const { counts, rowCodes, colCodes } = testCounts(input, 'chiSquareTest');
  if (rowCodes.length < 2 || colCodes.length < 2) {
    throw new TypeError(`chiSquareTest: ${rowCodes.length} non-empty row(s) and ${colCodes.length} non-empty column(s); expected at least 2 of each`);
  }
  const rowTotals = counts.map((row) => row.reduce((a, v) => a + v, 0));
  const colTotals = colCodes.map((_, c) => counts.reduce((a, row) => a + row[c]!, 0));
  const n = rowTotals.reduce((a, v) => a + v, 0);
  const expected = rowTotals.map((rt) => colTotals.map((ct) => (rt * ct) / n));
  let statistic = 0;
  let low = 0;
  counts.forEach((row, r) =>
    row.forEach((o, c) => {
      const e = expected[r]![c]!;
      statistic += ((o - e) * (o - e)) / e;
      if (e < 5) low++;
    }),
  );
  const df = (rowCodes.length - 1) * (colCodes.length - 1);
  const cells = rowCodes.length * colCodes.length;
  const lowExpected = low / cells;
  const warning =
    lowExpected > 0.2
      ? `${low} of ${cells} expected counts (${Math.round(100 * lowExpected)} %) are below 5: the chi-square approximation is unreliable${cells === 4 ? '; use fisherExactTest' : '; merge categories or use an exact test'}`
      : null;
  return { statistic, df, p: 1 - chisquareCdf(statistic, df), expected, rowCodes, colCodes, n, lowExpected, warning };
}
