import type { ColumnTable } from 'arquero';
import type { Codebook } from '@smesec/survey';

/** Options of {@link respondentTable}. */
export interface RespondentTableOptions {
  /** The codebook the table was read with. */
  codebook: Codebook;
  /**
   * Keep the columns the codebook marks `personal` (names, e-mail, registration numbers, free
   * self-descriptions). Default false: an export for analysis should not carry them.
   */
  personal?: boolean;
}

/**
 * A read table as a tidy table for other tools: one row per respondent, one column per codebook
 * column in codebook order, codes (not labels) in every cell, a multiple answer as a list of
 * codes. Personal columns are left out unless asked for.
 *
 * ```ts
 * const tidy = respondentTable(table, { codebook }); // experts: 221 rows, no name or email
 * ```
 */
export function respondentTable(table: ColumnTable, { codebook, personal = false }: RespondentTableOptions): ColumnTable {
  const present = new Set(table.columnNames());
  const keep = codebook.columns.filter((c) => present.has(c.id) && (personal || !c.personal)).map((c) => c.id);
  return table.select(keep);
}
