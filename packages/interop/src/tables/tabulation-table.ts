import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { codesOf, columnOf, defaultBase, labelOf, tabulate, type BaseKind, type Codebook } from '@smesec/survey';

/** Options of {@link tabulationTable}. */
export interface TabulationTableOptions {
  /** The codebook the table was read with. */
  codebook: Codebook;
  /** Questions to tabulate. Default: every question with a fixed set of codes (choices, prefectures, scales). */
  columns?: readonly string[];
  /**
   * One base for every question. Default: each question's published base (see `defaultBase`).
   * `responses` applies to multiple-response questions; the others keep their default.
   */
  base?: BaseKind;
  /** Add the 無回答 (and on base `all` of a conditional question, 非該当) rows on bases `all` and `asked`, so shares sum to 100 %. */
  includeMissing?: boolean;
  /** A numeric column of weights (see `tabulate`). */
  weight?: string;
}

/** One row of a tabulation table. */
export interface TabulationRow {
  /** The codebook id (`experts`, `attendees`, …). */
  readonly instrument: string;
  /** The column id. */
  readonly question: string;
  /** The question's label from the codebook. */
  readonly question_label: string;
  /** The base the share is of. */
  readonly base: BaseKind;
  /** The base n: the denominator of pct. */
  readonly n: number;
  /** Asked but not answered. */
  readonly missing: number;
  /** The option code (the number, as text, for a scale point). */
  readonly code: string;
  /** The code's label (an option's label, a prefecture's name, 無回答). */
  readonly label: string;
  /** Respondents choosing it (for the responses base: times chosen). */
  readonly count: number;
  /** 100 × count / n; null when n is 0. */
  readonly pct: number | null;
  /** Wilson 95 % interval of pct; null for the responses base or n = 0. */
  readonly ci_low: number | null;
  /** Upper bound of the interval. */
  readonly ci_high: number | null;
}

/**
 * Frequencies of many questions as one long table, a row per question and code in codebook
 * order (codes nobody chose included, with 0), each with its label: what a researcher filters
 * and plots in R or pandas. Every row carries its base and n, because a share means nothing
 * without them.
 */
export function tabulationTable(table: ColumnTable, { codebook, columns, base, includeMissing, weight }: TabulationTableOptions): ColumnTable {
  const present = new Set(table.columnNames());
  const ids = columns ?? codebook.columns.filter((c) => present.has(c.id) && codesOf(c).length > 0).map((c) => c.id);
  const rows: TabulationRow[] = [];
  for (const id of ids) {
    const column = columnOf(codebook, id);
    const multi = column.type === 'multi' || column.type === 'multi-prefecture' || column.type === 'list';
    const kind = (base === 'responses' && !multi ? undefined : base) ?? defaultBase(column);
    const missingRows = includeMissing === true && (kind === 'all' || kind === 'asked');
    const f = tabulate(table, id, { codebook, base: kind, includeMissing: missingRows, ...(weight !== undefined ? { weight } : {}) });
    for (const item of f.items) {
      rows.push({
        instrument: codebook.id,
        question: id,
        question_label: labelOf(codebook, id),
        base: f.base,
        n: f.n,
        missing: f.missing,
        code: item.code,
        label: item.label,
        count: item.count,
        pct: Number.isFinite(item.pct) ? item.pct : null,
        ci_low: item.ci?.[0] ?? null,
        ci_high: item.ci?.[1] ?? null,
      });
    }
  }
  return aq.from(rows);
}
