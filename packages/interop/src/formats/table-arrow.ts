import type { ColumnTable } from 'arquero';
import { bool, columnFromValues, dictionary, dictionaryContext, float64, int32, list, tableFromColumns, tableToIPC, utf8, type Column, type DataType } from '@uwdata/flechette';
import { codesOf } from '@smesec/survey';
import { columnKinds, type ColumnKind, type ColumnKindsOptions } from '../tables/column-kinds.js';
import { codebookMetadata } from './codebook-metadata.js';

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

type Dictionaries = ReturnType<typeof dictionaryContext>;

/**
 * A dictionary column whose dictionary holds `codes` first, in that order, whether or not a row
 * has them: a reader's factor levels (R) or categories (pandas) are then the codebook's, in its
 * order, and a code nobody chose still shows as a level with count 0. Values outside `codes`
 * (a table not read with the codebook) follow in order of appearance.
 */
function dictionaryColumn(values: ArrayLike<unknown>, codes: readonly string[]): Column<unknown> {
  const inner = dictionaryContext();
  let primed = false;
  // flechette assigns dictionary keys in order of first appearance; seeding the dictionary
  // builder with the codes before any row fixes the order (and keeps the unchosen ones).
  const dicts: Dictionaries = {
    get(type, ctx) {
      const dict = inner.get(type, ctx);
      if (!primed) {
        primed = true;
        for (const code of codes) dict.key(code);
      }
      return dict;
    },
    finish: (options) => inner.finish(options),
  };
  return columnFromValues(Array.from(values, (v) => (v == null ? null : String(v))), dictionary(utf8()), {}, dicts);
}

/**
 * A table as Apache Arrow IPC bytes (flechette), with each column's type fixed by its kind
 * (from the codebook when given) rather than guessed from the values, so a column that happens
 * to hold only nulls keeps its type. With a codebook, a coded column's dictionary holds every
 * code of the codebook in codebook order, and the schema metadata carries the codebook
 * (`smesec:codebook`, JSON) so labels travel with the file.
 *
 * ```ts
 * writeFileSync('experts.arrow', tableArrow(respondentTable(table, { codebook }), { codebook }));
 * ```
 */
export function tableArrow(table: ColumnTable, { format = 'file', ...options }: TableArrowOptions = {}): Uint8Array {
  const kinds = columnKinds(table, options);
  const columns = Object.entries(kinds).map(([name, kind]): [string, Column<unknown>] => {
    const values = table.array(name) as ArrayLike<unknown>;
    const column = options.codebook?.columns.find((c) => c.id === name);
    if (kind === 'code') return [name, dictionaryColumn(values, column ? codesOf(column) : [])];
    const plain = Array.from(values, (v) => (v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : v));
    return [name, columnFromValues(plain, arrowType(kind))];
  });
  const arrow = tableFromColumns(columns);
  if (options.codebook) arrow.schema.metadata = new Map(codebookMetadata(options.codebook).map(({ key, value }) => [key, value]));
  return tableToIPC(arrow, { format }) as Uint8Array;
}
