import type { TopLevelSpec } from 'vega-lite';
import { baseCaption } from '../format/base-caption.js';
import { formatCount, formatPct } from '../format/format-number.js';
import { ShareRow } from '../schema/inputs.js';
import { textWidth } from '../text/text-width.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { theme } from '../theme/theme.js';
import { bandAxis } from './band-axis.js';
import { bandLabels } from './band-labels.js';
import { chartTitle } from './chart-title.js';
import { hasPrevious, previousTickLayers } from './previous-marks.js';
import { topLegend } from './top-legend.js';

/** Options of {@link groupedBarChart}. */
export interface GroupedBarChartOptions {
  /** Chart title (Japanese), also the SVG's accessible name. */
  title: string;
  /** Base n, stated in the caption. */
  base?: number;
  /** Blank answers, stated in the caption. */
  missing?: number;
  /** Multiple response: the caption says `複数回答`. */
  multi?: boolean;
  /** Extra caption text. */
  note?: string;
  /** What the bar length shows. Default `count`. */
  measure?: 'count' | 'pct';
  /** Series colours in series order. Default: Okabe–Ito. */
  colors?: readonly string[];
  /** Legend title; none by default. */
  legendTitle?: string;
  /** Total width in px, labels included. Default 640. */
  width?: number;
  /** Widest group-label line before wrapping, px. Default 30 % of the width. */
  labelWidth?: number;
}

/**
 * Horizontal grouped bars: one band per row (a domain S1–S6), inside it one bar per series (◎,
 * ○) side by side in the given order, each with its value at the end. Rows keep the given order
 * so domains read S1 to S6; the legend lists the series in order.
 */
export function groupedBarChart(rows: readonly ShareRow[], options: GroupedBarChartOptions): TopLevelSpec {
  const parsed = ShareRow.array().min(1).parse(rows);
  const { title, measure = 'count', colors = palette.categorical, width = 640 } = options;
  const series = new Map<string, string>();
  for (const r of parsed) for (const s of r.segments) if (!series.has(s.code)) series.set(s.code, s.label);
  const codes = [...series.keys()];
  // Last year's values (when given, in the chart's measure) are ticks across their bars; the value text starts past both.
  const previous = parsed.some((r) => hasPrevious(r.segments));
  const data = parsed.flatMap((r) =>
    r.segments.map((s) => ({
      row: r.code,
      series: s.code,
      count: s.count,
      pct: s.pct,
      value: s[measure],
      text: measure === 'count' ? formatCount(s.count) : formatPct(s.pct),
      ...(previous && s.previous !== undefined ? { previous: s.previous } : {}),
      ...(previous ? { textAt: Math.max(s[measure], s.previous ?? 0) } : {}),
    })),
  );
  const labels = bandLabels(parsed, options.labelWidth ?? width * 0.3);
  const valueRoom = Math.max(...data.map((d) => textWidth(d.text, { fontSize: SIZES.small }))) + 8;
  const plotWidth = Math.max(120, Math.round(width - 2 * SIZES.padding - labels.width - 6 - valueRoom));
  const barHeight = 14;
  const step = Math.max(barHeight, (labels.maxLines * SIZES.lineHeight + 4) / codes.length);
  const max = Math.max(...data.map((d) => d.value), ...(previous ? data.map((d) => d.previous ?? 0) : []), 1e-9);
  const x = { field: 'value', type: 'quantitative' as const, scale: { domain: [0, max], nice: false } };
  const caption = baseCaption({ base: options.base, missing: options.missing, multi: options.multi, note: options.note });
  return {
    title: chartTitle(title, caption, width - 2 * SIZES.padding),
    width: plotWidth,
    // With an offset channel the step is per bar; the bars of a row together must still be at
    // least as tall as the row's wrapped label.
    height: { step, for: 'offset' },
    data: { values: data },
    encoding: {
      y: { field: 'row', type: 'nominal', sort: parsed.map((r) => r.code), axis: bandAxis(labels, 'left'), scale: { paddingInner: 0.3, paddingOuter: 0.15 } },
      yOffset: { field: 'series', type: 'nominal', sort: codes, scale: { paddingInner: 0.08 } },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: { ...x, axis: null },
          color: {
            field: 'series',
            type: 'nominal',
            scale: { domain: codes, range: codes.map((_, i) => colors[i % colors.length]!) },
            legend: topLegend(series, width - 2 * SIZES.padding, labels.width + 6, options.legendTitle ?? null),
          },
        },
      },
      { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: SIZES.small, color: palette.text }, encoding: { x: previous ? { ...x, field: 'textAt' } : x, text: { field: 'text' } } },
      ...(previous ? previousTickLayers('previous', { size: Math.round(step * 0.9), scale: x.scale }) : []),
    ],
    config: theme,
  };
}
