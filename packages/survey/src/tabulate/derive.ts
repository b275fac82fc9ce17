import type { ColumnTable } from 'arquero';
import { Codebook, type CodebookInput, type Column, type OptionDef } from '../codebook/schema.js';
import { checkCodebook, tableColumn } from './check.js';

/** A table and its codebook, each with the derived column added. */
export interface Derived {
  readonly table: ColumnTable;
  readonly codebook: Codebook;
}

/** The new column of {@link deriveColumn}: a single- or multiple-response question and how each row gets its answer. */
export interface DeriveColumnOptions {
  /** Column id of the new column (ascii, not already in the codebook). */
  id: string;
  /** Its label, as tables and charts show it. */
  label: string;
  /** `single` (default): one code or null per row; `multi`: a list of codes per row. */
  type?: 'single' | 'multi';
  /** Its options in display order: `{ code, label }`. */
  options: readonly { code: string; label: string }[];
  /** The answer of row i (`row` holds that row's values): a code (or codes for multi), or null for missing. */
  value: (row: Record<string, unknown>, i: number) => string | readonly string[] | null;
  /** Free documentation, kept in the codebook. */
  description?: string;
}

/**
 * Add a derived coded column to a table and to its codebook at once, so that `tabulate`,
 * `crosstab`, the tests and the exports treat it like a question of the instrument: labels,
 * codebook order and bases included. Every value is checked against the options.
 *
 * ```ts
 * const { table: t2, codebook: cb2 } = deriveColumn(table, codebook, {
 *   id: 'senior', label: '50歳以上', options: [{ code: 'yes', label: '50歳以上' }, { code: 'no', label: '50歳未満' }],
 *   value: (row) => (row.age_band == null ? null : ['50s', '60s', '70plus'].includes(row.age_band as string) ? 'yes' : 'no'),
 * });
 * tabulate(t2, 'senior', { codebook: cb2 });
 * ```
 *
 * @throws TypeError when the id is taken or a row's value is not one of the options (naming the row and value).
 */
export function deriveColumn(table: ColumnTable, codebook: Codebook, options: DeriveColumnOptions): Derived {
  checkCodebook(codebook, 'deriveColumn');
  const { id, label, type = 'single', options: choices, value, description } = options;
  if (codebook.columns.some((c) => c.id === id) || table.columnNames().includes(id)) {
    throw new TypeError(`deriveColumn: column "${id}" already exists in ${codebook.columns.some((c) => c.id === id) ? `codebook ${codebook.id}` : 'the table'}; expected a new id`);
  }
  if (type !== 'single' && type !== 'multi') throw new TypeError(`deriveColumn: type "${String(type)}" is not valid; expected one of: single, multi`);
  const column = { id, label, type, options: choices.map((o) => ({ code: o.code, label: o.label })), required: false, ...(description ? { description } : {}) };
  const parsed = parseWith(codebook, column, 'deriveColumn');
  const codes = new Set(choices.map((o) => o.code));
  const names = table.columnNames();
  const arrays = names.map((name) => table.array(name) as ArrayLike<unknown>);
  const n = table.numRows();
  const values: unknown[] = new Array(n);
  const row: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    names.forEach((name, k) => (row[name] = arrays[k]![i]));
    const v = value(row, i);
    const list = v == null ? [] : typeof v === 'string' ? [v] : v;
    for (const code of list) {
      if (!codes.has(code)) throw new TypeError(`deriveColumn: row ${i + 1} of ${id} is ${JSON.stringify(code)}; expected one of: ${[...codes].join(', ')}`);
    }
    if (type === 'single' && Array.isArray(v)) throw new TypeError(`deriveColumn: row ${i + 1} of ${id} is a list; a single-response column takes one code or null`);
    values[i] = type === 'multi' ? [...list] : (v ?? null);
  }
  return { table: table.assign({ [id]: values }), codebook: parsed };
}

/** Options of {@link recode}. */
export interface RecodeOptions {
  /** The source column: a single, multiple-response or scale question. */
  from: string;
  /** Id and label of the new column. */
  id: string;
  label: string;
  /**
   * The new codes in display order, each with its label and the source codes it gathers
   * (scale points as numbers or strings). Every source code must go to exactly one new code.
   */
  groups: readonly { code: string; label: string; from: readonly (string | number)[] }[];
}

/**
 * Recode a coded question into fewer categories (e.g. employees into 小規模 / 中規模), as a new
 * column of the table and its codebook: single and scale questions give a single-response
 * column, multiple-response ones a multiple-response column (a case chose a group when it chose
 * any of its codes). Missing stays missing.
 *
 * ```ts
 * const { table: t2, codebook: cb2 } = recode(table, codebook, {
 *   from: 'employees', id: 'size', label: '従業員規模',
 *   groups: [{ code: 'small', label: '50人以下', from: ['1to20', '21to50'] }, { code: 'large', label: '51人以上', from: ['51to100', '101to300', '301plus'] }],
 * });
 * ```
 *
 * @throws TypeError when a source code is in no group or in two, or a group names a code the source does not have.
 */
export function recode(table: ColumnTable, codebook: Codebook, options: RecodeOptions): Derived {
  checkCodebook(codebook, 'recode');
  const { from, id, label, groups } = options;
  const source = tableColumn(table, codebook, from, 'recode');
  const sourceCodes = sourceCodesOf(source);
  if (!sourceCodes) throw new TypeError(`recode: ${codebook.id}.${from} is a ${source.type} column; expected a single, multi or scale question`);
  const target = new Map<string, string>();
  for (const g of groups) {
    for (const raw of g.from) {
      const code = String(raw);
      if (!sourceCodes.includes(code)) throw new TypeError(`recode: group ${g.code} takes "${code}", which is not a code of ${from}; expected one of: ${sourceCodes.join(', ')}`);
      if (target.has(code)) throw new TypeError(`recode: code "${code}" of ${from} is in groups ${target.get(code)} and ${g.code}; expected exactly one`);
      target.set(code, g.code);
    }
  }
  const left = sourceCodes.filter((c) => !target.has(c));
  if (left.length > 0) throw new TypeError(`recode: codes ${left.join(', ')} of ${from} are in no group; expected every code of ${from} in one group`);
  const multi = source.type === 'multi';
  return deriveColumn(table, codebook, {
    id,
    label,
    type: multi ? 'multi' : 'single',
    options: groups.map((g) => ({ code: g.code, label: g.label })),
    description: `Recoded from ${from}.`,
    value: (row) => {
      const v = row[from];
      if (v == null) return null;
      if (Array.isArray(v)) return [...new Set(v.map((c) => target.get(String(c))!))].sort((a, b) => groups.findIndex((g) => g.code === a) - groups.findIndex((g) => g.code === b));
      return target.get(String(v)) ?? null;
    },
  });
}

function sourceCodesOf(column: Column): string[] | null {
  if (column.type === 'single' || column.type === 'multi') return column.options.map((o: OptionDef) => o.code);
  if (column.type === 'scale') return Array.from({ length: column.max - column.min + 1 }, (_, k) => String(column.min + k));
  return null;
}

/** The codebook with one more column, validated as a codebook file would be. */
function parseWith(codebook: Codebook, column: object, fn: string): Codebook {
  const r = Codebook.safeParse({ ...codebook, columns: [...codebook.columns, column] } as CodebookInput);
  if (!r.success) throw new TypeError(`${fn}: the new column is not valid: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}
