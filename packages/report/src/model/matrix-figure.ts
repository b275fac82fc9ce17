import type { PreviousCrosstab } from '../figures/figure-ids.js';
import { NOT_LAST_YEAR } from './previous-cells.js';
import type { ReportFigure, ReportTable, TableCell } from './types.js';

interface Label {
  readonly code: string;
  readonly label: string;
}

export interface MatrixFigureInput {
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly source: string;
  readonly note?: string;
  /** Header of the table's first column, e.g. `地域 ＼ 指導テーマ`. */
  readonly corner: string;
  readonly rows: readonly Label[];
  readonly columns: readonly Label[];
  /** counts[r][c] */
  readonly counts: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly total: number;
  /**
   * The same matrix in the previous year, by row code then column code (`total` for a margin):
   * each row (合計 too) is followed by its 前年度 row and its 増減 row, with 前年度なし where that
   * year lacked the row or column. Rows rather than columns, so that the table keeps its width.
   */
  readonly previous?: PreviousCrosstab;
}

/** A rows × columns count matrix with its 合計 margins: a heatmap and the same numbers as a table. */
export function matrixFigure(m: MatrixFigureInput): ReportFigure {
  const table: ReportTable = {
    id: m.id,
    title: m.title,
    columns: [{ key: 'row', header: m.corner, kind: 'text' }, ...m.columns.map((c) => ({ key: c.code, header: c.label, kind: 'count' as const })), { key: 'total', header: '合計', kind: 'count' }],
    rows: [
      ...m.rows.flatMap((r, i) => withPrevious(m, r.code, { row: r.label, ...Object.fromEntries(m.columns.map((c, j) => [c.code, m.counts[i]![j]!])), total: m.rowTotals[i]! })),
      ...withPrevious(m, 'total', { row: '合計', ...Object.fromEntries(m.columns.map((c, j) => [c.code, m.columnTotals[j]!])), total: m.total }),
    ],
  };
  return {
    id: m.id,
    title: m.title,
    caption: m.caption,
    source: m.source,
    ...(m.note ? { note: m.note } : {}),
    chart: { kind: 'heatmap', rows: m.rows, columns: m.columns, counts: m.counts, rowTotals: m.rowTotals, columnTotals: m.columnTotals, total: m.total },
    table,
  };
}

/** A matrix row, followed (when the previous year is given) by its 前年度 and 増減 rows. */
function withPrevious(m: MatrixFigureInput, code: string, row: Readonly<Record<string, TableCell>>): Readonly<Record<string, TableCell>>[] {
  if (!m.previous) return [row];
  const then = m.previous.get(code);
  const keys = [...m.columns.map((c) => c.code), 'total'];
  const last = (key: string) => then?.get(key);
  return [
    row,
    { row: `${row['row'] as string}（前年度）`, ...Object.fromEntries(keys.map((k) => [k, last(k) ?? NOT_LAST_YEAR])) },
    { row: `${row['row'] as string}（増減）`, ...Object.fromEntries(keys.map((k) => [k, last(k) === undefined ? null : (row[k] as number) - last(k)!])) },
  ];
}
