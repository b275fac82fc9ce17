/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval of a proportion, in percent: better than the normal approximation for
 * small n and for shares near 0 or 100 % (Wilson 1927; Brown, Cai & DasGupta 2001).
 * Returns null when n is 0: there is no proportion to bound.
 */
export function wilson(count: number, n: number, { z = Z95 }: { z?: number } = {}): [number, number] | null {
  if (n <= 0) return null;
  if (count < 0 || count > n) throw new RangeError(`wilson: count ${count} is outside 0..${n}`);
  const p = count / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At 0 and n the bounds are exactly 0 and 1; floating point would leave 99.99999999999999.
  const lo = count === 0 ? 0 : Math.max(0, centre - half);
  const hi = count === n ? 1 : Math.min(1, centre + half);
  return [100 * lo, 100 * hi];
}
