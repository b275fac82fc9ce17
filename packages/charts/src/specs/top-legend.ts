import { SIZES } from '../theme/sizes.js';
import { labelExpr } from '../text/label-expr.js';
import { textWidth } from '../text/text-width.js';

// Symbol, its gap to the label, and the legend's column padding (theme.legend), in px.
const ITEM_CHROME = 12 + 5 + 16;
const ROW_HEIGHT = SIZES.label + 6;

/**
 * A legend of codes → labels spanning the chart's full width above the plot, starting at the
 * chart's left edge (under the title) rather than at the plot's, which sits right of the row
 * labels. Vega lays legends out from its own text estimate, so the builder decides how many
 * columns fit from measured labels: one row when they all fit, else a grid.
 *
 * @param entries code → label, in legend order
 * @param width   the chart's inner width (without padding), px
 * @param offset  how far the plot starts right of the chart's left edge, px
 */
export function topLegend(entries: ReadonlyMap<string, string>, width: number, offset: number, title: string | null = null) {
  const labels = [...entries.values()];
  const widths = labels.map((l) => textWidth(l, { fontSize: SIZES.label }) + ITEM_CHROME);
  const columns = widths.reduce((a, b) => a + b, 0) <= width ? labels.length : Math.max(1, Math.floor(width / Math.max(...widths)));
  const rows = Math.ceil(labels.length / columns) + (title ? 1 : 0);
  return {
    title,
    orient: 'none',
    direction: 'horizontal',
    columns,
    legendX: -offset,
    legendY: -(rows * ROW_HEIGHT + 10),
    labelExpr: labelExpr(new Map([...entries].map(([code, label]) => [code, [label]]))),
  } as const;
}
