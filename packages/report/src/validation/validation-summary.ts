import { isFileIssue, type Issue, type ReadResult } from '@smesec/survey';

export interface IssueRecord {
  readonly row: number;
  readonly line: number;
  readonly column: string;
  readonly label?: string;
  readonly value: string;
  readonly code: string;
  readonly expected: string;
}

export interface FileValidation {
  readonly file: string;
  readonly instrument: string;
  readonly encoding: string;
  /** Data rows read (blank rows excluded): rows_read = rows_accepted + rows_rejected. */
  readonly rows_read: number;
  readonly rows_accepted: number;
  readonly rows_rejected: number;
  readonly blank_rows: number;
  /** Problems with the file as a whole (encoding, header). */
  readonly file_errors: readonly IssueRecord[];
  /** Every rejected row with the reasons it was rejected. */
  readonly rejected: readonly { readonly row: number; readonly line: number; readonly reasons: readonly IssueRecord[] }[];
  readonly warnings: readonly IssueRecord[];
}

export interface ValidationSummary {
  /** True when no file has an error. */
  readonly ok: boolean;
  readonly files: readonly FileValidation[];
}

const DECODE_ERRORS = new Set(['empty_file', 'unsupported_encoding', 'bad_encoding']);

const record = (i: Issue): IssueRecord => ({
  row: i.row,
  line: i.line,
  column: i.column,
  ...(i.label ? { label: i.label } : {}),
  value: i.value,
  code: i.code,
  expected: i.expected,
});

/**
 * What `validation.json` holds: per input file, the rows read, accepted and rejected, each
 * rejected row with its reasons, and the warnings. Every row of every file is accounted for.
 */
export function validationSummary(results: Iterable<ReadResult>): ValidationSummary {
  const files = [...results].map((r): FileValidation => {
    const fileErrors = r.issues.filter((i) => i.severity === 'error' && isFileIssue(i));
    return {
      file: r.file,
      instrument: r.codebook.id,
      // A file refused before its encoding was decided has none to report ('text' is for strings).
      encoding: r.encoding === 'text' && fileErrors.some((i) => DECODE_ERRORS.has(i.code)) ? 'unknown' : r.encoding,
      rows_read: r.stats.rows,
      rows_accepted: r.stats.accepted,
      rows_rejected: r.stats.rejected,
      blank_rows: r.stats.blank,
      file_errors: fileErrors.map(record),
      rejected: r.rejected.filter((x) => !x.issues.every((i) => i.code === 'blank_row')).map((x) => ({ row: x.row, line: x.line, reasons: x.issues.map(record) })),
      warnings: r.issues.filter((i) => i.severity === 'warning').map(record),
    };
  });
  return { ok: files.every((f) => f.file_errors.length === 0 && f.rows_rejected === 0), files };
}
