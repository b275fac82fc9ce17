import type { ColumnTable } from 'arquero';
import { storedColumn, type Codebook } from '@smesec/survey';
import * as aq from 'arquero';
import { skillSchemeOf } from '../skills/scheme.js';

/**
 * The respondent attributes `by` beside each domain's ability class (`<domain>_ability`), with a
 * codebook in which the classes are options: what a crosstab of ability by attribute reads.
 */
export function abilityByTable(table: ColumnTable, scores: ColumnTable, { codebook, by }: { codebook: Codebook; by: readonly string[] }): { table: ColumnTable; codebook: Codebook } {
  const scheme = skillSchemeOf(codebook);
  const present = by.filter((c) => table.columnNames().includes(c));
  // The stored columns themselves when the rows are as read (their codes are then counted in
  // place), a copy of the values otherwise.
  const columnOf = (t: ColumnTable, c: string) => storedColumn(t, c) ?? Array.from(t.array(c) as ArrayLike<unknown>);
  return {
    table: aq.table({
      ...Object.fromEntries(present.map((c) => [c, columnOf(table, c)])),
      ...Object.fromEntries(scheme.domains.map((d) => [`${d.id}_ability`, columnOf(scores, `${d.id}_ability`)])),
    }),
    codebook: {
      ...codebook,
      columns: [
        ...codebook.columns.filter((c) => present.includes(c.id)),
        ...scheme.domains.map((d) => ({
          id: `${d.id}_ability`,
          label: d.label,
          type: 'single' as const,
          options: scheme.ability.classes.map((c) => ({ code: c.code, label: c.label, aliases: [], exclusive: false })),
          aliases: [],
          personal: false,
          required: true,
        })),
      ],
    },
  };
}
