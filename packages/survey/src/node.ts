/**
 * Node-only entry: reading files from disk. The core (`index.ts`) takes bytes and strings so that
 * it runs in browsers too.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import type { CodebookSet } from './codebook/schema.js';
import { codebookSetFromJson } from './codebook/from-json.js';
import { CsvReader } from './read/csv-reader.js';
import { readThreads, SecondReader } from './node/parallel-read.js';
import type { FromCsvOptions, ReadResult } from './read/from-csv.js';

/**
 * Bytes read at a time. Small enough that each decoded piece is a short-lived young-generation
 * string, large enough that the per-chunk work is negligible.
 */
const CHUNK_BYTES = 64 * 1024;

/**
 * Most bytes read from one input file by default (1 GiB): far above a year's exports (the largest
 * FY2024 file is under 100 kB, a million-row benchmark file about 200 MB), low enough that a file
 * given by mistake (a disk image, a log) is refused at once instead of filling memory.
 */
export const DEFAULT_MAX_FILE_BYTES = 1024 ** 3;

/** An input that is not a readable regular file, or is larger than the limit: exit status 1, named by file. */
export class InputFileError extends Error {
  readonly exitCode = 1;
  constructor(
    readonly file: string,
    readonly code: 'not_a_file' | 'file_too_large' | 'unreadable',
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'InputFileError';
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

const mb = (bytes: number) => (bytes < 1024 ** 2 ? `${Math.round(bytes / 1024)} kB` : `${Math.round(bytes / 1024 ** 2).toLocaleString('en')} MB`);
const tooLarge = (file: string, maxBytes: number, size?: number) =>
  new InputFileError(file, 'file_too_large', `${size === undefined ? 'larger' : `${mb(size)} is larger`} than the limit of ${mb(maxBytes)} per input file; raise it with --max-file-size if the file is right`);

/**
 * Open an input for reading only if it is a regular file within the size limit. The open does not
 * block (a FIFO would wait for a writer forever), and the check is made on the opened file, so
 * that what is read is what was checked. A special file, a folder or a symlink to one is refused,
 * naming what it is.
 */
export function openInputFile(path: string, { file = basename(path), maxBytes = DEFAULT_MAX_FILE_BYTES }: { file?: string; maxBytes?: number } = {}): { fd: number; size: number } {
  let link = '';
  try {
    if (lstatSync(path).isSymbolicLink()) link = `a symlink to ${readlinkSync(path)}, which is `;
  } catch {
    // Reported by the open below.
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENXIO' ? `${link}a socket` : code === 'ENOENT' ? `${link}missing` : code === 'EACCES' ? 'not readable (permission denied)' : `unreadable (${code})`;
    throw new InputFileError(file, 'unreadable', `${why}: expected a CSV file`);
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw new InputFileError(file, 'not_a_file', `${link || 'this is '}${kindOf(stat)}, not a regular file: refused; expected a CSV file`);
  }
  if (stat.size > maxBytes) {
    closeSync(fd);
    throw tooLarge(file, maxBytes, stat.size);
  }
  return { fd, size: stat.size };
}

/** Read a whole input file checked by `openInputFile`; never more than the limit, even from a file that grows while read. */
export function readInputFile(path: string, options: { file?: string; maxBytes?: number } = {}): Uint8Array {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { fd, size } = openInputFile(path, options);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const buffer = new Uint8Array(Math.max(CHUNK_BYTES, Math.min(size + 1, maxBytes + 1 - total)));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge(options.file ?? basename(path), maxBytes);
    }
  } finally {
    closeSync(fd);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

export interface LoadCsvOptions extends Omit<FromCsvOptions, 'file'> {
  /** Most bytes read from the file (default `DEFAULT_MAX_FILE_BYTES`): a larger file is refused with an `InputFileError`. */
  maxBytes?: number;
  /** File name used in issues (default: the path's base name). */
  file?: string;
  /** Called after each chunk with the bytes read so far and the file's size: for progress on big files. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /**
   * Threads to read the file with: 1, or 2 for a worker thread to read its second half (the result
   * is the same). By default 2 for files of `PARALLEL_MIN_BYTES` or more on a machine with two
   * cores or more.
   */
  threads?: number;
}

/**
 * Read one CSV file from disk, streamed: the file is read in chunks through the `CsvReader`, so
 * memory holds the table, never the whole file or its text. The issues name the file by its base
 * name.
 */
export function loadCsv(path: string, options: LoadCsvOptions): ReadResult {
  const { onProgress, maxBytes = DEFAULT_MAX_FILE_BYTES, threads, ...rest } = options;
  const file = options.file ?? basename(path);
  const { fd, size: total } = openInputFile(path, { file, maxBytes });
  const reader = new CsvReader({ ...rest, file });
  let second: SecondReader | null = null;
  let threadsUsed = 1;
  try {
    let two = readThreads(total, threads) > 1;
    let done = 0;
    /** Where this thread stops when the worker reads the rest: unknown (Infinity) until it says. */
    let stop = Infinity;
    // One buffer for every read: the reader copies what it keeps.
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      if (second && stop === Infinity) {
        const from = second.place(done);
        // Before reading past where the cut may be, wait for the worker to find it.
        if (from !== null && done + CHUNK_BYTES > from) {
          stop = from < 0 ? -1 : second.cut();
          // No cut, or one already read past: read on alone.
          if (stop < done) {
            second.stop();
            second = null;
            stop = Infinity;
          }
        }
      }
      if (second && done === stop) {
        const at = reader.pause();
        const cut = stop;
        const part = at && second.part(onProgress && ((bytes) => onProgress(cut + bytes, total)));
        second.stop();
        second = null;
        stop = Infinity;
        if (at && part && reader.absorb(part, at)) {
          onProgress?.(total, total);
          threadsUsed = 2;
          break;
        }
        // Otherwise the worker's half is read here after all.
      }
      const n = readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, stop - done), done);
      if (n === 0) break;
      reader.push(buffer.subarray(0, n));
      done += n;
      // A file that grows while read (a log, /proc) stops at the limit rather than filling memory.
      if (done > maxBytes) throw tooLarge(file, maxBytes);
      onProgress?.(done, total);
      // The second reader starts once the encoding is decided and the header read, the first things to do.
      if (two && !second && reader.encoding && reader.sawHeader) {
        two = false;
        const asked = threads !== undefined;
        try {
          second = new SecondReader(path, total, { codebook: options.codebook, file, delimiter: options.delimiter ?? ',', redactPersonal: options.redactPersonal ?? true, encoding: reader.encoding }, asked ? 0 : undefined);
        } catch {
          // No worker here (a runtime without threads): one thread reads it all.
        }
      }
    }
  } finally {
    second?.stop();
    closeSync(fd);
  }
  const result = reader.end();
  return threadsUsed > 1 ? { ...result, threads: threadsUsed } : result;
}

/** Read a codebook (or codebook set) JSON file. */
export function loadCodebook(path: string, options: { maxBytes?: number } = {}): CodebookSet {
  return codebookSetFromJson(new TextDecoder().decode(readInputFile(path, options)), { file: basename(path) });
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
export { fixZipTimes } from './node/zip-times.js';
export { PARALLEL_MIN_BYTES } from './node/parallel-read.js';
