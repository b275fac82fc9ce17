/**
 * Node-only entry: reading files from disk. The core (`index.ts`) takes bytes and strings so that
 * it runs in browsers too.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CodebookSet } from './codebook/schema.js';
import { codebookSetFromJson } from './codebook/from-json.js';
import { fromCsv, type FromCsvOptions, type ReadResult } from './read/from-csv.js';

/** Read one CSV file from disk; the issues name the file by its base name. */
export function loadCsv(path: string, options: Omit<FromCsvOptions, 'file'> & { file?: string }): ReadResult {
  return fromCsv(readFileSync(path), { ...options, file: options.file ?? basename(path) });
}

/** Read a codebook (or codebook set) JSON file. */
export function loadCodebook(path: string): CodebookSet {
  return codebookSetFromJson(readFileSync(path, 'utf8'), { file: basename(path) });
}
