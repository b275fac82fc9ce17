/**
 * Issues are data: a closed union of codes, each with its location and the offending value,
 * collected in full and formatted last. Messages come from a map keyed by code (English, with the
 * column's Japanese label), so another language can sit beside it.
 */

export type IssueCode =
  | 'empty_file'
  | 'unsupported_encoding'
  | 'bad_encoding'
  | 'bom_in_middle'
  | 'no_rows'
  | 'missing_column'
  | 'duplicate_column'
  | 'unknown_column'
  | 'ragged_row'
  | 'unclosed_quote'
  | 'blank_row'
  | 'missing_value'
  | 'duplicate_id'
  | 'unknown_option'
  | 'exclusive_option'
  | 'duplicate_option'
  | 'not_a_number'
  | 'not_an_integer'
  | 'out_of_range'
  | 'too_long'
  | 'not_a_date'
  | 'unknown_prefecture'
  | 'not_asked'
  | 'unknown_reference';

export type Severity = 'error' | 'warning';

export interface Issue {
  readonly code: IssueCode;
  /** Errors reject the row (or the file); warnings are reported and the row is kept. */
  readonly severity: Severity;
  /** The input's file name. */
  readonly file: string;
  /** The worksheet, for an input read from an Excel workbook. */
  readonly sheet?: string;
  /** Row as Excel shows it: the header is 1, the first record 2; 0 for the file as a whole. */
  readonly row: number;
  /** Physical line where the record starts (differs from row after a line break inside a quoted cell). */
  readonly line: number;
  /** Column id, or '' for a problem with the whole row or file. */
  readonly column: string;
  /** The column's Japanese label, when the column is known. */
  readonly label?: string;
  /** The offending value as found in the file (after decoding). */
  readonly value: string;
  /** What was expected instead. */
  readonly expected: string;
}

type Messages = { readonly [K in IssueCode]: (i: Issue) => string };

const col = (i: Issue) => (i.label ? `${i.label}` : 'the column');
const q = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

/** English messages; the column's Japanese label is named so analysts find it in their sheet. */
export const messagesEn: Messages = {
  empty_file: (i) => `empty file: ${i.expected}`,
  unsupported_encoding: (i) => `unsupported encoding: ${i.expected}`,
  bad_encoding: (i) => `cannot decode: ${i.expected}`,
  bom_in_middle: () => 'a byte-order mark (U+FEFF) inside the file: were two files concatenated? Remove it or re-export the file',
  no_rows: () => 'the file has a header row but no data rows',
  missing_column: (i) => `required column missing: ${i.column} (${i.label}); expected a header ${i.expected}`,
  duplicate_column: (i) => `column ${i.column} (${i.label}) appears twice in the header (${i.expected})`,
  unknown_column: (i) => `unknown column ${q(i.value)} is ignored; expected one of the codebook's columns`,
  ragged_row: (i) => `row has ${i.value} cells, expected ${i.expected} (one per header column)`,
  unclosed_quote: () => 'a quoted cell does not end at its closing quote (a quote inside a cell is written twice: ""); a quote never closed makes the rest of the file this one cell',
  blank_row: () => 'blank row skipped',
  missing_value: (i) => `${col(i)} is empty; ${i.expected}`,
  duplicate_id: (i) => `duplicate id ${q(i.value)} in ${col(i)}; ${i.expected}`,
  unknown_option: (i) => `unknown option ${q(i.value)} for ${col(i)}; expected one of: ${i.expected}`,
  exclusive_option: (i) => `${q(i.value)} cannot be combined with other options in ${col(i)}; ${i.expected}`,
  duplicate_option: (i) => `option ${q(i.value)} is given twice in ${col(i)}; counted once`,
  not_a_number: (i) => `${q(i.value)} is not a number for ${col(i)}; expected ${i.expected}`,
  not_an_integer: (i) => `${q(i.value)} is not a whole number for ${col(i)}; expected ${i.expected}`,
  out_of_range: (i) => `${q(i.value)} is out of range for ${col(i)}; expected ${i.expected}`,
  too_long: (i) => `${col(i)} is too long; expected ${i.expected}`,
  not_a_date: (i) => `${q(i.value)} is not a date for ${col(i)}; expected ${i.expected}`,
  unknown_prefecture: (i) => `unknown prefecture ${q(i.value)} in ${col(i)}; expected ${i.expected}`,
  not_asked: (i) => `${col(i)} is answered (${q(i.value)}) although it is not asked here: ${i.expected}`,
  unknown_reference: (i) => `${q(i.value)} in ${col(i)} does not exist in ${i.expected}`,
};

/** `file:row:column: message (line N)`: the line is added only where it differs from the row. */
export function formatIssue(issue: Issue, messages: Messages = messagesEn): string {
  const where = issue.sheet === undefined ? `${issue.file}:${issue.row}:${issue.column}` : `${issue.file}:${issue.sheet}!${issue.row}:${issue.column}`;
  const line = issue.line > 0 && issue.line !== issue.row ? ` (line ${issue.line})` : '';
  return `${where}: ${messages[issue.code](issue)}${line}`;
}

/** Thrown by strict reading: carries every issue, not just the first. */
export class ValidationError extends Error {
  readonly issues: readonly Issue[];
  /** The exit status a command should end with. */
  readonly exitCode = 1;
  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const shown = errors.slice(0, 20).map((i) => formatIssue(i));
    const more = errors.length > shown.length ? `\n… and ${errors.length - shown.length} more` : '';
    super(`${errors.length} validation error${errors.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export const isError = (i: Issue) => i.severity === 'error';
