import { describe, expect, test } from 'vitest';
import { abilityRows } from '../../test/data.js';
import { encodingOf, layersOf, rowsOf } from '../../test/spec-parts.js';
import { groupedBarChart } from './grouped-bar-chart.js';

describe('groupedBarChart', () => {
  const spec = groupedBarChart(abilityRows, { title: '分野別の人数', base: 221 });

  test('one bar per series inside each row band, with values at the end', () => {
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text']);
    expect(encodingOf(spec).yOffset).toMatchObject({ field: 'series', sort: ['solo', 'supported', 'not_yet'] });
    expect(encodingOf(spec).y!.sort).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
  });

  test('counts by default, percentages on request', () => {
    expect(rowsOf(spec).find((r) => r.row === 'S5' && r.series === 'not_yet')).toMatchObject({ value: 89, text: '89' });
    const pct = groupedBarChart(abilityRows, { title: 't', measure: 'pct' });
    expect(rowsOf(pct).find((r) => r.row === 'S5' && r.series === 'not_yet')).toMatchObject({ text: '40.3%' });
  });

  test('series colours follow the given palette', () => {
    const g = groupedBarChart(abilityRows, { title: 't', colors: ['#111111', '#222222', '#333333'] });
    expect(layersOf(g)[0]!.encoding!.color!.scale).toEqual({ domain: ['solo', 'supported', 'not_yet'], range: ['#111111', '#222222', '#333333'] });
  });
});
