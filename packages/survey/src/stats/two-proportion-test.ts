import cdf from '@stdlib/stats-base-dists-normal-cdf';

/** The result of a two-proportion z-test. */
export interface TwoProportionTest {
  /** The statistic, positive when the second share is larger. */
  readonly z: number;
  /** Two-sided p-value. */
  readonly p: number;
  /** The second share minus the first, in percentage points. */
  readonly diff: number;
}

/**
 * The pooled two-proportion z-test of k1 of n1 against k2 of n2 (e.g. last year's count and base
 * against this year's): z = (p2 − p1) / √(p(1 − p)(1/n1 + 1/n2)) with the pooled share p, and a
 * two-sided p-value from the normal distribution. When both shares are 0 % or both 100 % there is
 * nothing to test: z = 0 and p = 1. A base of 0 gives NaN.
 */
export function twoProportionTest(k1: number, n1: number, k2: number, n2: number): TwoProportionTest {
  if (!(n1 > 0 && n2 > 0)) return { z: NaN, p: NaN, diff: NaN };
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const diff = 100 * (p2 - p1);
  if (se === 0) return { z: 0, p: 1, diff };
  const z = (p2 - p1) / se;
  return { z, p: 2 * (1 - cdf(Math.abs(z), 0, 1)), diff };
}
