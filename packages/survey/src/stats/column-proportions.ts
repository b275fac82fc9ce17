import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import type { Crosstab } from '../tabulate/crosstab.js';

/** One pairwise comparison of two columns' proportions in one row. */
export interface ProportionComparison {
  /** Row code. */
  readonly row: string;
  /** The two column codes compared, and their letters. */
  readonly a: string;
  readonly b: string;
  readonly letterA: string;
  readonly letterB: string;
  /** Proportions (0–1) of the row code in columns a and b. */
  readonly pA: number;
  readonly pB: number;
  /** Pooled two-proportion z: positive when a's proportion is larger. */
  readonly z: number;
  /** Two-sided p, unadjusted. */
  readonly p: number;
  /** p × the number of comparisons in the row (Bonferroni), at most 1. */
  readonly pAdjusted: number;
  readonly significant: boolean;
}

/** Result of {@link columnProportionTests}. */
export interface ColumnProportionTests {
  /** The letter of each column (A, B, …, Z, AA, …), in the crosstab's column order. */
  readonly letters: readonly string[];
  /**
   * marks[r][c]: the letters of the columns whose proportion of row r is significantly smaller
   * than column c's, as SPSS Custom Tables and expss `significance_cpct` print them.
   */
  readonly marks: readonly (readonly string[])[];
  readonly comparisons: readonly ProportionComparison[];
  readonly alpha: number;
  readonly adjust: 'bonferroni' | 'none';
}

/** Options of {@link columnProportionTests}. */
export interface ColumnProportionOptions {
  /** Significance level (default 0.05). */
  alpha?: number;
  /** Bonferroni correction within each row (default) or none. */
  adjust?: 'bonferroni' | 'none';
}

/** Column letters as spreadsheets name them: A … Z, AA, AB, … */
export function columnLetter(index: number): string {
  let s = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/**
 * Column-proportion z-tests: in each row, every pair of columns' proportions compared with the
 * pooled two-proportion z test, Bonferroni-adjusted for the pairs in that row (SPSS Custom
 * Tables' "compare column proportions"; expss `significance_cpct(…, bonferroni = TRUE)`).
 * Columns whose total is 0 and pairs whose pooled proportion is 0 or 1 are not compared.
 * A weighted crosstab uses each column's Kish effective n. The column question must be
 * single-response (its columns are separate groups); the row question may be multiple.
 *
 * ```ts
 * const t = columnProportionTests(crosstab(table, 'theme', 'region', { codebook, percent: 'column' }));
 * t.letters;  // ['A', 'B', 'C', …] one per region
 * t.marks[0]; // ['', 'A', '', …]: region B's share of theme 1 is above region A's
 * ```
 */
export function columnProportionTests(x: Crosstab, { alpha = 0.05, adjust = 'bonferroni' }: ColumnProportionOptions = {}): ColumnProportionTests {
  if (!x || !Array.isArray(x.counts)) throw new TypeError('columnProportionTests: expected a crosstab from crosstab()');
  if (x.colType === 'multi' || x.colType === 'multi-prefecture' || x.colType === 'list') {
    throw new TypeError(`columnProportionTests: the column question ${x.columns} is multiple-response, so its columns overlap; expected a single-response column question`);
  }
  if (!(alpha > 0 && alpha < 1)) throw new TypeError(`columnProportionTests: alpha ${String(alpha)} is not valid; expected a number between 0 and 1`);
  if (adjust !== 'bonferroni' && adjust !== 'none') throw new TypeError(`columnProportionTests: adjust "${String(adjust)}" is not valid; expected one of: bonferroni, none`);
  const letters = x.colCodes.map((_, c) => columnLetter(c));
  const sizes = x.colCodes.map((_, c) => x.weight?.colEffectiveN[c] ?? x.colTotals[c]!);
  const tested = x.colCodes.map((_, c) => c).filter((c) => x.colTotals[c]! > 0);
  const marks = x.rowCodes.map(() => x.colCodes.map(() => ''));
  const comparisons: ProportionComparison[] = [];
  x.rowCodes.forEach((row, r) => {
    const props = x.colCodes.map((_, c) => (x.colTotals[c]! > 0 ? x.counts[r]![c]! / x.colTotals[c]! : NaN));
    const pairs: [number, number, number, number][] = [];
    for (let i = 0; i < tested.length; i++) {
      for (let j = i + 1; j < tested.length; j++) {
        const a = tested[i]!;
        const b = tested[j]!;
        const na = sizes[a]!;
        const nb = sizes[b]!;
        const pooled = (props[a]! * na + props[b]! * nb) / (na + nb);
        if (pooled <= 0 || pooled >= 1) continue;
        const z = (props[a]! - props[b]!) / Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
        pairs.push([a, b, z, 2 * normalCdf(-Math.abs(z), 0, 1)]);
      }
    }
    const k = adjust === 'bonferroni' ? pairs.length : 1;
    for (const [a, b, z, p] of pairs) {
      const pAdjusted = Math.min(1, p * k);
      const significant = pAdjusted < alpha;
      if (significant) {
        const [hi, lo] = z > 0 ? [a, b] : [b, a];
        marks[r]![hi] += letters[lo]!;
      }
      comparisons.push({ row, a: x.colCodes[a]!, b: x.colCodes[b]!, letterA: letters[a]!, letterB: letters[b]!, pA: props[a]!, pB: props[b]!, z, p, pAdjusted, significant });
    }
  });
  return { letters, marks, comparisons, alpha, adjust };
}
