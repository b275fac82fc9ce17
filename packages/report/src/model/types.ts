/**
 * The report model: everything the dashboard shows, as data (codes, Japanese labels, numbers).
 * It knows nothing of HTML or chart libraries; the dashboard package renders it.
 */

export interface TableColumn {
  readonly key: string;
  /** Japanese header, as printed and as written to the CSV. */
  readonly header: string;
  /** `points`: a change of a percentage, in points, shown signed with one decimal (+4.0, -0.4). */
  readonly kind: 'text' | 'count' | 'pct' | 'points' | 'number';
}

export type TableCell = string | number | null;

export interface ReportTable {
  /** File name stem of `tables/<id>.csv`; also the HTML anchor. */
  readonly id: string;
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly Readonly<Record<string, TableCell>>[];
}

/** One bar, segment or cell of a chart: a code, its label and its numbers. */
export interface ChartItem {
  readonly code: string;
  readonly label: string;
  readonly count: number;
  /** Percent of the base (NaN when the base is 0). */
  readonly pct: number;
  /** The previous year's percent, when a comparison is given and that year had the option (never a 0 for one it lacked). */
  readonly previous?: number;
  /** The previous year's count, for a chart of counts (the ◎/○ ratings); absent as `previous` is. */
  readonly previousCount?: number;
}

/** What a figure draws; the dashboard chooses the chart builder by `kind`. */
export type ChartIntent =
  | { readonly kind: 'bar'; readonly items: readonly ChartItem[]; readonly sort: 'desc' | 'none'; readonly multi: boolean; readonly measure?: 'pct' | 'count' }
  | { readonly kind: 'stacked'; readonly rows: readonly { readonly code: string; readonly label: string; readonly segments: readonly ChartItem[] }[] }
  | { readonly kind: 'grouped'; readonly groups: readonly { readonly code: string; readonly label: string; readonly items: readonly ChartItem[] }[]; readonly measure?: 'pct' | 'count' }
  | { readonly kind: 'funnel'; readonly steps: readonly ChartItem[] }
  | {
      readonly kind: 'heatmap';
      readonly rows: readonly { readonly code: string; readonly label: string }[];
      readonly columns: readonly { readonly code: string; readonly label: string }[];
      /** counts[r][c] */
      readonly counts: readonly (readonly number[])[];
      readonly rowTotals: readonly number[];
      readonly columnTotals: readonly number[];
      readonly total: number;
    }
  | {
      readonly kind: 'tilemap';
      /** Value per prefecture JIS code (`01`–`47`). */
      readonly values: Readonly<Record<string, number>>;
      readonly legendTitle: string;
    };

export interface ReportFigure {
  /** Stable id: the table's file name and the figure's anchor. */
  readonly id: string;
  readonly title: string;
  /** Base, missing and response type in Japanese, e.g. `n=218（有効回答者）・無回答 3・複数回答`. */
  readonly caption: string;
  /** Where the numbers come from, e.g. `セキュリティ専門家スキル調査アンケート（令和6年度）`. */
  readonly source: string;
  /** Optional remark (a published chart's labelling, a decision of ours). */
  readonly note?: string;
  readonly chart: ChartIntent;
  readonly table: ReportTable;
  /** Extra lines shown under the chart (e.g. the list of uncovered prefectures). */
  readonly details?: readonly string[];
  /** What the chart's previous-year values are called, e.g. 「前年度（令和6年度）」: set when its items carry them. */
  readonly previousLabel?: string;
}

export interface ReportSection {
  /** HTML id of the section (ascii). */
  readonly id: string;
  readonly title: string;
  /** A sentence or two of what the section shows. */
  readonly lead?: string;
  readonly figures: readonly ReportFigure[];
}

export interface KeyNumber {
  /** The figure id it shows (figures.json). */
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** A short qualifier, e.g. `122名`. */
  readonly sub?: string;
  /** The previous year's value when a comparison is given. */
  readonly previous?: number;
}
