import type { ColumnTable } from 'arquero';
import { optionLabel, type Codebook } from '@smesec/survey';

/** Options of {@link respondentTable}. */
export interface RespondentTableOptions {
  /** The codebook the table was read with. */
  codebook: Codebook;
  /**
   * Keep the columns the codebook marks `personal` (names, e-mail, registration numbers, free
   * self-descriptions). Default false: an export for analysis should not carry them.
   */
  personal?: boolean;
  /**
   * Add a `<column>_label` column after each coded column (single, multi, scale, prefecture):
   * the label of its code, or the list of labels of a multiple answer. Default false.
   */
  labels?: boolean;
}

const CODED = new Set(['single', 'multi', 'scale', 'prefecture', 'multi-prefecture']);

/**
 * A read table as a tidy table for other tools: one row per respondent, one column per codebook
 * column in codebook order, codes (not labels) in every cell, a multiple answer as a list of
 * codes. Personal columns are left out unless asked for; `labels: true` adds label columns.
 *
 * ```ts
 * const tidy = respondentTable(table, { codebook }); // experts: 221 rows, no name or email
 * respondentTable(table, { codebook, labels: true }); // … affiliation, affiliation_label, …
 * ```
 */
export function respondentTable(table: ColumnTable, { codebook, personal = false, labels = false }: RespondentTableOptions): ColumnTable {
  const present = new Set(table.columnNames());
  const kept = codebook.columns.filter((c) => present.has(c.id) && (personal || !c.personal));
  const selected = table.select(kept.map((c) => c.id));
  if (!labels) return selected;
  const derived: Record<string, unknown[]> = {};
  const order: string[] = [];
  for (const column of kept) {
    order.push(column.id);
    if (!CODED.has(column.type)) continue;
    const name = `${column.id}_label`;
    // One lookup per distinct code, not per row: labels repeat as much as codes do.
    const cache = new Map<string, string>();
    const label = (code: unknown) => {
      const key = String(code);
      return cache.get(key) ?? cache.set(key, optionLabel(codebook, column.id, key)).get(key)!;
    };
    derived[name] = Array.from(selected.array(column.id) as ArrayLike<unknown>, (v) => (v == null ? null : Array.isArray(v) ? v.map(label) : label(v)));
    order.push(name);
  }
  return selected.assign(derived).select(order);
}
