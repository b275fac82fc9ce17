import { describe, test } from 'vitest';
import { barChart, funnelChart, groupedBarChart, heatmapTable, renderPlot, renderSvg, stackedShareChart, tileMap } from '../src/index.js';
import { abilityRows, coverage, experience, funnel, industries, themeByRegion } from './data.js';
import { expectSvgSnapshot } from './plot-snapshot.js';

// One small chart of each kind, rendered to SVG and compared with test/snapshots/<name>.svg.
describe('rendered SVG snapshots', () => {
  test('bar chart: industries, multiple response, その他 pinned last', async () => {
    const spec = barChart(industries, { title: '支援を得意とする業種', base: 221, multi: true, pinLast: ['other'] });
    await expectSvgSnapshot('bar-chart', await renderSvg(spec));
  });

  test('stacked share chart: the S1–S6 ability table', async () => {
    const spec = stackedShareChart(abilityRows, { title: '分野別の支援可能レベル（S1〜S6）', base: 221 });
    await expectSvgSnapshot('stacked-share-chart', await renderSvg(spec));
  });

  test('stacked share chart: one single-response distribution', async () => {
    const row = { code: 'experience_years', label: '', segments: experience };
    const spec = stackedShareChart([row], { title: 'セキュリティ分野での実務経験年数', base: 221, missing: 1 });
    await expectSvgSnapshot('stacked-share-single', await renderSvg(spec));
  });

  test('grouped bar chart: ◎ and ○ per domain', async () => {
    const rows = abilityRows.map((r) => ({
      ...r,
      segments: [
        { code: 'double', label: '◎ 単独で支援可能', count: r.segments[0]!.count, pct: r.segments[0]!.pct },
        { code: 'single', label: '○ サポートがあれば可能', count: r.segments[1]!.count, pct: r.segments[1]!.pct },
      ],
    }));
    await expectSvgSnapshot('grouped-bar-chart', await renderSvg(groupedBarChart(rows, { title: '分野別の◎・○の人数', base: 221 })));
  });

  test('funnel chart: the programme funnel', async () => {
    const spec = funnelChart(funnel, { title: '相談会から指導・事例化まで', unit: '社' });
    await expectSvgSnapshot('funnel-chart', await renderSvg(spec));
  });

  test('heatmap table: guidance themes by region with margins', async () => {
    const spec = heatmapTable(themeByRegion, { title: '地域別・テーマ別の指導実施件数', note: '単位：社' });
    await expectSvgSnapshot('heatmap-table', await renderSvg(spec));
  });

  test('tile map: chamber coverage by prefecture', async () => {
    const plot = tileMap(coverage, { title: '商工会議所・商工会とつながりのある専門家の居住地', note: '25都道府県', legendTitle: '人数' });
    await expectSvgSnapshot('tile-map', renderPlot(plot));
  });
});
