import { barChart, funnelChart, groupedBarChart, heatmapTable, renderPlot, renderSvg, stackedShareChart, tileMap, type BarItem } from '@smesec/charts';
import type { ChartIntent, ChartItem, ReportFigure } from '@smesec/report';
import type { TopLevelSpec } from 'vega-lite';

/** Options kept at the end of sorted bars, whatever their counts. */
const PIN_LAST = ['other', 'none', '_missing'];

/** A percentage of an empty base is NaN in the model; a chart shows it as 0. */
const item = (i: ChartItem): BarItem => ({ code: i.code, label: i.label, count: i.count, pct: Number.isFinite(i.pct) ? i.pct : 0 });

/** The figure's title and caption are HTML beside the chart; the SVG keeps the title as its accessible name only. */
function untitled(spec: TopLevelSpec): TopLevelSpec {
  const { title: _title, ...rest } = spec as TopLevelSpec & { title?: unknown };
  return rest as TopLevelSpec;
}

async function vegaLite(spec: TopLevelSpec, title: string, idPrefix: string): Promise<string> {
  return renderSvg(untitled(spec), { title, idPrefix });
}

/** What a chart is drawn from: a figure's id (the SVG's id prefix), title and chart intent. */
export type ChartFigure = Pick<ReportFigure, 'id' | 'title' | 'chart'>;

/** Render one figure's chart intent with the matching chart builder. */
export async function renderChart(f: ChartFigure): Promise<string> {
  const c: ChartIntent = f.chart;
  const idPrefix = `${f.id}-`;
  switch (c.kind) {
    case 'bar':
      return vegaLite(barChart(c.items.map(item), { title: f.title, order: c.sort === 'desc' ? 'descending' : 'given', pinLast: PIN_LAST, multi: c.multi, ...(c.measure ? { measure: c.measure } : {}) }), f.title, idPrefix);
    case 'stacked':
      return vegaLite(stackedShareChart(c.rows.map((r) => ({ code: r.code, label: c.rows.length === 1 ? '' : r.label, segments: r.segments.map(item) })), { title: f.title }), f.title, idPrefix);
    case 'grouped':
      return vegaLite(groupedBarChart(c.groups.map((g) => ({ code: g.code, label: g.label, segments: g.items.map(item) })), { title: f.title, ...(c.measure ? { measure: c.measure } : {}) }), f.title, idPrefix);
    case 'funnel':
      return vegaLite(funnelChart(c.steps.map((s) => ({ code: s.code, label: s.label, count: s.count, ...(s.code === 'best_practices' ? { unit: '事例' } : {}) })), { title: f.title, unit: '社' }), f.title, idPrefix);
    case 'heatmap': {
      // Many columns read better as rows (e.g. 11 industries by 3 chambers).
      const transpose = c.columns.length > 6 && c.columns.length > c.rows.length;
      const matrix = transpose
        ? { rows: c.columns.map((x) => ({ ...x })), columns: c.rows.map((x) => ({ ...x })), counts: c.columns.map((_, j) => c.rows.map((_, i) => c.counts[i]![j]!)) }
        : { rows: c.rows.map((x) => ({ ...x })), columns: c.columns.map((x) => ({ ...x })), counts: c.counts.map((r) => [...r]) };
      return vegaLite(heatmapTable(matrix, { title: f.title }), f.title, idPrefix);
    }
    case 'tilemap':
      return renderPlot(tileMap({ ...c.values }, { title: f.title, legendTitle: c.legendTitle, showTitle: false }), { title: f.title, idPrefix });
  }
}

/**
 * Most bands (bars, rows, columns, segments) a chart is drawn with. A codebook question with
 * hundreds or thousands of options makes a chart nobody can read, megabytes of SVG and minutes of
 * layout: its figure shows the table alone, with a note saying why.
 */
export const MAX_CHART_BANDS = 120;

/** The number of bands a chart intent would draw along its longest side. */
export function chartBands(c: ChartIntent): number {
  switch (c.kind) {
    case 'bar':
      return c.items.length;
    case 'stacked':
      return Math.max(c.rows.length, ...c.rows.map((r) => r.segments.length));
    case 'grouped':
      return Math.max(c.groups.length, ...c.groups.map((g) => g.items.length));
    case 'funnel':
      return c.steps.length;
    case 'heatmap':
      return Math.max(c.rows.length, c.columns.length);
    case 'tilemap':
      return 0;
  }
}

/** Render every figure's chart, keyed by figure id; a figure with too many bands gets a note instead (see `MAX_CHART_BANDS`). */
export async function renderCharts(figures: readonly ChartFigure[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of figures) {
    const bands = chartBands(f.chart);
    if (bands > MAX_CHART_BANDS) out.set(f.id, `<p class="note">項目が ${bands.toLocaleString('ja-JP')} 件と多いため（図は ${MAX_CHART_BANDS} 件まで）、図は省略しました。下の数表をご覧ください。</p>`);
    else out.set(f.id, await renderChart(f));
  }
  return out;
}

const sample = (codes: string): ChartItem[] => [...codes].map((c, i) => ({ code: c, label: `見本${c}`, count: i + 1, pct: 10 * (i + 1) }));

/** One small chart of each kind, drawn with every builder and renderer the report uses. */
export const WARM_UP_FIGURES: readonly ChartFigure[] = [
  { id: 'w-bar', title: '見本', chart: { kind: 'bar', items: sample('abc'), sort: 'desc', multi: true } },
  { id: 'w-stacked', title: '見本', chart: { kind: 'stacked', rows: [{ code: 'r', label: '行', segments: sample('ab') }, { code: 's', label: '列', segments: sample('ab') }] } },
  { id: 'w-grouped', title: '見本', chart: { kind: 'grouped', groups: [{ code: 'g', label: '組', items: sample('ab') }, { code: 'h', label: '群', items: sample('ab') }] } },
  { id: 'w-funnel', title: '見本', chart: { kind: 'funnel', steps: sample('abc') } },
  { id: 'w-heatmap', title: '見本', chart: { kind: 'heatmap', rows: sample('ab'), columns: sample('ab'), counts: [[1, 2], [3, 4]], rowTotals: [3, 7], columnTotals: [4, 6], total: 10 } },
  { id: 'w-tilemap', title: '見本', chart: { kind: 'tilemap', values: { '13': 3, '27': 1 }, legendTitle: '件数' } },
];

/**
 * Draw {@link WARM_UP_FIGURES} and throw the result away: a process (or worker thread) that will
 * render a report's charts can have the renderers loaded and compiled by V8 while the report is
 * still being read and computed, instead of paying for it on the first real chart.
 */
export async function warmUpCharts(): Promise<void> {
  await renderCharts(WARM_UP_FIGURES);
}
