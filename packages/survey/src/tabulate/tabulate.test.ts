import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { instrumentOf, type Codebook } from '../index.js';
import { fy2024 } from '@smesec/programme';
import { crosstab } from './crosstab.js';
import { frequencyFigures } from '../figures/figures.js';
import { tabulate } from './frequency.js';
import { wilson } from './wilson.js';
import { readFileSync } from 'node:fs';
import { fromCsv } from '../read/from-csv.js';
import { ListColumn } from '../read/columns.js';

const experts = instrumentOf(fy2024, 'experts');
const guidance = instrumentOf(fy2024, 'guidance');
const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

describe('bases, hand-checked', () => {
  test('a multiple-response question with 3 blanks out of 221 has base 218', () => {
    // 40 ITC, 115 other, 63 both sme_consultant and other; 3 blank
    const quals = [...repeat(['itc'], 40), ...repeat(['other'], 115), ...repeat(['sme_consultant', 'other'], 63), ...repeat([], 3)];
    const t = aq.table({ qualifications: quals });
    const f = tabulate(t, 'qualifications', { codebook: experts });
    expect(f).toMatchObject({ base: 'valid', n: 218, total: 221, asked: 221, missing: 3, valid: 218, responses: 281 });
    const itc = f.items.find((i) => i.code === 'itc')!;
    expect(itc.count).toBe(40);
    expect(itc.pct).toBeCloseTo((100 * 40) / 218, 10); // 18.35 %, the published 18.3
    expect(f.items.find((i) => i.code === 'other')!.count).toBe(178);
    // shares of cases add up past 100 %; shares of responses to exactly 100 %
    expect(f.items.reduce((a, i) => a + i.pct, 0)).toBeGreaterThan(100);
    const r = tabulate(t, 'qualifications', { codebook: experts, base: 'responses' });
    expect(r.n).toBe(281);
    expect(r.items.reduce((a, i) => a + i.pct, 0)).toBeCloseTo(100, 10);
    expect(r.items[0]!.ci).toBeNull();
  });

  test('single response: base = all respondents, missing counted apart (the published 36.7 % / 62.9 %)', () => {
    const t = aq.table({ affiliation: [...repeat('independent', 81), ...repeat('employed', 139), null] });
    const f = tabulate(t, 'affiliation', { codebook: experts });
    expect(f).toMatchObject({ base: 'all', n: 221, missing: 1, valid: 220 });
    expect(f.items.map((i) => [i.code, i.count, Math.round(i.pct * 10) / 10])).toEqual([
      ['independent', 81, 36.7],
      ['employed', 139, 62.9],
    ]);
    expect(tabulate(t, 'affiliation', { codebook: experts, base: 'valid' }).n).toBe(220);
  });

  test('a conditional question takes those asked as its base; "all" reproduces the published chart', () => {
    const t = aq.table({
      support_experience: [...repeat('yes', 152), ...repeat('none', 68), null],
      support_count: [...repeat('lt5', 71), ...repeat('5to10', 26), ...repeat('10to20', 24), ...repeat('20to50', 15), ...repeat('50plus', 16), ...repeat(null, 69)],
    });
    const f = tabulate(t, 'support_count', { codebook: experts });
    expect(f).toMatchObject({ base: 'asked', n: 152, asked: 152, missing: 0 });
    const all = tabulate(t, 'support_count', { codebook: experts, base: 'all' });
    expect(all.n).toBe(221);
    expect(Math.round(all.items[0]!.pct * 10) / 10).toBe(32.1); // the chart's 32.1 % is of 221
  });

  test('"responses" is refused for a single-response question', () => {
    const t = aq.table({ affiliation: ['independent'] });
    expect(() => tabulate(t, 'affiliation', { codebook: experts, base: 'responses' })).toThrow(/multiple-response/);
  });

  test('integer questions: counts per value, sum and distinct', () => {
    const t = aq.table({ status: [...repeat('done', 34), 'withdrawn'], visits: [...repeat(3, 32), 2, 2, 0], goal_achieved: [...repeat('yes', 31), ...repeat('partly', 3), null] });
    const f = tabulate(t, 'visits', { codebook: guidance });
    expect(f.items.map((i) => [i.code, i.count])).toEqual([
      ['0', 1],
      ['2', 2],
      ['3', 32],
    ]);
    expect(f.stats).toEqual({ sum: 100, mean: 100 / 35, min: 0, max: 3 });
    const figs = frequencyFigures('guidance.visits', f);
    expect(figs).toMatchObject({ 'guidance.visits.sum': 100, 'guidance.visits.3.count': 32, 'guidance.visits.distinct': 3, 'guidance.visits.base': 35 });
    const goal = tabulate(t, 'goal_achieved', { codebook: guidance });
    expect(goal).toMatchObject({ base: 'asked', n: 34, missing: 0 });
    expect(goal.items[0]!.pct).toBeCloseTo((100 * 31) / 34, 10);
  });
});

describe('wilson', () => {
  test('matches the closed form on known values', () => {
    // 40 of 218: [13.774 %, 24.019 %], the same formula evaluated by hand in Python
    const [lo, hi] = wilson(40, 218)!;
    expect(lo).toBeCloseTo(13.7739, 3);
    expect(hi).toBeCloseTo(24.0195, 3);
    // the interval is not symmetric around p near the bounds (why Wilson rather than p ± z·se)
    const [l2, h2] = wilson(1, 20)!;
    expect(5 - l2).toBeLessThan(h2 - 5);
    expect(wilson(0, 10)![0]).toBe(0);
    expect(wilson(10, 10)![1]).toBe(100);
    expect(wilson(0, 0)).toBeNull();
    expect(() => wilson(11, 10)).toThrow(RangeError);
  });
});

describe('crosstab', () => {
  const t = aq.table({
    status: ['done', 'done', 'done', 'done', 'withdrawn'],
    region: ['osaka', 'osaka', 'nagoya', 'saitama', 'osaka'],
    theme: ['rules', 'education', 'rules', 'rules', 'cloud'],
  });

  test('counts with margins; percentages by row', () => {
    const x = crosstab(t, 'region', 'theme', { codebook: guidance });
    expect(x.rowCodes).toEqual(['osaka', 'nagoya', 'saitama']);
    expect(x.colCodes).toEqual(['rules', 'assets', 'cloud', 'incident', 'education']);
    expect(x.counts).toEqual([
      [1, 0, 1, 0, 1],
      [1, 0, 0, 0, 0],
      [1, 0, 0, 0, 0],
    ]);
    expect(x.rowTotals).toEqual([3, 1, 1]);
    expect(x.colTotals).toEqual([3, 0, 1, 0, 1]);
    expect(x.n).toBe(5);
    expect(x.pct[0]![0]).toBeCloseTo(100 / 3, 10);
  });

  test('a multiple-response dimension counts cases once per option; margins count cases', () => {
    const m = aq.table({ affiliation: ['independent', 'independent', 'employed', null], industries: [['retail', 'services'], ['retail'], ['services'], ['retail']] });
    const x = crosstab(m, 'affiliation', 'industries', { codebook: experts, percent: 'row' });
    const ri = x.colCodes.indexOf('retail');
    const si = x.colCodes.indexOf('services');
    expect([x.counts[0]![ri], x.counts[0]![si], x.counts[1]![ri], x.counts[1]![si]]).toEqual([2, 1, 0, 1]);
    expect(x.rowTotals).toEqual([2, 1]);
    expect(x.colTotals[ri]).toBe(2);
    expect(x.n).toBe(3);
    expect(x.missing).toBe(1);
    expect(x.pct[0]![ri]).toBe(100);
  });

  test('counting by stored codes gives what counting row by row gives (a weight of 1 takes the row-by-row way)', () => {
    const read = fromCsv(readFileSync(new URL('../../../../data/fy2024/experts.csv', import.meta.url), 'utf8'), { codebook: experts }).table;
    const ones = read.assign({ w: Array.from({ length: read.numRows() }, () => 1) });
    const pairs = [
      ['affiliation', 'industries'],
      ['industries', 'support_regions'],
      ['support_experience', 'support_count'],
      ['residence_prefecture', 'S1a_1'],
      ['qualifications', 'guidance_themes'],
    ] as const;
    for (const t of [ones, ones.filter((d: { affiliation: string | null }) => d.affiliation === 'independent')]) {
      for (const [r, c] of pairs) {
        for (const percent of ['row', 'column', 'total'] as const) {
          // The weight is a column the codebook does not have.
          const { weight: _w, ...weighted } = crosstab(t, r, c, { codebook: experts as Codebook, percent, weight: 'w' });
          expect(crosstab(t, r, c, { codebook: experts, percent }), `${r} × ${c}`).toEqual(weighted);
        }
      }
    }
  });
});

describe('tabulate from stored codes', () => {
  const read = fromCsv(readFileSync(new URL('../../../../data/fy2024/experts.csv', import.meta.url), 'utf8'), { codebook: experts }).table;
  // A filtered table is counted row by row: the stored codes no longer line up with its rows.
  const rowByRow = read.filter(() => true);
  const tabulated = experts.columns.filter((c) => ['single', 'multi', 'scale', 'prefecture', 'multi-prefecture'].includes(c.type));

  test('gives what counting row by row gives, for every question and base (the conditional one included)', () => {
    expect(tabulated.some((c) => c.askedWhen)).toBe(true);
    for (const c of tabulated) {
      for (const base of ['all', 'asked', 'valid'] as const) {
        const includeMissing = base !== 'valid';
        const codebook: Codebook = experts;
        expect(tabulate(read, c.id, { codebook, base, includeMissing }), `${c.id} ${base}`).toEqual(tabulate(rowByRow, c.id, { codebook, base, includeMissing }));
      }
    }
  });

  test('a set of options no row holds does not send the count row by row, nor count', () => {
    const dict: (readonly string[])[] = [[], ['itc'], ['other', 'itc'], ['not_an_option']];
    const t = aq.table({ qualifications: new ListColumn(Uint32Array.from([1, 2, 0, 2, 1, 1]), dict) } as unknown as Parameters<typeof aq.table>[0]);
    const f = tabulate(t, 'qualifications', { codebook: experts });
    expect(f).toEqual(tabulate(t.filter(() => true), 'qualifications', { codebook: experts }));
    expect(f.items.find((i) => i.code === 'itc')!.count).toBe(5);
    expect(f.items.some((i) => i.code === 'not_an_option')).toBe(false);
    expect(f).toMatchObject({ n: 5, missing: 1, responses: 7 });
  });
});
