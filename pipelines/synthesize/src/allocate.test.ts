import { describe, expect, test } from 'vitest';
import { dealByRank, dealMulti, dealShuffled, dealSingle, drawWeighted } from './allocate.js';
import { createRng } from './rng.js';

const tally = (xs: readonly (string | null)[]) => {
  const m = new Map<string | null, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

describe('exact allocation', () => {
  test('dealShuffled deals each code exactly its count', () => {
    const out = dealShuffled([['a', 3], ['b', 5], [null, 2]], createRng('1'));
    expect(out).toHaveLength(10);
    expect(tally(out).get('a')).toBe(3);
    expect(tally(out).get('b')).toBe(5);
    expect(tally(out).get(null)).toBe(2);
  });

  test('dealByRank gives the first category to the lowest keys', () => {
    expect(dealByRank([5, 1, 3, 2, 4], [['low', 2], ['mid', 2], ['high', 1]])).toEqual(['high', 'low', 'mid', 'low', 'mid']);
    expect(() => dealByRank([1, 2], [['x', 3]])).toThrow(/add up to 3, not 2/);
  });

  test('drawWeighted draws distinct candidates and favours weight', () => {
    const rng = createRng('w');
    let heavy = 0;
    for (let r = 0; r < 300; r++) {
      const d = drawWeighted([0, 1, 2, 3], 2, (i) => (i === 0 ? 10 : 1), rng);
      expect(new Set(d).size).toBe(2);
      if (d.includes(0)) heavy++;
    }
    expect(heavy).toBeGreaterThan(270);
    expect(drawWeighted([0, 1, 2], 2, (i) => (i === 2 ? 0 : 1), rng).sort()).toEqual([0, 1]);
    expect(() => drawWeighted([0], 2, () => 1, rng)).toThrow();
  });

  test('dealSingle keeps counts and leans the rarer codes to heavy rows', () => {
    const rows = Array.from({ length: 40 }, (_, i) => i);
    const out = dealSingle(rows, [['rare', 5], [null, 3], ['common', 32]], (c, i) => (c === 'rare' && i < 10 ? 50 : 1), createRng('s'));
    const values = rows.map((i) => out.get(i)!);
    expect(tally(values).get('rare')).toBe(5);
    expect(tally(values).get(null)).toBe(3);
    expect(rows.filter((i) => out.get(i) === 'rare').every((i) => i < 10)).toBe(true);
  });

  test('dealMulti meets every option count and gives every row at least one option', () => {
    for (const seed of ['a', 'b', 'c']) {
      const people = Array.from({ length: 30 }, (_, i) => i);
      const counts = [['x', 20], ['y', 8], ['z', 4]] as const;
      const out = dealMulti({ people, counts, weight: (c) => (c === 'x' ? 1 : 3), rng: createRng(seed) });
      for (const [code, k] of counts) expect([...out.values()].filter((s) => s.has(code)).length).toBe(k);
      for (const i of people) expect(out.get(i)!.size).toBeGreaterThan(0);
    }
    expect(() => dealMulti({ people: [0, 1, 2], counts: [['x', 2]], weight: () => 1, rng: createRng('x') })).toThrow(/cannot give 3 rows/);
  });
});
