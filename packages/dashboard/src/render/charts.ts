import { barChart, funnelChart, groupedBarChart, heatmapTable, previousDescription, previousRowsDescription, renderSvg, renderTileMap, stackedShareChart, unlabelledSegments, type BarItem, type StackedShareChartOptions } from '@smesec/charts';
import type { ChartIntent, ChartItem, ReportFigure } from '@smesec/report';
import type { TopLevelSpec } from 'vega-lite';

/** Options kept at the end of sorted bars, whatever their counts. */
const PIN_LAST = ['other', 'none', '_missing'];

/**
 * Width the bar, stacked, grouped and funnel charts are drawn at, in px. The page shows a chart
 * at most at its drawn width, so at 1440 px its text is the theme's size (12 px); on a 390 px
 * phone the chart box is about 340 px, so the text is still at least 10.7 px. Maps and matrices
 * keep their own width and scroll sideways on a phone instead of shrinking.
 */
export const CHART_WIDTH = 380;

/** Unit of a count per instrument (the figure id's first part): who was counted. */
const UNITS: Readonly<Record<string, string>> = { experts: '名', attendees: '名', consultations: '件', guidance: '社', funnel: '社' };
/** What a chart is drawn from: a figure's id (the SVG's id prefix), title, caption (its base, for the text alternative) and chart intent. */
export type ChartFigure = Pick<ReportFigure, 'id' | 'title' | 'caption' | 'chart'> & Partial<Pick<ReportFigure, 'previousLabel'>>;

const unitOf = (f: ChartFigure) => UNITS[f.id.split('-')[0]!] ?? '';

/** A percentage of an empty base is NaN in the model; a chart shows it as 0. */
const item = (i: ChartItem): BarItem => ({ code: i.code, label: i.label, count: i.count, pct: Number.isFinite(i.pct) ? i.pct : 0 });
/** An item with last year's share: drawn as a tick on a percentage chart (see `previousTickLayers`). */
const itemWithPrevious = (i: ChartItem): BarItem => ({ ...item(i), ...(i.previous !== undefined ? { previous: i.previous } : {}) });
const pct = (p: number) => `${(Number.isFinite(p) ? p : 0).toFixed(1)}%`;
const num = (n: number) => n.toLocaleString('ja-JP');

/** The figure's title and caption are HTML beside the chart; the SVG keeps the title as its accessible name only. */
function untitled(spec: TopLevelSpec): TopLevelSpec {
  const { title: _title, ...rest } = spec as TopLevelSpec & { title?: unknown };
  return rest as TopLevelSpec;
}

function stackedInput(f: ChartFigure & { chart: { kind: 'stacked' } }) {
  const c = f.chart;
  const rows = c.rows.map((r) => ({ code: r.code, label: c.rows.length === 1 ? '' : r.label, segments: r.segments.map(itemWithPrevious) }));
  // Counts with their shares, as the published report prints them.
  const options: Omit<StackedShareChartOptions, 'title'> = { width: CHART_WIDTH, segmentLabel: 'count-pct', unit: unitOf(f) };
  return { rows, options };
}

/**
 * Segments of a stacked chart too narrow for their label, named with their numbers, e.g.
 * 「図中に数値を表示していない区分: S1 実践的な運用には至っていない 32名（14.5%）」; null when all fit.
 */
export function unlabelledNote(f: ChartFigure): string | null {
  if (f.chart.kind !== 'stacked') return null;
  const { rows, options } = stackedInput(f as ChartFigure & { chart: { kind: 'stacked' } });
  const unit = unitOf(f);
  const rowLabel = new Map(f.chart.rows.map((r) => [r.code, r.label]));
  const hidden = unlabelledSegments(rows, options);
  if (hidden.length === 0) return null;
  const many = f.chart.rows.length > 1;
  return `図中に数値を表示していない区分: ${hidden.map((s) => `${many ? `${rowLabel.get(s.row)} ` : ''}${s.label} ${num(s.count)}${unit}（${pct(s.pct)}）`).join('、')}`;
}

/** The most a text alternative lists, so it stays a sentence rather than the table. */
const SAY = 8;

function listed<T>(xs: readonly T[], say: (x: T) => string): string {
  return xs.slice(0, SAY).map(say).join('、') + (xs.length > SAY ? `、ほか${xs.length - SAY}項目` : '');
}

/** A label in a text alternative: a long one is cut, as in the chart (the table keeps it whole). */
const short = (label: string) => (label.length > 40 ? `${label.slice(0, 39)}…` : label);

/**
 * The text alternative of a chart: what it shows and its key numbers, in one or two sentences
 * (the full numbers are in the table beside it).
 */
export function chartDescription(f: ChartFigure): string {
  const c = f.chart;
  const unit = unitOf(f);
  const head = `${f.title}（${f.caption}）。`;
  return describe(c, unit, head) + previousSentence(f);
}

/** A grouped chart's item with last year's value in the chart's measure (a count for a chart of counts). */
const groupedItem = (measure: 'pct' | 'count' | undefined) => (i: ChartItem): BarItem => {
  const previous = measure === 'pct' ? i.previous : i.previousCount;
  return { ...item(i), ...(previous !== undefined ? { previous } : {}) };
};

/** Whether a chart draws previous-year ticks: percentage bars, 100 % bars and grouped bars whose items carry them. */
export function previousItems(f: ChartFigure): readonly ChartItem[] {
  const c = f.chart;
  const items =
    c.kind === 'bar' && c.measure !== 'count'
      ? c.items
      : c.kind === 'stacked'
        ? c.rows.flatMap((r) => r.segments)
        : c.kind === 'grouped'
          ? c.groups.flatMap((g) => g.items.map(groupedItem(c.measure)))
          : c.kind === 'funnel'
            ? c.steps.map(groupedItem('count'))
            : [];
  return f.previousLabel && items.some((i) => i.previous !== undefined) ? items : [];
}

/** The previous year's values of a chart with ticks, for its text alternative; empty without them. */
function previousSentence(f: ChartFigure): string {
  const items = previousItems(f);
  if (items.length === 0) return '';
  const c = f.chart;
  if (c.kind === 'stacked' && c.rows.length > 1) return previousRowsDescription(c.rows, f.previousLabel!, { short });
  if (c.kind === 'grouped') return previousRowsDescription(c.groups.map((g) => ({ label: g.label, segments: g.items.map(groupedItem(c.measure)) })), f.previousLabel!, { short, ...(c.measure === 'pct' ? {} : { format: num }) });
  return previousDescription(items, f.previousLabel!, { most: SAY, short, ...(c.kind === 'funnel' ? { format: num } : {}) });
}

function describe(c: ChartIntent, unit: string, head: string): string {
  switch (c.kind) {
    case 'bar': {
      const items = c.sort === 'desc' ? [...c.items].sort((a, b) => (c.measure === 'count' ? b.count - a.count : b.pct - a.pct)) : c.items;
      return `${head}横棒グラフ。${listed(items, (i) => (c.measure === 'count' ? `${short(i.label)} ${num(i.count)}` : `${short(i.label)} ${pct(i.pct)}（${num(i.count)}）`))}。`;
    }
    case 'stacked':
      return `${head}100%積み上げ横棒グラフ。${c.rows.map((r) => `${c.rows.length > 1 ? `${short(r.label)}: ` : ''}${listed(r.segments, (s) => `${short(s.label)} ${num(s.count)}${unit}（${pct(s.pct)}）`)}`).join('。')}。`;
    case 'grouped':
      return `${head}グループ化した横棒グラフ。${c.groups.map((g) => `${short(g.label)}: ${listed(g.items, (i) => `${short(i.label)} ${c.measure === 'pct' ? pct(i.pct) : num(i.count)}`)}`).join('。')}。`;
    case 'funnel':
      return `${head}ファネル図。${c.steps.map((s) => `${short(s.label)} ${num(s.count)}`).join(' → ')}。`;
    case 'heatmap': {
      const cells = c.rows.flatMap((r, i) => c.columns.map((col, j) => ({ label: `${short(r.label)}×${col.label}`, n: c.counts[i]![j]! }))).sort((a, b) => b.n - a.n);
      return `${head}${c.rows.length}行×${c.columns.length}列の件数表（ヒートマップ）、合計 ${num(c.total)}。多い組み合わせ: ${listed(cells.slice(0, 5), (x) => `${short(x.label)} ${num(x.n)}`)}。`;
    }
    case 'tilemap': {
      const values = Object.entries(c.values).filter(([, v]) => v > 0);
      return `${head}都道府県のタイル地図。値が1以上の都道府県 ${values.length}、0の都道府県 ${47 - values.length}。`;
    }
  }
}

async function vegaLite(spec: TopLevelSpec, f: ChartFigure): Promise<string> {
  return renderSvg(untitled(spec), { title: f.title, description: chartDescription(f), idPrefix: `${f.id}-` });
}


/** Render one figure's chart intent with the matching chart builder. */
export async function renderChart(f: ChartFigure): Promise<string> {
  const c: ChartIntent = f.chart;
  const width = CHART_WIDTH;
  switch (c.kind) {
    case 'bar':
      return vegaLite(barChart(c.items.map(c.measure === 'count' ? item : itemWithPrevious), { title: f.title, width, order: c.sort === 'desc' ? 'descending' : 'given', pinLast: PIN_LAST, multi: c.multi, ...(c.measure ? { measure: c.measure } : {}) }), f);
    case 'stacked': {
      const { rows, options } = stackedInput(f as ChartFigure & { chart: { kind: 'stacked' } });
      return vegaLite(stackedShareChart(rows, { title: f.title, ...options }), f);
    }
    case 'grouped':
      return vegaLite(groupedBarChart(c.groups.map((g) => ({ code: g.code, label: g.label, segments: g.items.map(groupedItem(c.measure)) })), { title: f.title, width, ...(c.measure ? { measure: c.measure } : {}) }), f);
    case 'funnel':
      return vegaLite(funnelChart(c.steps.map((s) => ({ code: s.code, label: s.label, count: s.count, ...(s.code === 'best_practices' ? { unit: '事例' } : {}), ...(s.previousCount !== undefined ? { previous: s.previousCount } : {}) })), { title: f.title, width, unit: '社' }), f);
    case 'heatmap': {
      // Many columns read better as rows (e.g. 11 industries by 3 chambers).
      const transpose = c.columns.length > 6 && c.columns.length > c.rows.length;
      const matrix = transpose
        ? { rows: c.columns.map((x) => ({ ...x })), columns: c.rows.map((x) => ({ ...x })), counts: c.columns.map((_, j) => c.rows.map((_, i) => c.counts[i]![j]!)) }
        : { rows: c.rows.map((x) => ({ ...x })), columns: c.columns.map((x) => ({ ...x })), counts: c.counts.map((r) => [...r]) };
      return vegaLite(heatmapTable(matrix, { title: f.title }), f);
    }
    case 'tilemap':
      return renderTileMap({ ...c.values }, { title: f.title, legendTitle: c.legendTitle, showTitle: false }, { title: f.title, description: chartDescription(f), idPrefix: `${f.id}-` });
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
  { id: 'w-bar', title: '見本', caption: 'n=10', chart: { kind: 'bar', items: sample('abc'), sort: 'desc', multi: true } },
  { id: 'w-stacked', title: '見本', caption: 'n=10', chart: { kind: 'stacked', rows: [{ code: 'r', label: '行', segments: sample('ab') }, { code: 's', label: '列', segments: sample('ab') }] } },
  { id: 'w-grouped', title: '見本', caption: 'n=10', chart: { kind: 'grouped', groups: [{ code: 'g', label: '組', items: sample('ab') }, { code: 'h', label: '群', items: sample('ab') }] } },
  { id: 'w-funnel', title: '見本', caption: 'n=10', chart: { kind: 'funnel', steps: sample('abc') } },
  { id: 'w-heatmap', title: '見本', caption: 'n=10', chart: { kind: 'heatmap', rows: sample('ab'), columns: sample('ab'), counts: [[1, 2], [3, 4]], rowTotals: [3, 7], columnTotals: [4, 6], total: 10 } },
  { id: 'w-tilemap', title: '見本', caption: 'n=10', chart: { kind: 'tilemap', values: { '13': 3, '27': 1 }, legendTitle: '件数' } },
];

/**
 * Draw {@link WARM_UP_FIGURES} and throw the result away: a process (or worker thread) that will
 * render a report's charts can have the renderers loaded and compiled by V8 while the report is
 * still being read and computed, instead of paying for it on the first real chart.
 */
export async function warmUpCharts(): Promise<void> {
  await renderCharts(WARM_UP_FIGURES);
}
