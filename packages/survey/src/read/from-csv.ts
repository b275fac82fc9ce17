import { CsvReader, type CsvReaderOptions } from './csv-reader.js';
import { CsvTokenizer, type CsvSink } from './csv-tokenizer.js';
import type { ReadResult } from './finish-read.js';
import type { RowBuilder } from './row-builder.js';

export { finishRead } from './finish-read.js';
export type { ReadMode, ReadResult, ReadStats } from './finish-read.js';

export type FromCsvOptions = CsvReaderOptions;

/**
 * Read one instrument's CSV (bytes in UTF-8, UTF-8 with BOM or Shift_JIS, or a decoded string),
 * validating every cell against the codebook. The same reader as a file streamed from disk
 * (`CsvReader`), given everything at once: both give the same table and issues.
 *
 * ```ts
 * const { table, issues } = fromCsv(bytes, { codebook: experts, file: 'experts.csv', mode: 'lenient' });
 * ```
 */
export function fromCsv(input: Uint8Array | string, options: FromCsvOptions): ReadResult {
  const reader = new CsvReader(options);
  if (typeof input === 'string') reader.pushText(input);
  else reader.push(input);
  return reader.end();
}

/**
 * Feed decoded text into a row builder: the first record is the header, the others rows with
 * their Excel row and physical line. For callers that drive a `RowBuilder` themselves.
 */
export function feedText(text: string, builder: RowBuilder, delimiter = ','): void {
  let record = 0;
  let headerCells: string[] | null = [];
  const sink: CsvSink = {
    cell: (t, s, e) => (headerCells ? headerCells.push(t.slice(s, e)) : builder.cell(t, s, e)),
    cellValue: (v) => (headerCells ? headerCells.push(v) : builder.cellValue(v)),
    endRecord: (line, quoteError) => {
      record++;
      if (headerCells) {
        builder.header(headerCells);
        headerCells = null;
      } else if (quoteError >= 0) builder.rowIssue('unclosed_quote', record, line, quoteError);
      else builder.endRecord(record, line);
    },
  };
  const tokenizer = new CsvTokenizer(sink, delimiter);
  tokenizer.push(text);
  tokenizer.end();
  if (headerCells) builder.fileIssue('empty_file', 0, 0, 'the file holds no header row');
  else if (record === 1) builder.fileIssue('no_rows', 1, 1, 'at least one data row');
}
