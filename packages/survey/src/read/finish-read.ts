import * as aq from 'arquero';
import type { Codebook } from '../codebook/schema.js';
import type { Encoding } from '../decode/decode-bytes.js';
import { isError, ValidationError, type Issue } from './issues.js';
import type { HeaderMapping, RejectedRow, RowBuilder } from './row-builder.js';

export type ReadMode = 'strict' | 'lenient';

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
  /** `text` when a string was given rather than bytes, `xlsx` for a worksheet of an Excel workbook. */
  readonly encoding: Encoding | 'text' | 'xlsx';
  /** The worksheet read, for an Excel workbook. */
  readonly sheet?: string;
  /**
   * Accepted rows as codes (see the codebook), one column per codebook column in its order.
   * Missing answers read as null, or [] for multiple responses.
   */
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
  /** 2 when a worker thread read the file's second half (`loadCsv`); the result is the same as one thread's. */
  readonly threads?: number;
}

/** Turn a builder's columns into a read result; throws in strict mode when any error was found. */
export function finishRead(builder: RowBuilder, encoding: Encoding | 'text' | 'xlsx', mode: ReadMode): ReadResult {
  const built = builder.build();
  if (mode === 'strict' && built.issues.some(isError)) throw new ValidationError(built.issues);
  const table = aq.table(built.columns as Parameters<typeof aq.table>[0]);
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
