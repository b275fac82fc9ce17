import { CsvReader } from '../src/read/csv-reader.js';
import type { FromCsvOptions, ReadResult } from '../src/read/from-csv.js';

/** Read bytes through the streaming reader, cut into chunks at the given offsets (tests of chunking). */
export function streamed(bytes: Uint8Array, cuts: readonly number[], options: FromCsvOptions): ReadResult {
  const reader = new CsvReader(options);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    reader.push(bytes.subarray(from, cut));
    from = cut;
  }
  return reader.end();
}
