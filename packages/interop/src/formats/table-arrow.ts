import { toArrowIPC, type ColumnTable } from 'arquero';
import { bool, dictionary, float64, int32, list, utf8, type DataType } from '@uwdata/flechette';
import { columnKinds, type ColumnKind, type ColumnKindsOptions } from '../tables/column-kinds.js';

/** The Arrow type of each kind. Codes are dictionary-encoded: they repeat, and readers make factors of them. */
export function arrowType(kind: ColumnKind): DataType {
  switch (kind) {
    case 'code':
      return dictionary(utf8());
    case 'text':
      return utf8();
    case 'codes':
      return list(utf8());
    case 'int':
      return int32();
    case 'double':
      return float64();
    case 'boolean':
      return bool();
  }
}

/** Options of {@link tableArrow}. */
export interface TableArrowOptions extends ColumnKindsOptions {
  /** `file` (default, the `.arrow` / Feather v2 file) or `stream` (for sending over a pipe). */
  format?: 'file' | 'stream';
}

/**
 * A table as Apache Arrow IPC bytes, through arquero's own Arrow writer, with each column's type
 * fixed by its kind (from the codebook when given) rather than guessed from the values, so a
 * column that happens to hold only nulls keeps its type.
 *
 * ```ts
 * writeFileSync('experts.arrow', tableArrow(respondentTable(table, { codebook }), { codebook }));
 * ```
 */
export function tableArrow(table: ColumnTable, { format = 'file', ...options }: TableArrowOptions = {}): Uint8Array {
  const kinds = columnKinds(table, options);
  const types = Object.fromEntries(Object.entries(kinds).map(([name, kind]) => [name, arrowType(kind)]));
  return toArrowIPC(table, { format, types }) as Uint8Array;
}
