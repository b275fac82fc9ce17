import type { Column } from '../codebook/schema.js';

/**
 * The denominator of a table's percentages. Every table names its base, because the same counts
 * give different shares (labelled `vignettes/missing_values`; expss `cross_cpct` vs `_responses`):
 * - `all`: every row of the table (missing answers included, shown as 無回答);
 * - `asked`: rows the question was asked of (a conditional question's routing holds);
 * - `valid`: rows that answered (asked and not missing): multi-response shares may pass 100 %;
 * - `responses`: all options chosen (multi only): shares add up to 100 %.
 */
export type BaseKind = 'all' | 'asked' | 'valid' | 'responses';

/**
 * The base the programme reports use (docs/codebook.md, "Percent bases"): all respondents
 * for single-response questions, those asked for conditional ones, valid cases for
 * multiple-response questions and numbers.
 */
export function defaultBase(column: Column): BaseKind {
  if (column.type === 'multi' || column.type === 'multi-prefecture' || column.type === 'list') return 'valid';
  if (column.askedWhen) return 'asked';
  if (column.type === 'single' || column.type === 'prefecture') return 'all';
  return 'valid';
}

/** Japanese caption of a base, for tables and charts. */
export function baseLabel(kind: BaseKind): string {
  switch (kind) {
    case 'all':
      return '全回答者';
    case 'asked':
      return '該当者';
    case 'valid':
      return '有効回答者';
    case 'responses':
      return '回答数（延べ）';
  }
}
