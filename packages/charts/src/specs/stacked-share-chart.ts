import type { TopLevelSpec } from 'vega-lite';
import { contrastText } from '../color/contrast-text.js';
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
import { hasPrevious, previousBoundaries, previousTickLayers } from './previous-marks.js';
import { topLegend } from './top-legend.js';

/** Options of {@link stackedShareChart}. */
export interface StackedShareChartOptions {
  /** Chart title (Japanese), also the SVG's accessible name. */
  title: string;
  /** Base n of every row, stated in the caption. */
  base?: number;
  /** Blank answers, stated in the caption. */
  missing?: number;
  /** Extra caption text. */
  note?: string;
  /** Segment colours in segment order. Default: Okabe–Ito. */
  colors?: readonly string[];
  /**
   * Text inside a segment: `pct` (default) `23.5%`, `pct-count` `23.5%（52）`, `count`, or
   * `count-pct`, the published report's two lines `52名` over `23.5%` (with `unit`).
   */
  segmentLabel?: 'pct' | 'pct-count' | 'count' | 'count-pct';
  /** Unit after a count in `count-pct` labels, e.g. `名`. Default none. */
  unit?: string;
  /** Legend title; none by default (the segment labels say it). */
  legendTitle?: string;
  /** Total width in px, labels included. Default 640. */
  width?: number;
  /** Widest row-label line before wrapping, px. Default 30 % of the width. */
  labelWidth?: number;
}

/** A segment whose label does not fit inside it: to be named in a note beside the chart. */
export interface UnlabelledSegment {
  readonly row: string;
  readonly rowLabel: string;
  readonly code: string;
  readonly label: string;
  readonly count: number;
  readonly pct: number;
}

interface SegmentLayout {
  readonly labels: ReturnType<typeof bandLabels>;
  readonly showRows: boolean;
  readonly room: number;
  readonly plotWidth: number;
  readonly twoLines: boolean;
  readonly segments: readonly { row: ShareRow; seg: ShareRow['segments'][number]; x0: number; lines: string[]; fits: boolean }[];
}

/** Where each segment sits and whether its label fits: one computation for the spec and its note. */
function layout(rows: readonly ShareRow[], options: Omit<StackedShareChartOptions, 'title'>): SegmentLayout {
  const { segmentLabel = 'pct', width = 640, unit = '' } = options;
  const showRows = rows.some((r) => r.label.trim() !== '');
  const labels = bandLabels(rows, options.labelWidth ?? width * 0.3);
  const room = showRows ? labels.width + 6 : 0;
  const plotWidth = Math.max(160, Math.round(width - 2 * SIZES.padding - room - 8));
  const twoLines = segmentLabel === 'count-pct';
  const segments = rows.flatMap((r) => {
    let x = 0;
    return r.segments.map((seg) => {
      const lines =
        segmentLabel === 'count'
          ? [formatCount(seg.count)]
          : segmentLabel === 'pct'
            ? [formatPct(seg.pct)]
            : segmentLabel === 'pct-count'
              ? [`${formatPct(seg.pct)}（${formatCount(seg.count)}）`]
              : [`${formatCount(seg.count)}${unit}`, formatPct(seg.pct)];
      const px = (seg.pct / 100) * plotWidth;
      const fits = px >= Math.max(...lines.map((l) => textWidth(l, { fontSize: SIZES.small }))) + 6;
      const out = { row: r, seg, x0: x, lines, fits };
      x += seg.pct;
      return out;
    });
  });
  return { labels, showRows, room, plotWidth, twoLines, segments };
}

/**
 * The segments of {@link stackedShareChart} left without a label because they are too narrow
 * (with the same options), so the page can name them and their numbers in a note.
 */
export function unlabelledSegments(rows: readonly ShareRow[], options: Omit<StackedShareChartOptions, 'title'> = {}): UnlabelledSegment[] {
  const parsed = ShareRow.array().min(1).parse(rows);
  return layout(parsed, options)
    .segments.filter((s) => !s.fits && s.seg.count > 0)
    .map((s) => ({ row: s.row.code, rowLabel: s.row.label, code: s.seg.code, label: s.seg.label, count: s.seg.count, pct: s.seg.pct }));
}

/**
 * 100 % stacked horizontal bars: one bar per row (S1–S6), its segments left to right in the
 * given order, each labelled with its share where the segment is wide enough to hold the text.
 * The legend lists the segments in the same order. Rows stay in the given order. A single row
 * with an empty label draws one bar with no row axis (an age or experience distribution).
 */
export function stackedShareChart(rows: readonly ShareRow[], options: StackedShareChartOptions): TopLevelSpec {
  const parsed = ShareRow.array().min(1).parse(rows);
  const { title, colors = palette.categorical, width = 640 } = options;
  const segments = new Map<string, string>();
  for (const r of parsed) for (const s of r.segments) if (!segments.has(s.code)) segments.set(s.code, s.label);
  const segCodes = [...segments.keys()];
  const colourOf = (code: string) => colors[segCodes.indexOf(code) % colors.length]!;
  const { labels, showRows, room, plotWidth, twoLines, segments: laid } = layout(parsed, options);
  const previous = parsed.some((r) => hasPrevious(r.segments));
  const boundaries = new Map(parsed.flatMap((r) => previousBoundaries(r.segments).map((b, k) => [r.segments[k]!, b] as const)));
  const data = laid.map(({ row, seg, x0, lines, fits }) => ({
    row: row.code,
    seg: seg.code,
    count: seg.count,
    pct: seg.pct,
    x0,
    x1: x0 + seg.pct,
    mid: x0 + seg.pct / 2,
    text: fits ? (lines.length === 1 ? lines[0]! : lines) : '',
    textColor: contrastText(colourOf(seg.code)),
    ...(previous && boundaries.get(seg) !== undefined ? { prevEnd: boundaries.get(seg)! } : {}),
  }));
  const step = Math.max(twoLines ? 2 * SIZES.lineHeight + 14 : 30, labels.maxLines * SIZES.lineHeight + 12);
  const caption = baseCaption({ base: options.base, missing: options.missing, note: options.note });
  const x = { field: 'x0', type: 'quantitative' as const, scale: { domain: [0, 100], nice: false } };
  const y = showRows
    ? { field: 'row', type: 'nominal' as const, sort: parsed.map((r) => r.code), axis: bandAxis(labels, 'left') }
    : { field: 'row', type: 'nominal' as const, axis: null };
  return {
    title: chartTitle(title, caption, width - 2 * SIZES.padding),
    width: plotWidth,
    height: { step },
    data: { values: data },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.72 }, stroke: palette.background, strokeWidth: 1 },
        encoding: {
          x: { ...x, axis: { title: null, values: [0, 25, 50, 75, 100], labelExpr: "datum.value + '%'", grid: true, domain: false, ticks: false, labelFontSize: SIZES.small } },
          x2: { field: 'x1' },
          color: {
            field: 'seg',
            type: 'nominal',
            scale: { domain: segCodes, range: segCodes.map(colourOf) },
            legend: topLegend(segments, width - 2 * SIZES.padding, room, options.legendTitle ?? null),
          },
        },
      },
      {
        mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: SIZES.small, lineHeight: SIZES.lineHeight },
        encoding: { x: { field: 'mid', type: 'quantitative' }, text: { field: 'text' }, color: { field: 'textColor', type: 'nominal', scale: null } },
      },
      ...(previous ? previousTickLayers('prevEnd', { size: Math.round(step * 0.86), scale: x.scale }) : []),
    ],
    config: theme,
  };
}
