import type { TopLevelSpec } from 'vega-lite';
import { baseCaption } from '../format/base-caption.js';
import { formatCount, formatPct } from '../format/format-number.js';
import { BarItem } from '../schema/inputs.js';
import { textWidth } from '../text/text-width.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { theme } from '../theme/theme.js';
import { bandAxis } from './band-axis.js';
import { bandLabels } from './band-labels.js';
import { chartTitle } from './chart-title.js';
import { hasPrevious, previousTickLayers } from './previous-marks.js';
import { sortItems } from './sort-items.js';

/** Options of {@link barChart}. */
export interface BarChartOptions {
  /** Chart title (Japanese), also the SVG's accessible name. */
  title: string;
  /** Base n of the percentages, stated in the caption (`n=218`). */
  base?: number;
  /** Blank answers, stated in the caption (`（無回答3）`). */
  missing?: number;
  /** Multiple response: the caption says `複数回答`. */
  multi?: boolean;
  /** Extra caption text. */
  note?: string;
  /** `descending` (default): largest first; `given`: keep the input order (ordinal scales). */
  order?: 'descending' | 'given';
  /** Codes kept at the end, in this order, whatever the sort (`other`, `none`). */
  pinLast?: readonly string[];
  /** What the bar length shows. Default `pct`. */
  measure?: 'pct' | 'count';
  /** Text at the bar end: `pct-count` → `52.8%（115）` (default for pct bars), `pct`, `count`. */
  valueLabel?: 'pct-count' | 'pct' | 'count';
  /** Value at the full bar width. Default: the largest value, so the longest bar fills the plot. */
  max?: number;
  /** Total width in px, labels included. Default 640. */
  width?: number;
  /** Widest label line before wrapping, px. Default 38 % of the width. */
  labelWidth?: number;
  /** Bar colour. Default Okabe–Ito blue. */
  color?: string;
}

function valueText(item: BarItem, kind: NonNullable<BarChartOptions['valueLabel']>): string {
  if (kind === 'count') return formatCount(item.count);
  if (kind === 'pct') return formatPct(item.pct);
  return `${formatPct(item.pct)}（${formatCount(item.count)}）`;
}

/**
 * Horizontal bars of one question's options, largest first, with the value printed at each bar's
 * end and the base stated under the title. Draws: a band per item, labelled with its Japanese
 * label (wrapped when long); no value axis, since every bar carries its number.
 */
export function barChart(items: readonly BarItem[], options: BarChartOptions): TopLevelSpec {
  const parsed = BarItem.array().min(1).parse(items);
  const { title, order = 'descending', pinLast = [], measure = 'pct', width = 640, color = palette.categorical[0] } = options;
  const kind = options.valueLabel ?? (measure === 'pct' ? 'pct-count' : 'count');
  const sorted = sortItems(parsed, { order, pinLast, value: (i) => i[measure] });
  const labels = bandLabels(sorted, options.labelWidth ?? width * 0.38);
  const rows = sorted.map((i) => ({ ...i, value: i[measure], valueLabel: valueText(i, kind) }));
  const valueRoom = Math.max(...rows.map((r) => textWidth(r.valueLabel, { fontSize: SIZES.label }))) + 8;
  const plotWidth = Math.max(120, Math.round(width - 2 * SIZES.padding - labels.width - 6 - valueRoom));
  // Last year's ticks (when given) may reach past this year's longest bar: the scale holds them too.
  const previous = hasPrevious(sorted);
  const max = options.max ?? Math.max(...rows.map((r) => r.value), ...(previous ? rows.map((r) => r.previous ?? 0) : []), 1e-9);
  const caption = baseCaption({ base: options.base, missing: options.missing, multi: options.multi, note: options.note });
  const x = { field: 'value', type: 'quantitative' as const, scale: { domain: [0, max], nice: false }, axis: null };
  const step = Math.max(26, labels.maxLines * SIZES.lineHeight + 10);
  // With ticks, the value text starts past the tick as well as past the bar, so neither hides the other.
  const textX = previous ? { ...x, field: 'textAt' } : x;
  return {
    title: chartTitle(title, caption, width - 2 * SIZES.padding),
    width: plotWidth,
    height: { step },
    data: { values: previous ? rows.map((r) => ({ ...r, textAt: Math.max(r.value, r.previous ?? 0) })) : rows },
    encoding: {
      y: { field: 'code', type: 'nominal', sort: sorted.map((i) => i.code), axis: bandAxis(labels, 'left') },
    },
    layer: [
      { mark: { type: 'bar', color, height: { band: 0.68 } }, encoding: { x } },
      { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, color: palette.text }, encoding: { x: textX, text: { field: 'valueLabel' } } },
      ...(previous ? previousTickLayers('previous', { size: Math.round(step * 0.86), scale: x.scale }) : []),
    ],
    config: theme,
  };
}
