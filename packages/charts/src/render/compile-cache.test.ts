import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import { describe, expect, test } from 'vitest';
import { abilityRows, experience, funnel, industries, themeByRegion } from '../../test/data.js';
import { barChart } from '../specs/bar-chart.js';
import { funnelChart } from '../specs/funnel-chart.js';
import { groupedBarChart } from '../specs/grouped-bar-chart.js';
import { heatmapTable } from '../specs/heatmap-table.js';
import { stackedShareChart } from '../specs/stacked-share-chart.js';
import { theme } from '../theme/theme.js';
import { compileCached, compiledShapes } from './compile-cache.js';
import { explicitOrder, renderSvg } from './render-svg.js';

const long = (s: string) => `${s}（非常に長い選択肢の名前で、折り返して二行以上になるもの）`;

/** Specs of every builder with different data, lengths, label wraps, widths and domains. */
function specs(): [string, TopLevelSpec][] {
  const some = industries.slice(0, 3);
  const wrapped = industries.map((i, k) => (k % 2 ? { ...i, label: long(i.label) } : i));
  const shares = (n: number) => abilityRows.slice(0, n).map((r, k) => ({ ...r, segments: r.segments.slice(0, 2 + (k % 2)) }));
  return [
    ['bar 7', barChart(industries, { title: '業種', base: 221, multi: true, pinLast: ['other'] })],
    ['bar 3', barChart(some, { title: '業種（3）', base: 221, width: 380 })],
    ['bar wrapped', barChart(wrapped, { title: long('業種'), base: 221, width: 380, measure: 'count', order: 'given' })],
    ['bar 4 given', barChart(experience, { title: '経験年数', base: 221, order: 'given', max: 100 })],
    ['stacked 6', stackedShareChart(abilityRows, { title: '分野別', base: 221 })],
    ['stacked 3', stackedShareChart(shares(3), { title: '分野別（3）', base: 221, width: 380, segmentLabel: 'count-pct', unit: '名' })],
    ['stacked single', stackedShareChart([{ code: 'x', label: '', segments: experience }], { title: '経験', base: 221, missing: 1 })],
    ['stacked single 3', stackedShareChart([{ code: 'x', label: '', segments: experience.slice(1) }], { title: '経験（3）', base: 220 })],
    ['grouped', groupedBarChart(abilityRows, { title: '◎○', base: 221 })],
    ['grouped 2', groupedBarChart(abilityRows.slice(0, 2), { title: '◎○（2）', base: 221, measure: 'pct', width: 380 })],
    ['funnel', funnelChart(funnel, { title: 'ファネル', unit: '社' })],
    ['funnel 3', funnelChart(funnel.slice(0, 3), { title: 'ファネル（3）', unit: '社', width: 380 })],
    ['heatmap', heatmapTable(themeByRegion, { title: '地域×テーマ' })],
    ['heatmap 2', heatmapTable({ rows: themeByRegion.rows.slice(0, 2), columns: themeByRegion.columns.slice(1), counts: themeByRegion.counts.slice(0, 2).map((r) => r.slice(1)) }, { title: '地域×テーマ（2）' })],
  ];
}

describe('compileCached', () => {
  test('gives exactly the Vega spec of a direct compile, for every builder and shape of data', () => {
    for (const [name, spec] of specs()) {
      const input = explicitOrder(spec, true);
      // As JSON, which is what a Vega spec is (Vega-Lite hands some signals over as class instances).
      expect(JSON.stringify(compileCached(input, theme)), name).toBe(JSON.stringify(compile(input, { config: theme }).spec));
    }
  });

  test('charts of one kind share a compiled spec', () => {
    const before = compiledShapes();
    const bars = [3, 4, 5, 6, 7].map((n) => barChart(industries.slice(0, n), { title: `業種${n}`, base: 221, width: 300 + 10 * n, color: '#123456' }));
    for (const b of bars) compileCached(explicitOrder(b, true), theme);
    // Different lengths, values and labels: one shape, compiled once.
    expect(compiledShapes() - before).toBe(1);
  });

  test('a short custom sort becomes the domain only when it names exactly the values drawn', () => {
    const spec = { data: { values: [{ c: 'a' }, { c: 'b' }] }, encoding: { y: { field: 'c', sort: ['b', 'a'] }, x: { field: 'c', sort: ['b', 'a', 'z'] } } };
    const out = explicitOrder(spec, true);
    expect(out.encoding.y).toEqual({ field: 'c', sort: null, scale: { domain: ['b', 'a'] } });
    // 'z' is not drawn: a sort leaves it no band, a domain would.
    expect(out.encoding.x).toEqual(spec.encoding.x);
    expect(explicitOrder(spec)).toEqual(spec);
  });

  test('the SVG is the same as from the builder\'s spec compiled as it is', async () => {
    const { View, parse } = await import('vega');
    const { finishSvg } = await import('./finish-svg.js');
    const { withCjkTextMetrics } = await import('./cjk-text-metrics.js');
    for (const [name, spec] of specs().filter(([n]) => /^(bar 7|stacked 6|heatmap|funnel|grouped)$/.test(n))) {
      const direct = await withCjkTextMetrics(async () => {
        const view = new View(parse(compile(spec, { config: theme }).spec), { renderer: 'none' });
        await view.runAsync();
        const svg = await view.toSVG();
        view.finalize();
        return svg;
      });
      expect(await renderSvg(spec, { title: name, idPrefix: 'x-' }), name).toBe(finishSvg(direct, { title: name, idPrefix: 'x-' }));
    }
  });
});
