import type { TopLevelSpec } from 'vega-lite';
import { contrastText } from '../color/contrast-text.js';
import { classFill, valueClasses } from '../color/value-classes.js';
import { baseCaption } from '../format/base-caption.js';
import { formatCount } from '../format/format-number.js';
import { CountMatrix } from '../schema/inputs.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { theme } from '../theme/theme.js';
import { bandAxis } from './band-axis.js';
import { bandLabels } from './band-labels.js';
import { chartTitle } from './chart-title.js';

/** Options of {@link heatmapTable}. */
export interface HeatmapTableOptions {
  /** Chart title (Japanese), also the SVG's accessible name. */
  title: string;
  /** Caption under the title (`単位：社`). */
  note?: string;
  /** Add the 合計 row and column. Default true. */
  margins?: boolean;
  /** Label of the margins. Default `合計`. */
  totalLabel?: string;
  /** Width of a cell in px; column labels wrap to it. Default 92. */
  cellWidth?: number;
  /** Height of a cell in px. Default 34. */
  cellHeight?: number;
}

/** Code of the margin row and column; ascii codes from a codebook never start with `__`. */
export const TOTAL_CODE = '__total__';

/**
 * A rows × columns table of counts drawn as a heatmap: every cell prints its count and is shaded
 * by it on the sequential ramp (zero stays white), and the 合計 row and column sit outside the
 * scale in neutral grey so the margins do not wash out the inner cells. Column labels are on top,
 * wrapped to the cell width; rows and columns keep the given order.
 */
export function heatmapTable(matrix: CountMatrix, options: HeatmapTableOptions): TopLevelSpec {
  const m = CountMatrix.parse(matrix);
  const { title, note = '', margins = true, totalLabel = '合計', cellWidth = 92, cellHeight = 34 } = options;
  const total = { code: TOTAL_CODE, label: totalLabel };
  const rows = margins ? [...m.rows, total] : m.rows;
  const columns = margins ? [...m.columns, total] : m.columns;
  const classes = valueClasses(Math.max(0, ...m.counts.flat()));
  const rowSum = (r: number) => m.counts[r]!.reduce((a, b) => a + b, 0);
  const colSum = (c: number) => m.counts.reduce((a, row) => a + row[c]!, 0);
  const cells = rows.flatMap((row, r) =>
    columns.map((col, c) => {
      const margin = row.code === TOTAL_CODE || col.code === TOTAL_CODE;
      const count =
        row.code === TOTAL_CODE && col.code === TOTAL_CODE
          ? m.counts.flat().reduce((a, b) => a + b, 0)
          : row.code === TOTAL_CODE
            ? colSum(c)
            : col.code === TOTAL_CODE
              ? rowSum(r)
              : m.counts[r]![c]!;
      const fill = margin ? palette.margin : classFill(count, classes);
      const ink = count === 0 && !margin ? palette.mutedText : contrastText(fill);
      return { row: row.code, col: col.code, count, text: formatCount(count), fill, ink, margin };
    }),
  );
  const rowLabels = bandLabels(rows, 200);
  const colLabels = bandLabels(columns, cellWidth - 8);
  return {
    title: chartTitle(title, baseCaption({ note }), Math.max(320, rowLabels.width + columns.length * cellWidth)),
    width: { step: cellWidth },
    height: { step: Math.max(cellHeight, rowLabels.maxLines * SIZES.lineHeight + 10) },
    data: { values: cells },
    encoding: {
      x: { field: 'col', type: 'nominal', sort: columns.map((c) => c.code), scale: { paddingInner: 0, paddingOuter: 0 }, axis: { ...bandAxis(colLabels, 'top'), domain: false, labelBaseline: 'bottom' } },
      y: { field: 'row', type: 'nominal', sort: rows.map((r) => r.code), scale: { paddingInner: 0, paddingOuter: 0 }, axis: { ...bandAxis(rowLabels, 'left'), domain: false } },
    },
    layer: [
      { mark: { type: 'rect', stroke: palette.background, strokeWidth: 2 }, encoding: { fill: { field: 'fill', type: 'nominal', scale: null } } },
      // White cells on a white page need an outline to read as cells.
      { transform: [{ filter: `datum.fill === '${palette.zero}'` }], mark: { type: 'rect', fill: null, stroke: palette.grid, strokeWidth: 1, width: { band: 0.94 }, height: { band: 0.88 } } },
      ...(['normal', 'bold'] as const).map((fontWeight) => ({
        transform: [{ filter: `datum.margin === ${fontWeight === 'bold'}` }],
        mark: { type: 'text' as const, baseline: 'middle' as const, align: 'center' as const, fontSize: SIZES.label, fontWeight },
        encoding: { text: { field: 'text' }, color: { field: 'ink', type: 'nominal' as const, scale: null } },
      })),
    ],
    config: theme,
  };
}
