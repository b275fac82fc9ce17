/**
 * The reader's building blocks, for those who assemble their own reader: the CSV tokenizer,
 * the row builder, compiled column parsers and the compact column storage of a read table.
 * Most users need none of this: `fromCsv`, `CsvReader` and `loadCsv` (`./node`) read files whole
 * or streamed. These are not covered by the same stability promise as the main entry.
 */
export { CsvTokenizer } from './read/csv-tokenizer.js';
export type { CsvSink } from './read/csv-tokenizer.js';
export { RowBuilder } from './read/row-builder.js';
export type { HeaderMapping, RowsPart } from './read/row-builder.js';
export type { ColumnPart } from './read/column-stores.js';
export { compileColumn } from './read/compile-column.js';
export type { CompiledColumn, ParsedCell } from './read/compile-column.js';
export { CodeColumn, SmallIntColumn, NumberColumn, ListColumn } from './read/columns.js';
