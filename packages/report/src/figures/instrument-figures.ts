import type { ColumnTable } from 'arquero';
import { frequencyFigures, tabulate, type Codebook, type Figures } from '@smesec/survey';

/** Column types that have per-code figures; ids, free text and dates do not. */
const TABULATED = new Set(['single', 'multi', 'integer', 'scale', 'prefecture', 'multi-prefecture']);

/**
 * `<instrument>.n` and, for every single, multiple, numeric and prefecture question, its
 * frequency figures with the codebook's default base (docs/figure-ids.md).
 */
export function instrumentFigures(table: ColumnTable, { codebook }: { codebook: Codebook }): Figures {
  const out: Figures = { [`${codebook.id}.n`]: table.numRows() };
  for (const col of codebook.columns) {
    if (!TABULATED.has(col.type)) continue;
    Object.assign(out, frequencyFigures(`${codebook.id}.${col.id}`, tabulate(table, col.id, { codebook })));
  }
  return out;
}
