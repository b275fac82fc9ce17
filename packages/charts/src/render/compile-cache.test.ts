import { parse, View } from 'vega';
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
import { compileCached, compiledShapes, parseCached, parsedOnce } from './compile-cache.js';
import { withCjkTextMetrics } from './cjk-text-metrics.js';
import { finishSvg } from './finish-svg.js';
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
    for (const [name, spec] of specs().filter(([n]) => /^(bar 7|stacked 6|heatmap|funnel|grouped)$/.test(n))) {
      expect(await renderSvg(spec, { title: name, idPrefix: 'x-' }), name).toBe(await direct(spec, name));
    }
  });
});

/** The SVG of a spec compiled, parsed and run with nothing cached. */
async function direct(spec: TopLevelSpec, name: string): Promise<string> {
  const svg = await withCjkTextMetrics(async () => {
    const view = new View(parse(compile(spec, { config: theme }).spec), { renderer: 'none' });
    await view.runAsync();
    const out = await view.toSVG();
    view.finalize();
    return out;
  });
  return finishSvg(svg, { title: name, idPrefix: 'x-' });
}

/** A parsed runtime as JSON with its generated code left out (compared through the SVG instead). */
const withoutCode = (runtime: unknown) => JSON.stringify(runtime, (k, v: unknown) => (k === 'code' ? '…' : v));

describe('parseCached', () => {
  test('gives Vega\'s parse of a direct compile, for every builder and shape of data, and the same SVG', async () => {
    for (const [name, spec] of specs()) {
      const input = explicitOrder(spec, true);
      // The code of a band-label lookup is its expression as written, not Vega's regeneration of it: equal in what it computes.
      expect(withoutCode(parseCached(input, theme)), name).toBe(withoutCode(parse(compile(input, { config: theme }).spec)));
      expect(parsedOnce(input, theme), name).toBe(true);
      expect(await renderSvg(spec, { title: name, idPrefix: 'x-' }), name).toBe(await direct(input, name));
    }
  });

  test('charts that share a parsed runtime each get their own SVG, as drawn alone', async () => {
    const wrapped = industries.map((i, k) => (k % 3 ? i : { ...i, label: long(i.label) }));
    const bars = [3, 5, 7].map((n) => barChart(wrapped.slice(0, n), { title: `業種${n}`, base: 221, width: 300 + 10 * n, pinLast: ['other'], color: '#654321' }));
    const before = compiledShapes();
    const svgs = [];
    for (const b of bars) svgs.push(await renderSvg(b, { title: 'x', idPrefix: 'x-' }));
    expect(compiledShapes() - before).toBe(1);
    expect(parsedOnce(explicitOrder(bars[0]!, true), theme)).toBe(true);
    for (const [k, b] of bars.entries()) expect(svgs[k]).toBe(await direct(explicitOrder(b, true), 'x'));
    // A changed count and a changed label change the SVG, and each is still what a direct render draws.
    const changed = barChart(wrapped.slice(0, 5).map((i, k) => (k === 1 ? { ...i, count: i.count + 7, label: `${i.label}（改）` } : i)), { title: '業種5', base: 221, width: 350, pinLast: ['other'], color: '#654321' });
    const svg = await renderSvg(changed, { title: 'x', idPrefix: 'x-' });
    expect(svg).not.toBe(svgs[1]);
    expect(svg).toContain('（改）');
    expect(svg).toBe(await direct(explicitOrder(changed, true), 'x'));
  });

  test('a label expression that is more than a lookup is parsed for each chart, with the same result', async () => {
    const spec = barChart(industries.slice(0, 4), { title: '業種', base: 221 }) as TopLevelSpec & { encoding: { y: { axis: { labelExpr: string } } } };
    const upper = { ...spec, encoding: { ...spec.encoding, y: { ...spec.encoding.y, axis: { ...spec.encoding.y.axis, labelExpr: 'upper(datum.value)' } } } } as TopLevelSpec;
    const input = explicitOrder(upper, true);
    expect(withoutCode(parseCached(input, theme))).toBe(withoutCode(parse(compile(input, { config: theme }).spec)));
    expect(parsedOnce(input, theme)).toBe(false);
    const svg = await renderSvg(upper, { title: 'x', idPrefix: 'x-' });
    expect(svg).toBe(await direct(input, 'x'));
    expect(svg).toContain('>AUTOMOTIVE<');
  });
});
