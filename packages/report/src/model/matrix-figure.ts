import type { ReportFigure, ReportTable } from './types.js';

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
}

/** A rows × columns count matrix with its 合計 margins: a heatmap and the same numbers as a table. */
export function matrixFigure(m: MatrixFigureInput): ReportFigure {
  const table: ReportTable = {
    id: m.id,
    title: m.title,
    columns: [{ key: 'row', header: m.corner, kind: 'text' }, ...m.columns.map((c) => ({ key: c.code, header: c.label, kind: 'count' as const })), { key: 'total', header: '合計', kind: 'count' }],
    rows: [
      ...m.rows.map((r, i) => ({ row: r.label, ...Object.fromEntries(m.columns.map((c, j) => [c.code, m.counts[i]![j]!])), total: m.rowTotals[i]! })),
      { row: '合計', ...Object.fromEntries(m.columns.map((c, j) => [c.code, m.columnTotals[j]!])), total: m.total },
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
