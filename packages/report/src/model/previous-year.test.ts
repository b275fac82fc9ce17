import { fy2024, programmeOf } from '@smesec/programme';
import { readInstruments } from '@smesec/survey';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../analysis/analyse.js';
import { previousFrequencies, toFigures } from '../figures/figure-ids.js';
import { figureOf } from './frequency-figure.js';
import { priorYear } from './year-over-year.js';

test('the year before a label that counts years, and none for one that does not', () => {
  expect(priorYear('令和7年度')).toBe('令和6年度');
  expect(priorYear('平成30年度')).toBe('平成29年度');
  expect(priorYear('2025年度')).toBe('2024年度');
  expect(priorYear('FY2025')).toBe('FY2024');
  expect(priorYear('令和1年度')).toBeUndefined();
  expect(priorYear('第3期')).toBeUndefined();
});

describe('chart items carry last year\'s share', () => {
  const root = new URL('../../../../', import.meta.url).pathname;
  const inputs = new Map(fy2024.instruments.map((cb) => [cb.id, { bytes: readFileSync(`${root}data/fy2024/${cb.id}.csv`), file: `${cb.id}.csv` }]));
  const results = analyse(readInstruments(inputs, { codebooks: fy2024 }), { programme: programmeOf(fy2024) });
  const figures = toFigures(results);
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
