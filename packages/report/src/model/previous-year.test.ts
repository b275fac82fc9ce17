import { fy2024, programmeOf } from '@smesec/programme';
import { readInstruments } from '@smesec/survey';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../analysis/analyse.js';
import { previousFrequencies, previousResults, toFigures } from '../figures/figure-ids.js';
import { activeListSection } from './active-list-section.js';
import { coverageSection, expertsSkillsSection } from './experts-sections.js';
import { guidanceSection, overviewFunnel, type ProgrammeSectionInput } from './programme-sections.js';
import { figureOf } from './frequency-figure.js';
import { reportTableCsv } from './report-table-csv.js';
import { priorYear } from './year-over-year.js';

const root = new URL('../../../../', import.meta.url).pathname;
const inputs = new Map(fy2024.instruments.map((cb) => [cb.id, { bytes: readFileSync(`${root}data/fy2024/${cb.id}.csv`), file: `${cb.id}.csv` }]));
const results = analyse(readInstruments(inputs, { codebooks: fy2024 }), { programme: programmeOf(fy2024) });
const figures = toFigures(results);

test('the year before a label that counts years, and none for one that does not', () => {
  expect(priorYear('令和7年度')).toBe('令和6年度');
  expect(priorYear('平成30年度')).toBe('平成29年度');
  expect(priorYear('2025年度')).toBe('2024年度');
  expect(priorYear('FY2025')).toBe('FY2024');
  expect(priorYear('令和1年度')).toBeUndefined();
  expect(priorYear('第3期')).toBeUndefined();
});

describe('chart items carry last year\'s share', () => {
  // Last year: every share halved, one option missing, blanks doubled.
  const then = Object.fromEntries(
    Object.entries(figures)
      .filter(([id]) => !id.startsWith('attendees.motivation.customer_request.'))
      .map(([id, v]) => [id, id.endsWith('.pct') ? v / 2 : id === 'attendees.motivation.missing' ? 2 * v : v]),
  );
  const attendees = results.instruments.get('attendees')!;
  const last = previousFrequencies(then, results.instruments, { year: '令和5年度' });

  test('each option its previous share, none for one last year lacked, and the blanks as a share of last year\'s base', () => {
    const fig = figureOf(attendees, '出典', last)('motivation');
    const items = fig.chart.kind === 'bar' ? fig.chart.items : [];
    expect(items.length).toBeGreaterThan(3);
    for (const i of items) {
      if (i.code === 'customer_request') expect(i.previous).toBeUndefined();
      else if (i.code === '_missing') expect(i.previous).toBeCloseTo((100 * 2 * figures['attendees.motivation.missing']!) / figures['attendees.motivation.base']!, 9);
      else expect([i.code, i.previous]).toEqual([i.code, figures[`attendees.motivation.${i.code}.pct`]! / 2]);
    }
    expect(fig.previousLabel).toBe('前年度（令和5年度）');
  });

  test('without a previous year, no item has one and the figure has no label', () => {
    const fig = figureOf(attendees, '出典')('motivation');
    expect(fig.previousLabel).toBeUndefined();
    expect(JSON.stringify(fig)).not.toContain('previous');
  });
});

describe('the skill figures carry last year\'s values, by domain, class and rating', () => {
  // Last year: every ability share 5 points lower, every rating 3 more, and no S6 at all.
  const then = Object.fromEntries(
    Object.entries(figures)
      .filter(([id]) => !/^experts\.(ability|rating)\.S6\./.test(id))
      .map(([id, v]) => [id, /^experts\.ability\.[^.]+\.[^.]+\.pct$/.test(id) ? v - 5 : id.startsWith('experts.rating.') ? v + 3 : v]),
  );
  const prior = previousResults(then, results, { year: '令和5年度' });
  const section = expertsSkillsSection({ instrument: results.instruments.get('experts')!, results: results.experts!, source: '出典', prior });
  const [ability, rating] = section.figures;
  const classes = results.experts!.domains[0]!.ability.map((a) => a.class);

  test('the ability table: 前年度（%） and 増減（ポイント） per class; 前年度なし for the domain last year lacked', () => {
    expect(ability!.table.columns.map((c) => c.header)).toContain(`${classes[0]!.label} 前年度（%）`);
    expect(ability!.table.columns.map((c) => c.header)).toContain(`${classes[0]!.label} 増減（ポイント）`);
    expect(ability!.caption).toContain(`前年度 n=${figures['experts.n']}`);
    const rows = ability!.table.rows;
    expect(rows).toHaveLength(6);
    for (const [k, row] of rows.entries()) {
      const domain = results.experts!.domains[k]!.domain.id;
      for (const c of classes) {
        const pct = figures[`experts.ability.${domain}.${c.code}.pct`]!;
        if (domain === 'S6') expect([row[`${c.code}_pct_prev`], row[`${c.code}_pct_change`]]).toEqual(['前年度なし', null]);
        else expect([domain, row[`${c.code}_pct_prev`], row[`${c.code}_pct_change`]]).toEqual([domain, Math.round((pct - 5) * 10) / 10, 5]);
      }
    }
    const csv = reportTableCsv(ability!.table);
    expect(csv.split('\r\n').find((l) => l.startsWith('S6 '))).toMatch(/,前年度なし,,/);
  });

  test('the ability chart: each segment last year\'s share, none on S6; the figure names the year', () => {
    expect(ability!.previousLabel).toBe('前年度（令和5年度）');
    const rows = ability!.chart.kind === 'stacked' ? ability!.chart.rows : [];
    for (const r of rows) {
      for (const s of r.segments) {
        if (r.code === 'S6') expect(s.previous).toBeUndefined();
        else expect(s.previous).toBeCloseTo(figures[`experts.ability.${r.code}.${s.code}.pct`]! - 5, 9);
      }
    }
  });

  test('the rating table and chart: last year\'s counts and the change in persons; 前年度なし for S6', () => {
    expect(rating!.table.columns.map((c) => c.header).slice(1, 4)).toEqual(['◎（人）', '◎ 前年度（人）', '◎ 増減（人）']);
    const s1 = rating!.table.rows[0]!;
    const code = results.experts!.domains[0]!.ratings[0]!.rating.code;
    expect([s1[`${code}_prev`], s1[`${code}_change`]]).toEqual([figures[`experts.rating.S1.${code}.count`]! + 3, -3]);
    expect(rating!.table.rows[5]![`${code}_prev`]).toBe('前年度なし');
    const groups = rating!.chart.kind === 'grouped' ? rating!.chart.groups : [];
    expect(groups[0]!.items[0]!.previousCount).toBe(figures[`experts.rating.S1.${groups[0]!.items[0]!.code}.count`]! + 3);
    expect(groups[5]!.items.every((i) => i.previousCount === undefined)).toBe(true);
  });

  test('without a previous year, the skill figures are as before: no previous column, value or label', () => {
    const plain = expertsSkillsSection({ instrument: results.instruments.get('experts')!, results: results.experts!, source: '出典' });
    expect(JSON.stringify(plain)).not.toMatch(/previous|前年度|_prev|_change/);
  });
});

describe('crosstabs, coverage and the funnel carry last year\'s values, matched by code', () => {
  // Last year: one more company in every region × theme cell, no 埼玉 row at all, funnel stages
  // doubled but no best-practices count, one more specialist in every prefecture.
  const then = Object.fromEntries(
    Object.entries(figures)
      .filter(([id]) => !id.startsWith('guidance.theme_by_region.saitama.') && id !== 'funnel.best_practices')
      .map(([id, v]) => [id, id.startsWith('guidance.theme_by_region.') || /^experts\.chamber_coverage\.\d\d\.count$/.test(id) ? v + 1 : id.startsWith('funnel.') ? 2 * v : v]),
  );
  const prior = previousResults(then, results, { year: '令和5年度' });
  const input: ProgrammeSectionInput = {
    attendees: results.instruments.get('attendees')!,
    consultations: results.instruments.get('consultations')!,
    guidance: results.instruments.get('guidance')!,
    flow: results.flow!,
    source: () => '出典',
    prior,
  };

  test('a crosstab: each row followed by its 前年度 and 増減 rows; 前年度なし across the row last year lacked', () => {
    const fig = guidanceSection(input).figures.find((f) => f.id === 'guidance-theme-by-region')!;
    const x = results.flow!.themeByRegion;
    expect(fig.caption).toContain(`前年度 n=${x.n + 1}`);
    const rows = fig.table.rows;
    expect(rows).toHaveLength(3 * (x.rowCodes.length + 1));
    expect(rows.map((r) => r['row'])).toContain('合計（前年度）');
    x.rowCodes.forEach((code, i) => {
      const [now, last, change] = rows.slice(3 * i, 3 * i + 3);
      expect(last!['row']).toBe(`${now!['row'] as string}（前年度）`);
      expect(change!['row']).toBe(`${now!['row'] as string}（増減）`);
      x.colCodes.forEach((c, j) => {
        if (code === 'saitama') expect([c, last![c], change![c]]).toEqual([c, '前年度なし', null]);
        else expect([c, last![c], change![c]]).toEqual([c, x.counts[i]![j]! + 1, -1]);
      });
    });
    expect(x.rowCodes).toContain('saitama');
  });

  test('the funnel: 前年度（社） and 増減（社） per stage, a tick value per stage, 前年度なし for the stage last year lacked', () => {
    const fig = overviewFunnel(input);
    const f = results.flow!.funnel;
    expect(fig.table.columns.map((c) => c.header).slice(-2)).toEqual(['前年度（社）', '増減（社）']);
    expect(fig.table.rows.map((r) => [r['count_prev'], r['count_change']])).toEqual([
      [2 * f.attended, -f.attended],
      [2 * f.consulted, -f.consulted],
      [2 * f.matched, -f.matched],
      [2 * f.guided, -f.guided],
      ['前年度なし', null],
    ]);
    const steps = fig.chart.kind === 'funnel' ? fig.chart.steps : [];
    expect(steps.map((s) => s.previousCount)).toEqual([2 * f.attended, 2 * f.consulted, 2 * f.matched, 2 * f.guided, undefined]);
    expect(fig.previousLabel).toBe('前年度（令和5年度）');
  });

  test('the coverage tables: last year\'s count per prefecture and the change', () => {
    const fig = coverageSection({ instrument: results.instruments.get('experts')!, results: results.experts!, source: '出典', prior }).figures[0]!;
    const tokyo = fig.table.rows.find((r) => r['code'] === '13')!;
    expect([tokyo['count_prev'], tokyo['count_change']]).toEqual([(results.experts!.chamber.counts['13'] ?? 0) + 1, -1]);
  });

  test('the active list\'s make-up and best practices by region: last year\'s counts, and its shares as ticks', () => {
    const later = { ...then, 'experts.active_list.count': then['experts.active_list.count']! - 4, 'guidance.best_practice_by_region.osaka.count': 1 };
    const last = previousResults(later, results, {});
    const list = activeListSection({ results: results.experts!, source: '出典', prior: last }).figures[0]!;
    const listed = list.table.rows.find((r) => r['status'] === '掲載')!;
    expect([listed['count_prev'], listed['count_change']]).toEqual([results.experts!.activeList.listed - 4, 4]);
    const bars = list.chart.kind === 'bar' ? list.chart.items : [];
    expect(bars[0]!.previous).toBeCloseTo((100 * (results.experts!.activeList.listed - 4)) / results.experts!.n, 9);
    expect(list.previousLabel).toBe('前年度');
    const best = guidanceSection({ ...input, prior: last }).figures.find((f) => f.id === 'guidance-best-practice-by-region')!;
    const osaka = results.flow!.bestPracticeByRegion.findIndex((r) => r.code === 'osaka');
    expect(best.table.rows[osaka]).toMatchObject({ count_prev: 1, count_change: results.flow!.bestPracticeByRegion[osaka]!.count - 1 });
    // Last year's best practices total is missing (see above): counts are compared, but no share, so no tick.
    expect(best.previousLabel).toBeUndefined();
  });

  test('without a previous year, the crosstab, the funnel and the coverage are as before', () => {
    const { prior: _p, ...plain } = input;
    const figs = [guidanceSection(plain).figures[0], overviewFunnel(plain), coverageSection({ instrument: results.instruments.get('experts')!, results: results.experts!, source: '出典' }).figures[0]];
    expect(JSON.stringify(figs)).not.toMatch(/previous|前年度|_prev|_change/);
  });
});
