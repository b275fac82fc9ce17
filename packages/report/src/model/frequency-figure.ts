import { baseLabel, columnOf, optionLabel, type Codebook, type Frequency } from '@smesec/survey';
import type { InstrumentResults } from '../analysis/analyse.js';
import type { PreviousFrequency } from '../figures/figure-ids.js';
import { int, round1 } from './format.js';
import { previousCells, previousColumns, previousLabelOf } from './previous-cells.js';
import type { ChartItem, ReportFigure, ReportTable, TableColumn } from './types.js';

export interface FrequencyFigureOptions {
  codebook: Codebook;
  /** Source line shown under the figure. */
  source: string;
  /** Title; defaults to the question's label. */
  title?: string;
  /** Chart kind: sorted bars (multi-response and long lists) or one 100 % stacked bar (a distribution). */
  chart?: 'bar' | 'stacked';
  /** Keep the codebook's option order instead of sorting by count (ordinal scales). */
  keepOrder?: boolean;
  note?: string;
  /** Figure id (default `<instrument>-<column>`). */
  id?: string;
  /** The question in the previous year (from its figures.json): adds 前年度 and 増減 columns. */
  previous?: PreviousFrequency;
}

export const FREQUENCY_COLUMNS: readonly TableColumn[] = [
  { key: 'label', header: '選択肢', kind: 'text' },
  { key: 'count', header: '件数', kind: 'count' },
  { key: 'pct', header: '割合（%）', kind: 'pct' },
  { key: 'ci_low', header: '95%信頼区間 下限（%）', kind: 'pct' },
  { key: 'ci_high', header: '95%信頼区間 上限（%）', kind: 'pct' },
];

/** `n=218（有効回答者）・無回答 3・複数回答`: the base of a table in words. */
export function frequencyCaption(f: Frequency, codebook: Codebook): string {
  const col = columnOf(codebook, f.column);
  const parts = [`n=${int(f.n)}（${baseLabel(f.base)}）`];
  if (f.base === 'asked' && col.askedWhen) {
    const cond = col.askedWhen;
    parts[0] = `n=${int(f.n)}（${columnOf(codebook, cond.column).label}が「${cond.in.map((c) => optionLabel(codebook, cond.column, c)).join('・')}」の回答者）`;
  }
  parts.push(`無回答 ${int(f.missing)}`);
  if (f.type === 'multi' || f.type === 'multi-prefecture') parts.push('複数回答');
  return parts.join('・');
}

/** The frequency of a question from the analysis, or throw: the model never shows a made-up 0. */
export function frequencyOf(instrument: InstrumentResults, column: string): Frequency {
  const f = instrument.frequencies.get(column);
  if (!f) throw new Error(`the analysis has no frequency of ${instrument.codebook.id}.${column}`);
  return f;
}

/** A question's frequencies as a figure: chart items, a table with counts, shares and intervals, and its caption. */
export function frequencyFigure(f: Frequency, options: FrequencyFigureOptions): ReportFigure {
  const { codebook, source, chart = 'bar', keepOrder = chart === 'stacked', note, previous } = options;
  const column = f.column;
  const col = columnOf(codebook, column);
  const items: ChartItem[] = f.items.map((i) => {
    const last = previous?.items.get(i.code)?.pct;
    return { code: i.code, label: optionLabel(codebook, column, i.code), count: i.count, pct: i.pct, ...(last !== undefined && Number.isFinite(last) ? { previous: last } : {}) };
  });
  if (f.base === 'all' && f.missing > 0) {
    // Last year's blanks, as a share of its base like this year's: a tick on the 無回答 bar too.
    const last = previous?.missing !== undefined && previous.base > 0 ? (100 * previous.missing) / previous.base : undefined;
    items.push({ code: '_missing', label: '無回答', count: f.missing, pct: (100 * f.missing) / f.n, ...(last !== undefined ? { previous: last } : {}) });
  }
  const rows: ReportTable['rows'] = [
    ...f.items.map((i) => {
      const row = { label: optionLabel(codebook, column, i.code), count: i.count, pct: round1(i.pct), ci_low: round1(i.ci?.[0] ?? NaN), ci_high: round1(i.ci?.[1] ?? NaN) };
      if (!previous) return row;
      return { ...row, ...previousCells('pct', 'pct', i.pct, previous.items.get(i.code)?.pct) };
    }),
    ...(f.missing > 0
      ? [{ label: f.base === 'all' ? '無回答' : '無回答（母数に含まない）', count: f.missing, pct: f.base === 'all' ? round1((100 * f.missing) / f.n) : null, ci_low: null, ci_high: null }]
      : []),
    { label: '母数（n）', count: f.n, pct: f.n > 0 ? 100 : null, ci_low: null, ci_high: null },
  ];
  const id = options.id ?? `${codebook.id}-${column.replace(/_/g, '-')}`;
  const title = options.title ?? col.label;
  return {
    id,
    title,
    caption: previous ? `${frequencyCaption(f, codebook)}・前年度 n=${int(previous.base)}` : frequencyCaption(f, codebook),
    source,
    ...(note ? { note } : {}),
    ...(previous && items.some((i) => i.previous !== undefined) ? { previousLabel: previousLabelOf(previous.year) } : {}),
    chart:
      chart === 'stacked'
        ? { kind: 'stacked', rows: [{ code: column, label: title, segments: items }] }
        : { kind: 'bar', items, sort: keepOrder ? 'none' : 'desc', multi: f.type === 'multi' || f.type === 'multi-prefecture' },
    table: { id, title, columns: previous ? [...FREQUENCY_COLUMNS, ...previousColumns('pct', 'pct')] : FREQUENCY_COLUMNS, rows },
  };
}

/** The frequency figure of an instrument's question, with the previous year's when it had the question. */
export function figureOf(instrument: InstrumentResults, source: string, previous?: ReadonlyMap<string, PreviousFrequency>) {
  return (column: string, opts: Partial<FrequencyFigureOptions> = {}) => {
    const last = previous?.get(`${instrument.codebook.id}.${column}`);
    return frequencyFigure(frequencyOf(instrument, column), { codebook: instrument.codebook, source, ...(last ? { previous: last } : {}), ...opts });
  };
}
