import type { ColumnTable } from 'arquero';
import type { Codebook, Column } from '@smesec/survey';

/**
 * How a column is stored in Arrow and Parquet. One decision per column, shared by both formats,
 * so that a column reads back as the same type from either file:
 * - `code`: an option code (a factor in R, a categorical in pandas): dictionary-encoded text;
 * - `text`: free text, ids and ISO dates (`YYYY-MM-DD`);
 * - `codes`: a multiple answer: a list of codes, `[]` when nothing was chosen;
 * - `int`: whole numbers (scale points, counts); `double`: other numbers; `boolean`: flags.
 * Every kind is nullable: a missing answer is null (a multiple answer's is the empty list).
 */
export type ColumnKind = 'code' | 'text' | 'codes' | 'int' | 'double' | 'boolean';

/** The kind of a codebook column: what its answers are once read. */
export function kindOfColumn(column: Column): ColumnKind {
  switch (column.type) {
    case 'single':
    case 'prefecture':
      return 'code';
    case 'multi':
    case 'multi-prefecture':
    case 'list':
      return 'codes';
    case 'scale':
    case 'integer':
      return 'int';
    case 'number':
      return 'double';
    default:
      return 'text';
  }
}

const INT32_MAX = 2 ** 31 - 1;

/** The kind of a column with no codebook entry (scores, tabulations), from its values. */
export function inferKind(values: ArrayLike<unknown>): ColumnKind {
  let sawNumber = false;
  let integral = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v == null) continue;
    if (Array.isArray(v)) return 'codes';
    if (typeof v === 'boolean') return 'boolean';
    if (typeof v === 'string') return 'text';
    if (typeof v === 'number') {
      sawNumber = true;
      if (!Number.isInteger(v) || Math.abs(v) > INT32_MAX) integral = false;
    }
  }
  // A column of nothing but nulls is written as text: the most permissive type to read back.
  return sawNumber ? (integral ? 'int' : 'double') : 'text';
}

/** Where column kinds come from. */
export interface ColumnKindsOptions {
  /** Columns found in the codebook take their kind from it; others are inferred from values. */
  codebook?: Codebook;
  /** Kinds given by the caller win over both. */
  kinds?: Readonly<Record<string, ColumnKind>>;
}

/** The kind of every column of a table, in its column order. */
export function columnKinds(table: ColumnTable, { codebook, kinds = {} }: ColumnKindsOptions = {}): Record<string, ColumnKind> {
  const out: Record<string, ColumnKind> = {};
  for (const name of table.columnNames()) {
    const column = codebook?.columns.find((c) => c.id === name);
    out[name] = kinds[name] ?? (column ? kindOfColumn(column) : inferKind(table.array(name) as ArrayLike<unknown>));
  }
  return out;
}
