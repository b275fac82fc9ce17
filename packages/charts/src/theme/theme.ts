import type { Config } from 'vega-lite';
import { FONT_FAMILY } from './font.js';
import { palette } from './palette.js';
import { SIZES } from './sizes.js';

/**
 * The one Vega-Lite `config` every chart carries: Japanese fonts, the shared sizes and colours, a
 * light grid, and no border around the plot area.
 *
 * Text limits are switched off (`labelLimit: 0`, `limit: 0`): labels are wrapped by the spec
 * builders instead, because an ellipsis in a Japanese category name hides the one word that
 * tells two categories apart. ARIA defaults are off because the rendered SVG is a single
 * `role="img"` with its own accessible name; per-mark descriptions would only repeat codes.
 */
export const theme: Config = {
  font: FONT_FAMILY,
  background: palette.background,
  padding: SIZES.padding,
  aria: false,
  // The top-level flag does not reach marks, guides and titles in Vega-Lite 6: each says so too,
  // or every bar becomes an unnamed role="graphics-symbol" inside the image.
  mark: { aria: false },
  view: { stroke: null },
  title: {
    anchor: 'start',
    fontSize: SIZES.title,
    fontWeight: 'bold',
    color: palette.text,
    subtitleFontSize: SIZES.subtitle,
    subtitleColor: palette.mutedText,
    subtitlePadding: 4,
    offset: 12,
    limit: 0,
    aria: false,
  },
  axis: {
    labelFontSize: SIZES.label,
    titleFontSize: SIZES.label,
    titleFontWeight: 'normal',
    labelColor: palette.text,
    titleColor: palette.mutedText,
    domainColor: palette.axis,
    tickColor: palette.axis,
    gridColor: palette.grid,
    labelLimit: 0,
    labelLineHeight: SIZES.lineHeight,
    labelPadding: 6,
    aria: false,
  },
  axisBand: { grid: false, ticks: false },
  legend: {
    labelFontSize: SIZES.label,
    titleFontSize: SIZES.label,
    titleFontWeight: 'normal',
    labelColor: palette.text,
    titleColor: palette.mutedText,
    labelLimit: 0,
    symbolType: 'square',
    symbolSize: 140,
    symbolStrokeWidth: 0,
    columnPadding: 16,
    rowPadding: 6,
    aria: false,
  },
  text: { fontSize: SIZES.label, color: palette.text },
  range: {
    category: [...palette.categorical],
    ordinal: [...palette.sequential],
    heatmap: [...palette.sequential],
    ramp: [...palette.sequential],
  },
};
