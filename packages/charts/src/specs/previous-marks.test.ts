import { describe, expect, test } from 'vitest';
import { layersOf, rowsOf } from '../../test/spec-parts.js';
import { renderSvg } from '../render/render-svg.js';
import type { BarItem } from '../schema/inputs.js';
import { barChart } from './bar-chart.js';
import { funnelChart } from './funnel-chart.js';
import { groupedBarChart } from './grouped-bar-chart.js';
import { PREVIOUS_MARK, previousBoundaries, previousDescription, previousNote, previousRowsDescription } from './previous-marks.js';
import { stackedShareChart } from './stacked-share-chart.js';

const items: BarItem[] = [
  { code: 'a', label: '規程の整備', count: 40, pct: 40 },
  { code: 'b', label: '従業員教育', count: 30, pct: 30, previous: 50 },
  { code: 'c', label: 'クラウド', count: 20, pct: 20, previous: 10 },
];
const withPrevious = items.map((i) => (i.code === 'a' ? { ...i, previous: 25 } : i));

/** Every rectangle Vega draws as a `<path d="M x,y h w v h h -w Z">`, with its fill. */
function rects(svg: string): { x: number; y: number; w: number; h: number; fill: string }[] {
  return [...svg.matchAll(/d="M([\d.-]+),([\d.-]+)h([\d.]+)v([\d.]+)h-[\d.]+Z" fill="([^"]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]), fill: m[5]!.toLowerCase() }));
}

/** The `<path>`s of the dark ticks in a rendered SVG: their x (centre) and their band's y. */
function ticks(svg: string): { x: number; y: number; height: number }[] {
  const fill = PREVIOUS_MARK.color.toLowerCase();
  return rects(svg)
    .filter((r) => r.fill === fill)
    .map((r) => ({ x: r.x + r.w / 2, y: r.y, height: r.h }));
}

/** The bars' left edge and the px per unit of value, from the rendered bars of a bar chart (their widths are the values). */
function barScale(svg: string, spec: ReturnType<typeof barChart>): { x0: number; perUnit: number } {
  const rect = rects(svg).filter((r) => r.fill === '#0072b2');
  const values = rowsOf(spec).map((r) => r['value'] as number);
  return { x0: rect[0]!.x, perUnit: rect[0]!.w / values[0]! };
}

describe('bar chart: a tick at each previous value', () => {
  test('without previous values the spec is the one built before (no tick layer, no extra fields)', () => {
    const plain = items.map(({ previous: _p, ...rest }) => rest);
    const spec = barChart(plain, { title: 't' });
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text']);
    expect(Object.keys(rowsOf(spec)[0]!).sort()).toEqual(['code', 'count', 'label', 'pct', 'value', 'valueLabel']);
    expect(JSON.stringify(layersOf(spec)[1]!.encoding!['x'])).not.toContain('textAt');
  });

  test('the ticks sit at the previous values, on the scale of the bars; an option without one gets none', async () => {
    const spec = barChart(items, { title: '指導テーマ', width: 380 });
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text', 'tick', 'tick']);
    expect(rowsOf(spec).map((r) => [r['code'], r['previous']])).toEqual([
      ['a', undefined],
      ['b', 50],
      ['c', 10],
    ]);
    // The scale reaches the largest previous value (50) past this year's largest bar (40).
    expect((layersOf(spec)[0]!.encoding!['x']!['scale'] as { domain: number[] }).domain).toEqual([0, 50]);
    const svg = await renderSvg(spec);
    const { x0, perUnit } = barScale(svg, spec);
    const found = ticks(svg).sort((p, q) => p.y - q.y);
    expect(found).toHaveLength(2); // b and c: a had no previous value
    expect(found[0]!.x).toBeCloseTo(x0 + 50 * perUnit, 0);
    expect(found[1]!.x).toBeCloseTo(x0 + 10 * perUnit, 0);
    // Value texts start past the tick when the tick is past the bar's end.
    expect(rowsOf(spec).map((r) => r['textAt'])).toEqual([40, 50, 20]);
  });

  test('rendered twice, the same bytes', async () => {
    const spec = barChart(withPrevious, { title: 't' });
    expect(await renderSvg(spec)).toBe(await renderSvg(spec));
  });
});

describe('100% stacked bar: a tick at each previous cumulative share', () => {
  const segments: BarItem[] = [
    { code: 'x', label: '1年未満', count: 20, pct: 20, previous: 30 },
    { code: 'y', label: '1〜3年', count: 50, pct: 50 },
    { code: 'z', label: '3年以上', count: 25, pct: 25, previous: 60 },
    { code: '_missing', label: '無回答', count: 5, pct: 5 },
  ];

  test('boundaries: the running sum of last year\'s shares, none for a segment it lacked or for the last segment', () => {
    expect(previousBoundaries(segments)).toEqual([30, undefined, 90, undefined]);
    expect(previousBoundaries([{ code: 'p', label: 'p', previous: 40 }, { code: 'q', label: 'q', previous: 60 }])).toEqual([40, undefined]);
  });

  test('the ticks sit at those shares of the plot width', async () => {
    const spec = stackedShareChart([{ code: 'r', label: '', segments }], { title: '経験年数', width: 380 });
    expect(rowsOf(spec).map((r) => r['prevEnd'])).toEqual([30, undefined, 90, undefined]);
    const svg = await renderSvg(spec);
    const width = Number((spec as unknown as { width: number }).width);
    const found = ticks(svg).map((t) => t.x).sort((a, b) => a - b);
    expect(found).toHaveLength(2);
    const x0 = found[0]! - 0.3 * width;
    expect(found[1]! - x0).toBeCloseTo(0.9 * width, 0);
    expect(x0).toBeGreaterThanOrEqual(0);
  });

  test('without previous values: no tick layer and no prevEnd', () => {
    const plain = segments.map(({ previous: _p, ...rest }) => rest);
    const spec = stackedShareChart([{ code: 'r', label: '', segments: plain }], { title: 't' });
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text']);
    expect(rowsOf(spec).some((r) => 'prevEnd' in r)).toBe(false);
  });
});

test('note and text alternative name the previous year and its values; a new option is said to be new', () => {
  expect(previousNote('前年度（令和6年度）', 'bar')).toBe('黒い縦線は前年度（令和6年度）の値。前年度になかった選択肢には線がありません。');
  expect(previousDescription(items, '前年度（令和6年度）')).toBe('前年度（令和6年度）（黒い縦線）: 従業員教育 50.0%、クラウド 10.0%。前年度になかった選択肢: 規程の整備。');
});

describe('S1–S6 100% stacked bars: a tick per row at each previous cumulative share', () => {
  const row = (code: string, now: [number, number, number], then?: [number, number, number]) => ({
    code,
    label: `${code} 支援領域`,
    segments: ['solo', 'supported', 'not_yet'].map((c, k) => ({ code: c, label: c, count: now[k]!, pct: now[k]!, ...(then ? { previous: then[k]! } : {}) })),
  });
  const rows = [row('S1', [20, 60, 20], [10, 70, 20]), row('S2', [30, 50, 20], [40, 40, 20]), row('S3', [25, 25, 50])];

  test('each row its own boundaries; a row last year lacked has none', () => {
    const spec = stackedShareChart(rows, { title: 'S1〜S6', width: 380 });
    expect(rowsOf(spec).map((r) => [r['row'], r['seg'], r['prevEnd']])).toEqual([
      ['S1', 'solo', 10],
      ['S1', 'supported', 80],
      ['S1', 'not_yet', undefined],
      ['S2', 'solo', 40],
      ['S2', 'supported', 80],
      ['S2', 'not_yet', undefined],
      ['S3', 'solo', undefined],
      ['S3', 'supported', undefined],
      ['S3', 'not_yet', undefined],
    ]);
  });

  test('rendered: two ticks on each of the first two bars, at 10/80 and 40/80 % of the plot, none on the third', async () => {
    const spec = stackedShareChart(rows, { title: 'S1〜S6', width: 380 });
    const svg = await renderSvg(spec);
    const width = Number((spec as unknown as { width: number }).width);
    // The bars' left edge: the leftmost segment (the legend's swatches, drawn about their centre, start left of 0).
    const x0 = Math.min(...rects(svg).filter((r) => r.fill === '#0072b2' && r.x >= 0).map((r) => r.x));
    const found = ticks(svg);
    expect(found).toHaveLength(4);
    const bands = [...new Set(found.map((t) => Math.round(t.y)))].sort((a, b) => a - b);
    expect(bands).toHaveLength(2);
    const at = (band: number) => found.filter((t) => Math.round(t.y) === band).map((t) => (t.x - x0) / width).sort((a, b) => a - b);
    expect(at(bands[0]!)[0]).toBeCloseTo(0.1, 2);
    expect(at(bands[0]!)[1]).toBeCloseTo(0.8, 2);
    expect(at(bands[1]!)[0]).toBeCloseTo(0.4, 2);
    expect(at(bands[1]!)[1]).toBeCloseTo(0.8, 2);
  });

  test('the text alternative names each row\'s previous shares, and a row last year lacked', () => {
    expect(previousRowsDescription(rows, '前年度（令和6年度）')).toBe(
      '前年度（令和6年度）（黒い縦線）: S1 支援領域: solo 10.0%、supported 70.0%、not_yet 20.0%。S2 支援領域: solo 40.0%、supported 40.0%、not_yet 20.0%。S3 支援領域: 前年度なし。',
    );
  });
});

describe('grouped bars: a tick across each bar at its previous value', () => {
  const rows = [
    { code: 'S1', label: 'S1', segments: [{ code: 'a', label: '◎', count: 40, pct: 20, previous: 30 }, { code: 'b', label: '○', count: 10, pct: 5, previous: 60 }] },
    { code: 'S2', label: 'S2', segments: [{ code: 'a', label: '◎', count: 50, pct: 25 }, { code: 'b', label: '○', count: 20, pct: 10, previous: 20 }] },
  ];

  test('ticks at the previous counts on the bars\' scale, none for a bar without one; the scale holds the largest previous value', async () => {
    const spec = groupedBarChart(rows, { title: '◎・○', width: 380 });
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text', 'tick', 'tick']);
    expect((layersOf(spec)[0]!.encoding!['x']!['scale'] as { domain: number[] }).domain).toEqual([0, 60]);
    const svg = await renderSvg(spec);
    const bars = rects(svg).filter((r) => (r.fill === '#0072b2' || r.fill === '#e69f00') && r.x >= 0);
    const x0 = Math.min(...bars.map((b) => b.x));
    const perUnit = Math.max(...bars.filter((b) => b.fill === '#0072b2').map((b) => b.w)) / 50;
    const found = ticks(svg).sort((p, q) => p.y - q.y);
    expect(found.map((t) => Math.round((t.x - x0) / perUnit))).toEqual([30, 60, 20]);
  });

  test('without previous values: the spec built before', () => {
    const plain = rows.map((r) => ({ ...r, segments: r.segments.map(({ previous: _p, ...rest }) => rest) }));
    const spec = groupedBarChart(plain, { title: 't' });
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text']);
    expect(rowsOf(spec).some((r) => 'previous' in r || 'textAt' in r)).toBe(false);
  });
});

describe('funnel: ticks at both ends of the width each previous count would have', () => {
  const steps = [
    { code: 'a', label: '参加', count: 100, previous: 80 },
    { code: 'b', label: '相談', count: 50, previous: 120 },
    { code: 'c', label: '指導', count: 30 },
  ];

  test('two ticks per stage that had a count, symmetric about the centre, on the bars\' scale', async () => {
    const spec = funnelChart(steps, { title: 'ファネル', width: 380 });
    expect(rowsOf(spec).map((r) => [r['prevX0'], r['prevX1']])).toEqual([
      [20, 100],
      [0, 120],
      [undefined, undefined],
    ]);
    const svg = await renderSvg(spec);
    const width = Number((spec as unknown as { width: number }).width);
    const found = ticks(svg);
    expect(found).toHaveLength(4);
    const xs = found.map((t) => t.x).sort((p, q) => p - q);
    // The widest (120) spans the plot; 80 sits inside it, centred on the same axis.
    expect(xs[3]! - xs[0]!).toBeCloseTo(width, 0);
    expect(xs[2]! - xs[1]!).toBeCloseTo((80 / 120) * width, 0);
    expect((xs[1]! + xs[2]!) / 2).toBeCloseTo((xs[0]! + xs[3]!) / 2, 0);
  });

  test('without previous counts: the spec built before', () => {
    const spec = funnelChart(steps.map(({ previous: _p, ...s }) => s), { title: 't' });
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text', 'text', 'text', 'text']);
    expect(rowsOf(spec).some((r) => 'prevX0' in r || 'textAt' in r)).toBe(false);
  });
});
