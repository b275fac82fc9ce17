import type { ColumnTable } from 'arquero';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { codebookMetadata } from './codebook-metadata.js';
import { columnKinds, type ColumnKind, type ColumnKindsOptions } from '../tables/column-kinds.js';

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

/** The Parquet schema elements of one column (a list takes three: the standard LIST layout). */
export function parquetSchema(name: string, kind: ColumnKind): SchemaElement[] {
  switch (kind) {
    case 'code':
    case 'text':
      return [{ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }];
    case 'codes':
      return [
        { name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      ];
    case 'int':
      return [{ name, type: 'INT32', repetition_type: 'OPTIONAL' }];
    case 'double':
      return [{ name, type: 'DOUBLE', repetition_type: 'OPTIONAL' }];
    case 'boolean':
      return [{ name, type: 'BOOLEAN', repetition_type: 'OPTIONAL' }];
  }
}

/** Options of {@link tableParquet}. */
export type TableParquetOptions = ColumnKindsOptions;

/**
 * A table as Parquet bytes (hyparquet-writer: plain JavaScript, no native code, so it runs in
 * Node and in browsers alike; Snappy-compressed, with column statistics). Types follow each
 * column's kind, as in `tableArrow`; a multiple answer is a LIST of strings. With a codebook,
 * the file's key-value metadata carries it (`smesec:codebook`, JSON), so the labels and the
 * order of every code travel with the codes.
 *
 * ```ts
 * writeFileSync('experts.parquet', tableParquet(respondentTable(table, { codebook }), { codebook }));
 * ```
 */
export function tableParquet(table: ColumnTable, options: TableParquetOptions = {}): Uint8Array {
  const kinds = Object.entries(columnKinds(table, options));
  const columnData = kinds.map(([name]) => {
    // Copy out of the table's typed storage: the writer wants a plain array of values.
    const values = Array.from(table.array(name) as ArrayLike<unknown>, (v) => (typeof v === 'number' && Number.isNaN(v) ? null : v));
    return { name, data: values };
  });
  const schema: SchemaElement[] = [{ name: 'root', num_children: kinds.length }, ...kinds.flatMap(([name, kind]) => parquetSchema(name, kind))];
  const kvMetadata = options.codebook ? codebookMetadata(options.codebook) : undefined;
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: '@smesec/interop', ...(kvMetadata ? { kvMetadata } : {}) }));
}
