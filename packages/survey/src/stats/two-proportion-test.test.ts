import { describe, expect, test } from 'vitest';
import reference from './two-proportion-reference.json' with { type: 'json' };
import { twoProportionTest } from './two-proportion-test.js';

describe('the pooled two-proportion z-test', () => {
  test.each(reference.map((r) => [`${r.k1}/${r.n1} vs ${r.k2}/${r.n2}`, r] as const))('%s agrees with scipy (scripts/two-proportion-reference.py)', (_name, r) => {
    const t = twoProportionTest(r.k1, r.n1, r.k2, r.n2);
    expect(t.z).toBeCloseTo(r.z, 10);
    expect(t.p).toBeCloseTo(r.p, 10);
    expect(t.diff).toBeCloseTo(r.diff, 10);
  });

  test('nothing to test and nothing to test against', () => {
    expect(twoProportionTest(0, 10, 0, 20)).toEqual({ z: 0, p: 1, diff: 0 });
    expect(twoProportionTest(10, 10, 20, 20)).toEqual({ z: 0, p: 1, diff: 0 });
    expect(twoProportionTest(1, 0, 2, 10).p).toBeNaN();
  });

  test('symmetric: swapping the years flips the sign, not the p-value', () => {
    const a = twoProportionTest(12, 100, 30, 120);
    const b = twoProportionTest(30, 120, 12, 100);
    expect(b.z).toBeCloseTo(-a.z, 12);
    expect(b.p).toBeCloseTo(a.p, 12);
  });
});
