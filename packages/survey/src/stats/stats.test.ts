import * as aq from 'arquero';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Codebook } from '../codebook/schema.js';
import { crosstab } from '../tabulate/crosstab.js';
import { tabulate } from '../tabulate/frequency.js';
import { chiSquareTest } from './chi-square.js';
import { columnLetter, columnProportionTests } from './column-proportions.js';
import { fisherExactTest, type Alternative } from './fisher.js';

// Every expected value comes from scipy (scripts/stats-reference.py).
const ref = JSON.parse(readFileSync(new URL('./reference.json', import.meta.url), 'utf8')) as {
  chiSquare: { counts: number[][]; statistic: number; df: number; p: number; expected: number[][]; lowExpected: number }[];
  fisher: { counts: number[][]; alternative: Alternative; oddsRatio: number; p: number }[];
  columnProportions: { counts: number[][]; pairs: { row: number; a: number; b: number; z: number; p: number; pAdjusted: number }[] };
  weighted: {
    g: string[];
    y: string[];
    w: number[];
    sum: number;
    effectiveN: number;
    items: { code: string; count: number; pct: number; ci: [number, number] }[];
    cells: number[][];
    chiSquare: { statistic: number; df: number; p: number };
  };
};

const close = (actual: number, expected: number, digits = 10) => expect(actual).toBeCloseTo(expected, digits);
const relClose = (actual: number, expected: number) => expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300)).toBeLessThan(1e-9);

const codebook = Codebook.parse({
  id: 'sample',
  label: '標本',
  columns: [
    { id: 'id', label: 'ID', type: 'id' },
    { id: 'g', label: '群', type: 'single', options: ['a', 'b', 'c'].map((code) => ({ code, label: `群${code}` })) },
    { id: 'y', label: '回答', type: 'single', options: ['yes', 'no', 'maybe'].map((code) => ({ code, label: code })) },
    { id: 'tags', label: 'タグ', type: 'multi', options: [{ code: 'x', label: 'X' }] },
    { id: 'w', label: 'ウェイト', type: 'number' },
  ],
});

/** A table whose crosstab of g (rows) by y (columns) is `counts`. */
function tableOf(counts: number[][], rowCodes: string[], colCodes: string[]) {
  const rows: { g: string; y: string }[] = [];
  counts.forEach((row, r) => row.forEach((k, c) => rows.push(...Array.from({ length: k }, () => ({ g: rowCodes[r]!, y: colCodes[c]! })))));
  return aq.from(rows);
}

describe('chiSquareTest against scipy.stats.chi2_contingency(correction=False)', () => {
  test.each(ref.chiSquare.map((c, i) => [i, c] as const))('table %i', (_, c) => {
    const t = chiSquareTest(c.counts);
    close(t.statistic, c.statistic);
    expect(t.df).toBe(c.df);
    relClose(t.p, c.p);
    t.expected.forEach((row, r) => row.forEach((e, k) => close(e, c.expected[r]![k]!)));
    close(t.lowExpected, c.lowExpected);
    expect(t.warning !== null).toBe(c.lowExpected > 0.2);
  });

  test('from a crosstab: codes nobody chose are left out, the warning names the share of low expected counts', () => {
    const c = ref.chiSquare[2]!; // 3×4 with many expected counts below 5
    const t = tableOf(c.counts.map((row) => row.slice(0, 3)), ['a', 'b', 'c'], ['yes', 'no', 'maybe']);
    const x = crosstab(t, 'g', 'y', { codebook });
    const res = chiSquareTest(x);
    const direct = chiSquareTest(c.counts.map((row) => row.slice(0, 3)));
    expect(res.statistic).toBe(direct.statistic);
    expect(res.warning).toMatch(/expected counts \(\d+ %\) are below 5/);
    const sparse = tableOf([[5, 0, 6], [7, 0, 9]], ['a', 'c'], ['yes', 'no', 'maybe']);
    const s = chiSquareTest(crosstab(sparse, 'g', 'y', { codebook }));
    expect(s.rowCodes).toEqual(['a', 'c']);
    expect(s.colCodes).toEqual(['yes', 'maybe']);
    expect(s.df).toBe(1);
  });

  test('refuses a multiple-response dimension and a table with one row', () => {
    const m = aq.table({ g: ['a', 'b'], tags: [['x'], ['x']] });
    expect(() => chiSquareTest(crosstab(m, 'g', 'tags', { codebook }))).toThrow(/tags is a multiple-response question/);
    expect(() => chiSquareTest([[1, 2]])).toThrow(/expected at least 2 of each/);
    expect(() => chiSquareTest([[1, 2], [3]])).toThrow(/row 2 of the counts has 1 cells; expected 2/);
  });
});

describe('fisherExactTest against scipy.stats.fisher_exact', () => {
  test.each(ref.fisher.map((c) => [JSON.stringify(c.counts), c.alternative, c] as const))('%s %s', (_, __, c) => {
    const t = fisherExactTest(c.counts, { alternative: c.alternative });
    relClose(t.p, c.p);
    if (Number.isFinite(c.oddsRatio)) close(t.oddsRatio, c.oddsRatio);
    else expect(t.oddsRatio).toBe(c.oddsRatio);
  });

  test('takes a 2×2 crosstab, refuses larger tables and weights', () => {
    const x = crosstab(tableOf([[8, 2], [1, 5]], ['a', 'b'], ['yes', 'no']), 'g', 'y', { codebook });
    relClose(fisherExactTest(x).p, ref.fisher.find((f) => f.counts[0]![0] === 8 && f.alternative === 'two-sided')!.p);
    expect(() => fisherExactTest([[1, 2, 3], [4, 5, 6]])).toThrow(/2×3 non-empty rows×columns; expected 2×2/);
  });
});

describe('columnProportionTests against the pooled z test computed with scipy.stats.norm', () => {
  const { counts, pairs } = ref.columnProportions;
  const x = crosstab(tableOf(counts, ['a', 'b', 'c'], ['yes', 'no', 'maybe']), 'g', 'y', { codebook, percent: 'column' });
  const res = columnProportionTests(x);

  test('z, p and Bonferroni-adjusted p of every pair', () => {
    expect(res.comparisons).toHaveLength(pairs.length);
    for (const [i, pair] of pairs.entries()) {
      const got = res.comparisons[i]!;
      expect([got.row, got.a, got.b]).toEqual([['a', 'b', 'c'][pair.row], ['yes', 'no', 'maybe'][pair.a], ['yes', 'no', 'maybe'][pair.b]]);
      close(got.z, pair.z);
      relClose(got.p, pair.p);
      relClose(got.pAdjusted, pair.pAdjusted);
    }
  });

  test('letters mark the larger proportion with the smaller column’s letter, as SPSS does', () => {
    expect(res.letters).toEqual(['A', 'B', 'C']);
    const expected = x.rowCodes.map(() => x.colCodes.map(() => ''));
    for (const pair of pairs) {
      if (pair.pAdjusted >= 0.05) continue;
      const [hi, lo] = pair.z > 0 ? [pair.a, pair.b] : [pair.b, pair.a];
      expected[pair.row]![hi!] += 'ABC'[lo!]!;
    }
    expect(res.marks).toEqual(expected.map((row) => row.map((s) => [...s].sort().join(''))));
    expect(res.marks.flat().join('')).not.toBe(''); // the reference has significant pairs
    // Without the correction more pairs pass.
    const raw = columnProportionTests(x, { adjust: 'none' });
    expect(raw.comparisons.filter((c) => c.significant).length).toBeGreaterThanOrEqual(res.comparisons.filter((c) => c.significant).length);
    expect(columnLetter(26)).toBe('AA');
  });
});

describe('weights: weighted counts and shares, Kish effective n (numpy and scipy)', () => {
  const w = ref.weighted;
  const t = aq.table({ g: w.g, y: w.y, w: w.w });

  test('tabulate: weighted counts, shares and Wilson intervals at the effective n', () => {
    const f = tabulate(t, 'y', { codebook, weight: 'w' });
    close(f.n, w.sum);
    close(f.weight!.effectiveN, w.effectiveN);
    for (const item of w.items) {
      const got = f.items.find((i) => i.code === item.code)!;
      close(got.count, item.count);
      close(got.pct, item.pct);
      close(got.ci![0], item.ci[0]);
      close(got.ci![1], item.ci[1]);
    }
    // An unweighted table of the same rows has wider n and narrower intervals than its effective n allows.
    expect(tabulate(t, 'y', { codebook }).n).toBe(w.g.length);
    expect(w.effectiveN).toBeLessThan(w.g.length);
  });

  test('crosstab cells are sums of weights; chiSquareTest runs at the effective n', () => {
    const x = crosstab(t, 'g', 'y', { codebook, weight: 'w' });
    x.counts.forEach((row, r) => row.forEach((v, c) => close(v, w.cells[r]![c]!)));
    close(x.weight!.effectiveN, w.effectiveN);
    const res = chiSquareTest(x);
    close(res.statistic, w.chiSquare.statistic);
    relClose(res.p, w.chiSquare.p);
    expect(res.df).toBe(w.chiSquare.df);
    expect(() => fisherExactTest(crosstab(t.filter((d: { g: string; y: string }) => d.g !== 'c' && d.y !== 'maybe'), 'g', 'y', { codebook, weight: 'w' }))).toThrow(/weighted/);
  });

  test('a missing or negative weight is an error naming the row', () => {
    const bad = aq.table({ y: ['yes', 'no'], w: [1, null] });
    expect(() => tabulate(bad, 'y', { codebook, weight: 'w' })).toThrow(/weight column "w" row 2 holds null; expected a finite number ≥ 0/);
    expect(() => tabulate(aq.table({ y: ['yes'], g: ['a'] }), 'y', { codebook, weight: 'g' })).toThrow(/"g" is a single column; expected a number or integer column/);
  });
});
