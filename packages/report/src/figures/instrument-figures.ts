import type { ColumnTable } from 'arquero';
import type { Codebook, Figures } from '@smesec/survey';
import { toFigures } from './figure-ids.js';
import { instrumentResults } from '../analysis/analyse.js';

/**
 * `<instrument>.n` and, for every single, multiple, numeric and prefecture question, its
 * frequency figures with the codebook's default base (docs/figure-ids.md): one instrument alone.
 */
export function instrumentFigures(table: ColumnTable, { codebook }: { codebook: Codebook }): Figures {
  return toFigures({ instruments: new Map([[codebook.id, instrumentResults(table, codebook)]]) });
}
