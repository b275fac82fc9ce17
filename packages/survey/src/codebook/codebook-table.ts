import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { baseLabel, defaultBase } from '../tabulate/base.js';
import { codesOf } from '../tabulate/frequency.js';
import { optionLabel } from './labels.js';
import type { Codebook, Column } from './schema.js';

/** One row of {@link codebookTable}: one variable. */
export interface CodebookRow {
  /** Column id. */
  readonly id: string;
  /** The question text. */
  readonly label: string;
  /** `single`, `multi`, `scale`, `integer`, … */
  readonly type: string;
  /** Options as `code=label` joined by `; ` in codebook order (scale points for a scale; a count for prefectures); empty for free columns. */
  readonly options: string;
  /** How many codes the column can take (0 for free and numeric columns). */
  readonly n_options: number;
  /** The routing: `column in code, code` for a conditional question; empty when asked of everyone. */
  readonly routing: string;
  /** The default base of its percentages (`all`, `asked`, `valid`), and that base's Japanese caption. */
  readonly base: string;
  readonly base_label: string;
  /** Unit, range or length limit where the codebook gives one. */
  readonly range: string;
  readonly required: boolean;
  readonly personal: boolean;
  readonly description: string;
}

function optionsText(codebook: Codebook, column: Column): string {
  if (column.type === 'prefecture') return '47 prefectures (JIS code=name)';
  if (column.type === 'multi-prefecture') return `${column.nationwide ? `${column.nationwide.code}=${column.nationwide.label}; ` : ''}47 prefectures (JIS code=name)`;
  return codesOf(column)
    .map((code) => `${code}=${optionLabel(codebook, column.id, code)}`)
    .join('; ');
}

function rangeText(column: Column): string {
  if (column.type === 'integer' || column.type === 'number') {
    const span = column.min !== undefined || column.max !== undefined ? `${column.min ?? ''}–${column.max ?? ''}` : '';
    return [span, column.unit ?? ''].filter(Boolean).join(' ');
  }
  if (column.type === 'scale') return `${column.min}–${column.max}`;
  if (column.type === 'text' && column.maxLength !== undefined) return `≤ ${column.maxLength} characters`;
  return '';
}

/**
 * The variable view of a codebook (as SPSS's Variable View or labelled's `look_for`): a row
 * per column with its id, label, type, options, routing, default base and limits.
 *
 * ```ts
 * codebookTable(instrumentOf(fy2024, 'experts')).print();
 * ```
 */
export function codebookTable(codebook: Codebook): ColumnTable {
  const rows: CodebookRow[] = codebook.columns.map((column) => {
    const base = defaultBase(column);
    return {
      id: column.id,
      label: column.label,
      type: column.type,
      options: optionsText(codebook, column),
      n_options: codesOf(column).length,
      routing: column.askedWhen ? `${column.askedWhen.column} in ${column.askedWhen.in.join(', ')}` : '',
      base,
      base_label: baseLabel(base),
      range: rangeText(column),
      required: column.required,
      personal: column.personal,
      description: column.description ?? '',
    };
  });
  return aq.from(rows);
}
