import type { TopLevelSpec } from 'vega-lite';
import { contrastText } from '../color/contrast-text.js';
import { baseCaption } from '../format/base-caption.js';
import { formatCount, formatPct } from '../format/format-number.js';
import { FunnelStep } from '../schema/inputs.js';
import { textWidth } from '../text/text-width.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { theme } from '../theme/theme.js';
import { bandAxis } from './band-axis.js';
import { bandLabels } from './band-labels.js';
import { chartTitle } from './chart-title.js';
import { hasPrevious, previousTickLayers } from './previous-marks.js';

/** Options of {@link funnelChart}. */
export interface FunnelChartOptions {
  /** Chart title (Japanese), also the SVG's accessible name. */
  title: string;
  /** Unit after each count (`社`); a step's own `unit` wins. Default none. */
  unit?: string;
  /** Heading of the conversion column. Default `前段階比`. */
  conversionTitle?: string;
  /** Caption under the title. */
  note?: string;
  /** Bar colour. Default Okabe–Ito blue. */
  color?: string;
  /** Total width in px, labels included. Default 640. */
  width?: number;
}

/**
 * The programme funnel: one centred bar per step, top to bottom in the given order, its width
 * proportional to the count, the count printed in the bar (beside it when the bar is too narrow),
 * and in a right-hand column the conversion from the previous step (55 of 105 → 52.4%).
 */
export function funnelChart(steps: readonly FunnelStep[], options: FunnelChartOptions): TopLevelSpec {
  const parsed = FunnelStep.array().min(1).parse(steps);
  const { title, unit = '', conversionTitle = '前段階比', note = '', color = palette.categorical[0], width = 640 } = options;
  const labels = bandLabels(parsed, width * 0.3);
  const convRoom = Math.max(textWidth(conversionTitle, { fontSize: SIZES.small }), textWidth('100.0%', { fontSize: SIZES.label })) + 16;
  const plotWidth = Math.max(160, Math.round(width - 2 * SIZES.padding - labels.width - 6 - convRoom));
  // Last year's counts (when given) are ticks at both ends of the centred width each would have; the scale holds them too.
  const previous = hasPrevious(parsed);
  const max = Math.max(...parsed.map((s) => s.count), ...(previous ? parsed.map((s) => s.previous ?? 0) : []), 1e-9);
  const ink = contrastText(color);
  const rows = parsed.map((s, i) => {
    const label = `${formatCount(s.count)}${s.unit ?? unit}`;
    const prev = parsed[i - 1];
    const px = (s.count / max) * plotWidth;
    return {
      code: s.code,
      count: s.count,
      x0: (max - s.count) / 2,
      x1: (max + s.count) / 2,
      mid: max / 2,
      countLabel: label,
      inside: px >= textWidth(label, { fontSize: SIZES.label, bold: true }) + 10,
      conversion: prev === undefined ? '' : prev.count > 0 ? formatPct((100 * s.count) / prev.count) : '—',
      ...(previous && s.previous !== undefined ? { prevX0: (max - s.previous) / 2, prevX1: (max + s.previous) / 2 } : {}),
      ...(previous ? { textAt: Math.max((max + s.count) / 2, (max + (s.previous ?? 0)) / 2) } : {}),
    };
  });
  const x = { type: 'quantitative' as const, scale: { domain: [0, max], nice: false }, axis: null };
  const step = Math.max(34, labels.maxLines * SIZES.lineHeight + 12);
  const text = { type: 'text', baseline: 'middle', fontSize: SIZES.label } as const;
  return {
    title: chartTitle(title, baseCaption({ note }), width - 2 * SIZES.padding),
    width: plotWidth,
    height: { step },
    data: { values: rows },
    encoding: { y: { field: 'code', type: 'nominal', sort: parsed.map((s) => s.code), axis: { ...bandAxis(labels, 'left'), domain: false } } },
    layer: [
      { mark: { type: 'bar', color, height: { band: 0.74 } }, encoding: { x: { ...x, field: 'x0' }, x2: { field: 'x1' } } },
      {
        transform: [{ filter: 'datum.inside' }],
        mark: { ...text, align: 'center', color: ink, fontWeight: 'bold' },
        encoding: { x: { ...x, field: 'mid' }, text: { field: 'countLabel' } },
      },
      {
        transform: [{ filter: '!datum.inside' }],
        mark: { ...text, align: 'left', dx: 5, color: palette.text, fontWeight: 'bold' },
        encoding: { x: { ...x, field: previous ? 'textAt' : 'x1' }, text: { field: 'countLabel' } },
      },
      { mark: { ...text, align: 'left', color: palette.mutedText }, encoding: { x: { value: plotWidth + 16 }, text: { field: 'conversion' } } },
      {
        data: { values: [{ heading: conversionTitle }] },
        mark: { ...text, align: 'left', baseline: 'bottom', fontSize: SIZES.small, color: palette.mutedText },
        encoding: { x: { value: plotWidth + 16 }, y: { value: -4 }, text: { field: 'heading' } },
      },
      ...(previous ? [...previousTickLayers('prevX0', { size: Math.round(step * 0.86), scale: x.scale }), ...previousTickLayers('prevX1', { size: Math.round(step * 0.86), scale: x.scale })] : []),
    ],
    config: theme,
  };
}
