/**
 * The compiled and parsed shapes, exported as JSON and taken by another process (here, a fresh
 * copy of the modules), draw every chart exactly as drawing from scratch does, without compiling
 * anything again.
 */
import { describe, expect, test, vi } from 'vitest';
import { abilityRows, experience, funnel, industries, themeByRegion } from '../../test/data.js';
import { barChart } from '../specs/bar-chart.js';
import { funnelChart } from '../specs/funnel-chart.js';
import { groupedBarChart } from '../specs/grouped-bar-chart.js';
import { heatmapTable } from '../specs/heatmap-table.js';
import { stackedShareChart } from '../specs/stacked-share-chart.js';
import type * as CompileCache from './compile-cache.js';
import type * as RenderSvg from './render-svg.js';

type Modules = { cache: typeof CompileCache; svg: typeof RenderSvg };
async function fresh(): Promise<Modules> {
  vi.resetModules();
  return { cache: await import('./compile-cache.js'), svg: await import('./render-svg.js') };
}

const specs = () => [
  barChart(industries, { title: '業種', base: 221, multi: true }),
  barChart(industries.slice(0, 3), { title: '業種（3）', base: 221, width: 380 }),
  stackedShareChart(abilityRows, { title: '分野別', base: 221 }),
  groupedBarChart(abilityRows, { title: '◎○', base: 221 }),
  funnelChart(funnel, { title: 'ファネル', unit: '社' }),
  heatmapTable(themeByRegion, { title: '地域×テーマ' }),
  barChart(experience, { title: '経験年数', base: 221, order: 'given', max: 100 }),
];

describe('exportShapes / importShapes', () => {
  test('a process given the shapes as JSON draws the same SVGs and compiles nothing', async () => {
    const first = await fresh();
    const drawn: string[] = [];
    for (const s of specs()) drawn.push(await first.svg.renderSvg(s, { title: 't', idPrefix: 'x-' }));
    const json = JSON.stringify(first.cache.exportShapes());
    const exported = first.cache.compiledShapes();
    expect(exported).toBeGreaterThan(3);

    const second = await fresh();
    expect(second.cache.compiledShapes()).toBe(0);
    second.cache.importShapes(JSON.parse(json) as ReturnType<typeof first.cache.exportShapes>);
    expect(second.cache.compiledShapes()).toBe(exported);
    const again: string[] = [];
    for (const s of specs()) again.push(await second.svg.renderSvg(s, { title: 't', idPrefix: 'x-' }));
    expect(again).toEqual(drawn);
    // Every chart came from an imported shape: none was compiled in this process.
    expect(second.cache.compiledShapes()).toBe(exported);
    expect(JSON.stringify(second.cache.exportShapes())).toBe(json);
  });

  test('imported shapes draw other data of the same kind as drawing from scratch does', async () => {
    const first = await fresh();
    await first.svg.renderSvg(barChart(industries, { title: '業種', base: 221 }), { title: 't', idPrefix: 'x-' });
    const json = JSON.stringify(first.cache.exportShapes());
    const other = barChart(industries.slice(1, 5).map((i, k) => ({ ...i, count: i.count + k + 1 })), { title: '別の業種', base: 200 });
    const scratch = await (await fresh()).svg.renderSvg(other, { title: 't', idPrefix: 'x-' });
    const second = await fresh();
    second.cache.importShapes(JSON.parse(json) as ReturnType<typeof first.cache.exportShapes>);
    const shapes = second.cache.compiledShapes();
    expect(await second.svg.renderSvg(other, { title: 't', idPrefix: 'x-' })).toBe(scratch);
    expect(second.cache.compiledShapes()).toBe(shapes);
  });
});
