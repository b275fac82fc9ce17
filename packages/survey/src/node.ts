/**
 * Node-only entry: reading files from disk. The core (`index.ts`) takes bytes and strings so that
 * it runs in browsers too.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { CodebookSet } from './codebook/schema.js';
import { codebookSetFromJson } from './codebook/from-json.js';
import { CsvReader } from './read/csv-reader.js';
import type { FromCsvOptions, ReadResult } from './read/from-csv.js';

/**
 * Bytes read at a time. Small enough that each decoded piece is a short-lived young-generation
 * string, large enough that the per-chunk work is negligible.
 */
const CHUNK_BYTES = 64 * 1024;

export interface LoadCsvOptions extends Omit<FromCsvOptions, 'file'> {
  /** File name used in issues (default: the path's base name). */
  file?: string;
  /** Called after each chunk with the bytes read so far and the file's size: for progress on big files. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Read one CSV file from disk, streamed: the file is read in chunks through the `CsvReader`, so
 * memory holds the table, never the whole file or its text. The issues name the file by its base
 * name.
 */
export function loadCsv(path: string, options: LoadCsvOptions): ReadResult {
  const { onProgress, ...rest } = options;
  const reader = new CsvReader({ ...rest, file: options.file ?? basename(path) });
  const fd = openSync(path, 'r');
  try {
    const total = fstatSync(fd).size;
    let done = 0;
    // One buffer for every read: the reader copies what it keeps.
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      reader.push(buffer.subarray(0, n));
      done += n;
      onProgress?.(done, total);
    }
  } finally {
    closeSync(fd);
  }
  return reader.end();
}

/** Read a codebook (or codebook set) JSON file. */
export function loadCodebook(path: string): CodebookSet {
  return codebookSetFromJson(readFileSync(path, 'utf8'), { file: basename(path) });
}

export { loadXlsx, loadWorkbook, sheetIsFor } from './node/load-xlsx.js';
export type { LoadXlsxOptions, LoadWorkbookOptions, WorkbookRead } from './node/load-xlsx.js';
export { SheetReader } from './xlsx/sheet-reader.js';
export type { SheetReaderOptions } from './xlsx/sheet-reader.js';
export { cellText, numberText, dateText } from './xlsx/cell-text.js';
export type { XlsxValue } from './xlsx/cell-text.js';
export { sheetName, sheetNames, MAX_SHEET_NAME } from './xlsx/sheet-names.js';
export { templateWorkbook, LISTS_SHEET } from './node/template-workbook.js';
export type { TemplateOptions } from './node/template-workbook.js';
export { excel } from './node/load-xlsx.js';
