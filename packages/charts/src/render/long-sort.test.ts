import { describe, expect, test } from 'vitest';
import { barChart } from '../specs/bar-chart.js';
import { explicitOrder, renderSvg } from './render-svg.js';

describe('charts with many categories', () => {
  test('a custom order of 1,000 categories becomes the scale domain; short ones stay a sort', () => {
    const spec = { encoding: { y: { field: 'code', sort: Array.from({ length: 1000 }, (_, i) => `c${i}`) }, x: { field: 'v', sort: ['a', 'b'] } } };
    const out = explicitOrder(spec);
    expect(out.encoding.y).toEqual({ field: 'code', sort: null, scale: { domain: spec.encoding.y.sort } });
    expect(out.encoding.x).toEqual(spec.encoding.x);
  });

  test('1,000 bars render without overflowing the expression parser, in the given order', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ code: `c${i}`, label: `選択肢${i}`, count: i % 7, pct: (i % 7) / 10 }));
    const svg = await renderSvg(barChart(items, { title: '多数の選択肢', base: 100, order: 'given' }));
    const labels = [...svg.matchAll(/>(選択肢\d+)</g)].map((m) => m[1]);
    expect(labels.slice(0, 3)).toEqual(['選択肢0', '選択肢1', '選択肢2']);
    expect(labels).toHaveLength(1000);
  }, 120_000);
});
