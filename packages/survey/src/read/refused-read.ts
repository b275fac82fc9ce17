import type { DecodeFailure, Encoding } from '../decode/decode-bytes.js';
import { finishRead, type ReadMode, type ReadResult } from './finish-read.js';
import { ValidationError, type Issue } from './issues.js';
import { RowBuilder } from './row-builder.js';

/** Where a record starts: its Excel row, physical line, and whether it holds nothing but white space. */
export interface RecordStart {
  readonly row: number;
  readonly line: number;
  readonly blank: boolean;
}

/** Every record the builder saw, in file order: accepted, rejected and blank. */
function recordsOf(builder: RowBuilder): RecordStart[] {
  const out: RecordStart[] = builder.rows.map((row, k) => ({ row, line: builder.lines[k]!, blank: false }));
  for (const r of builder.rejected) out.push({ row: r.row, line: r.line, blank: r.issues.every((i) => i.code === 'blank_row') });
  return out.sort((a, b) => a.row - b.row);
}

/** The Excel row holding physical line `line`: the header row 1 before the first record, 0 for the file as a whole. */
function rowAt(records: readonly RecordStart[], line: number): number {
  if (line <= 0) return 0;
  let row = 1;
  for (const r of records) {
    if (r.line > line) break;
    row = r.row;
  }
  return row;
}

export interface RefusedReadInput {
  /** The builder that read the file up to the failure. */
  readonly builder: RowBuilder;
  /** Records counted after the failure. */
  readonly counted: readonly RecordStart[];
  readonly failure: DecodeFailure;
  readonly encoding: Encoding | 'text';
  readonly mode: ReadMode;
  readonly redactPersonal: boolean;
}

/**
 * The result of a file that does not decode: refused whole, so no row is accepted, but every
 * record is still accounted for (rejected for the file's error, or counted blank), and the error
 * names the Excel row holding the line where decoding failed.
 */
export function refusedRead({ builder, counted, failure, encoding, mode, redactPersonal }: RefusedReadInput): ReadResult {
  // Past the line where a file turns out not to be text, the bytes hold no records to count.
  const notText = 'notText' in failure && failure.notText;
  const records = [...recordsOf(builder), ...(notText ? counted.filter((r) => r.line <= failure.line) : counted)];
  const fresh = new RowBuilder(builder.codebook, builder.file, redactPersonal);
  fresh.fileIssue(failure.code, rowAt(records, failure.line), failure.line, failure.detail);
  const base = finishRead(fresh, encoding, 'lenient');
  const fileIssue = base.issues[0]!;
  const issues: Issue[] = [fileIssue];
  const rejected = records.map((r) => {
    if (!r.blank) return { row: r.row, line: r.line, issues: [fileIssue] };
    const blank: Issue = { code: 'blank_row', severity: 'warning', file: builder.file, row: r.row, line: r.line, column: '', value: '', expected: 'a record' };
    issues.push(blank);
    return { row: r.row, line: r.line, issues: [blank] };
  });
  const blank = records.filter((r) => r.blank).length;
  const result: ReadResult = {
    ...base,
    rejected,
    issues,
    stats: { records: records.length, rows: records.length - blank, accepted: 0, rejected: records.length - blank, blank },
  };
  if (mode === 'strict') throw new ValidationError(issues);
  return result;
}
