import * as aq from 'arquero';
import Papa from 'papaparse';
import type { Codebook } from '../codebook/schema.js';
import { decodeBytes, type Encoding } from '../decode/decode-bytes.js';
import type { CellValue } from './compile-column.js';
import { isError, ValidationError, type Issue } from './issues.js';
import { RowBuilder, type HeaderMapping, type RejectedRow } from './row-builder.js';

export type ReadMode = 'strict' | 'lenient';

export interface FromCsvOptions {
  /** The instrument's codebook. */
  codebook: Codebook;
  /** File name used in every issue (`experts.csv`). */
  file?: string;
  /**
   * `strict` (default) throws a `ValidationError` listing every error; `lenient` returns the
   * accepted rows and the rejected rows with their reasons.
   */
  mode?: ReadMode;
  /** Field delimiter; `,` by default. */
  delimiter?: string;
  /** Replace the values of personal-data columns in issues (default true): reports are shared. */
  redactPersonal?: boolean;
}

export interface ReadStats {
  /** Records after the header, blank ones included. */
  readonly records: number;
  /** Records that are rows of data (records minus blank ones): rows = accepted + rejected. */
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly blank: number;
}

export interface ReadResult {
  readonly file: string;
  readonly codebook: Codebook;
  /** `text` when a string was given rather than bytes. */
  readonly encoding: Encoding | 'text';
  /** Accepted rows as codes (see the codebook), one column per codebook column in its order. */
  readonly table: aq.ColumnTable;
  /** Excel row number of each accepted row, aligned with the table. */
  readonly rowNumbers: readonly number[];
  /** Physical line where each accepted row starts. */
  readonly lineNumbers: readonly number[];
  /** Rejected rows (and skipped blank rows) with their reasons. */
  readonly rejected: readonly RejectedRow[];
  /** Every issue: file-level, cell-level, errors and warnings. */
  readonly issues: readonly Issue[];
  readonly header: readonly HeaderMapping[];
  readonly stats: ReadStats;
}

const LINE_BREAKS = /\r\n|\r|\n/g;

function countBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.includes('\n') || c.includes('\r')) n += c.match(LINE_BREAKS)?.length ?? 0;
  }
  return n;
}

/** Feed decoded text through papaparse into a row builder, tracking Excel rows and physical lines. */
export function feedText(text: string, builder: RowBuilder, delimiter = ','): void {
  const bomAt = text.indexOf('\ufeff');
  if (bomAt >= 0) {
    const line = (text.slice(0, bomAt).match(LINE_BREAKS)?.length ?? 0) + 1;
    builder.fileIssue('bom_in_middle', line, line, 'no byte-order mark after the start of the file');
    text = text.replace(/\ufeff/g, '');
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  // A final line break yields one empty record: it is the end of the file, not a row.
  if (records.length > 0) {
    const last = records[records.length - 1]!;
    if (last.length === 1 && last[0] === '') records.pop();
  }
  const quoteErrorRows = new Set(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row!));
  if (records.length === 0) {
    builder.fileIssue('empty_file', 0, 0, 'the file holds no header row');
    return;
  }
  builder.header(records[0]!);
  let line = 1 + countBreaks(records[0]!) + 1;
  if (records.length === 1) builder.fileIssue('no_rows', 1, 1, 'at least one data row');
  for (let r = 1; r < records.length; r++) {
    const cells = records[r]!;
    const row = r + 1;
    if (quoteErrorRows.has(r)) {
      builder.rowIssue('unclosed_quote', row, line, cells);
    } else {
      builder.record(cells, row, line);
    }
    line += 1 + countBreaks(cells);
  }
}

/** Turn a builder's columns into a read result; throws in strict mode when any error was found. */
export function finishRead(builder: RowBuilder, encoding: Encoding | 'text', mode: ReadMode): ReadResult {
  const built = builder.build();
  const errors = built.issues.filter(isError);
  if (mode === 'strict' && errors.length > 0) throw new ValidationError(built.issues);
  const table = aq.table(built.columns as Record<string, CellValue[]>);
  const rejectedRows = built.rejected.length - built.blank;
  return {
    file: builder.file,
    codebook: builder.codebook,
    encoding,
    table,
    rowNumbers: built.rows,
    lineNumbers: built.lines,
    rejected: built.rejected,
    issues: built.issues,
    header: builder.headerMapping,
    stats: {
      records: built.records,
      rows: built.records - built.blank,
      accepted: built.rows.length,
      rejected: rejectedRows,
      blank: built.blank,
    },
  };
}

/**
 * Read one instrument's CSV (bytes in UTF-8, UTF-8 with BOM or Shift_JIS, or a decoded string),
 * validating every cell against the codebook.
 *
 * ```ts
 * const { table, issues } = fromCsv(bytes, { codebook: experts, file: 'experts.csv', mode: 'lenient' });
 * ```
 */
export function fromCsv(input: Uint8Array | string, options: FromCsvOptions): ReadResult {
  const { codebook, file = codebook.file ?? `${codebook.id}.csv`, mode = 'strict', delimiter = ',', redactPersonal = true } = options;
  const builder = new RowBuilder(codebook, file, redactPersonal);
  let encoding: Encoding | 'text' = 'text';
  let text: string;
  if (typeof input === 'string') {
    text = input.replace(/^\ufeff/, '');
  } else {
    const decoded = decodeBytes(input);
    if (!decoded.ok) {
      const f = decoded.failure;
      builder.fileIssue(f.code, f.line, f.line, f.detail);
      return finishRead(builder, 'text', mode);
    }
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (text.trim() === '') {
    builder.fileIssue('empty_file', 0, 0, 'the file holds only white space');
    return finishRead(builder, encoding, mode);
  }
  feedText(text, builder, delimiter);
  return finishRead(builder, encoding, mode);
}
