/**
 * Excel workbooks read streaming with exceljs: each sheet's rows are turned into the texts Excel
 * shows and validated by the CSV reader's row builder as they arrive, so memory holds the tables,
 * never the workbook.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Codebook, CodebookSet } from '../codebook/schema.js';
import { matchKey } from '../normalize/normalize.js';
import type { ReadMode, ReadResult } from '../read/finish-read.js';
import { isError, ValidationError } from '../read/issues.js';
import { cellText, type XlsxValue } from '../xlsx/cell-text.js';
import { sheetName } from '../xlsx/sheet-names.js';
import { SheetReader } from '../xlsx/sheet-reader.js';

export interface LoadXlsxOptions {
  /** The instrument's codebook. */
  codebook: Codebook;
  /** File name used in issues (default: the path's base name). */
  file?: string;
  /** The sheet to read (default: the sheet named after the instrument, else the first sheet). */
  sheet?: string;
  /** `strict` (default) throws a `ValidationError` listing every error; `lenient` returns them. */
  mode?: ReadMode;
  /** Replace the values of personal-data columns in issues (default true). */
  redactPersonal?: boolean;
  /** Called as the workbook's bytes are read, with the bytes so far and the file's size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface LoadWorkbookOptions {
  codebooks: CodebookSet;
  /** File name used in issues (default: the path's base name). */
  file?: string;
  mode?: ReadMode;
  redactPersonal?: boolean;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface WorkbookRead {
  /** One result per instrument whose sheet the workbook holds, keyed by instrument id. */
  readonly results: Map<string, ReadResult>;
  /** Sheets named after no instrument: not read. */
  readonly otherSheets: readonly string[];
}

/**
 * Is `sheet` the sheet of this instrument: its name is the instrument's id or its Japanese label
 * (or the label as a sheet name can hold it: at most 31 characters, no `/ \\ ? * : [ ]`)?
 */
export function sheetIsFor(sheet: string, codebook: Codebook): boolean {
  const key = matchKey(sheet);
  return key === matchKey(codebook.id) || key === matchKey(codebook.label) || key === matchKey(sheetName(codebook.label));
}

/** exceljs, loaded on first use: a run that reads only CSV files does not pay for loading it. */
export async function excel(): Promise<typeof ExcelJS> {
  const mod = await import('exceljs');
  // A CommonJS module: Node gives its exports as the default export, bundlers may not.
  return (mod as { default?: typeof ExcelJS }).default ?? mod;
}

interface SheetSink {
  row(row: number, cells: readonly (string | undefined)[]): void;
}

/** Streams every sheet of the workbook; `sinkFor` says where a sheet's rows go (null: skipped). */
async function streamSheets(path: string, sinkFor: (sheet: string) => SheetSink | null, onProgress?: (done: number, total: number) => void): Promise<void> {
  const total = statSync(path).size;
  const input = createReadStream(path, { highWaterMark: 64 * 1024 });
  let done = 0;
  if (onProgress) input.on('data', (chunk) => onProgress((done += chunk.length), total));
  const reader = new (await excel()).stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  const date1904 = () => Boolean((reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904);
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    const sink = sinkFor(name);
    const cells: (string | undefined)[] = [];
    for await (const row of ws) {
      if (!sink) continue;
      cells.length = 0;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = cellText(cell.value as XlsxValue, cell.numFmt, date1904());
      });
      sink.row(row.number, cells);
    }
  }
}

/**
 * Run a read; a file that is not a workbook (a CSV or an old .xls saved as .xlsx, a damaged zip)
 * gives the reason instead of throwing. Errors of the file system (no such file, no permission)
 * are thrown as they are.
 */
async function notAWorkbook(read: () => Promise<void>): Promise<string | undefined> {
  try {
    await read();
    return undefined;
  } catch (e) {
    if (e instanceof Error && 'syscall' in e) throw e;
    return `the file is not an Excel workbook (.xlsx): ${e instanceof Error ? e.message : String(e)}`;
  }
}

/**
 * Read one instrument from an Excel workbook (`experts.xlsx`), streamed. The sheet read is
 * `sheet` when given, else the one named after the instrument (its id or its Japanese label),
 * else the first. Every issue names `file:sheet!row:column`, rows numbered as in Excel.
 */
export async function loadXlsx(path: string, options: LoadXlsxOptions): Promise<ReadResult> {
  const { codebook, sheet, mode = 'strict', redactPersonal = true, onProgress } = options;
  const file = options.file ?? basename(path);
  let chosen: { name: string; reader: SheetReader; named: boolean } | null = null;
  let seen = 0;
  const broken = await notAWorkbook(() => streamSheets(
    path,
    (name) => {
      const first = seen++ === 0;
      const named = sheet === undefined ? sheetIsFor(name, codebook) : name === sheet;
      // The first sheet is read in case no sheet is named for the instrument; a named one replaces it.
      if (!named && !(first && sheet === undefined)) return null;
      if (chosen?.named) return null;
      chosen = { name, reader: new SheetReader({ codebook, file, sheet: name, mode, redactPersonal }), named };
      return chosen.reader;
    },
    onProgress,
  ));
  if (broken !== undefined) return new SheetReader({ codebook, file, mode, redactPersonal }).end(broken, 'bad_encoding');
  const found = chosen as { name: string; reader: SheetReader; named: boolean } | null;
  if (!found || (sheet !== undefined && !found.named)) {
    const missing = new SheetReader({ codebook, file, mode, redactPersonal });
    return missing.end(sheet === undefined ? 'the workbook holds no sheet' : `a sheet named ${sheet} (the workbook has none)`);
  }
  return found.reader.end();
}

/**
 * Read every instrument of a workbook that holds one sheet per instrument, each sheet named by
 * the instrument's id (`experts`) or its Japanese label. Sheets named otherwise are listed, not read.
 */
export async function loadWorkbook(path: string, options: LoadWorkbookOptions): Promise<WorkbookRead> {
  const { codebooks, mode = 'strict', redactPersonal = true, onProgress } = options;
  const file = options.file ?? basename(path);
  const readers = new Map<string, SheetReader>();
  const otherSheets: string[] = [];
  const broken = await notAWorkbook(() => streamSheets(
    path,
    (name) => {
      const cb = codebooks.instruments.find((c) => sheetIsFor(name, c));
      if (!cb || readers.has(cb.id)) {
        otherSheets.push(name);
        return null;
      }
      const reader = new SheetReader({ codebook: cb, file, sheet: name, mode: 'lenient', redactPersonal });
      readers.set(cb.id, reader);
      return reader;
    },
    onProgress,
  ));
  const results = new Map<string, ReadResult>();
  // A file that is no workbook refuses every instrument it was to hold.
  if (broken !== undefined) for (const cb of codebooks.instruments) results.set(cb.id, new SheetReader({ codebook: cb, file, mode: 'lenient', redactPersonal }).end(broken, 'bad_encoding'));
  for (const cb of codebooks.instruments) {
    const reader = readers.get(cb.id);
    if (reader && broken === undefined) results.set(cb.id, reader.end());
  }
  if (mode === 'strict') {
    const issues = [...results.values()].flatMap((r) => r.issues);
    if (issues.some(isError)) throw new ValidationError(issues);
  }
  return { results, otherSheets };
}
