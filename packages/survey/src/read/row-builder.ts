import type { Codebook, Column } from '../codebook/schema.js';
import { matchKey, normalizeCell } from '../normalize/normalize.js';
import { compileColumn, type CellValue, type CompiledColumn } from './compile-column.js';
import type { Issue, IssueCode, Severity } from './issues.js';

/** Where each codebook column sits in the file's header (-1 when absent). */
export interface HeaderMapping {
  readonly column: Column;
  readonly index: number;
  readonly header: string;
}

export interface RejectedRow {
  /** Excel row number (header = 1). */
  readonly row: number;
  readonly line: number;
  readonly issues: readonly Issue[];
}

export interface BuiltColumns {
  readonly columns: Record<string, CellValue[]>;
  readonly rows: number[];
  readonly lines: number[];
  readonly rejected: RejectedRow[];
  readonly issues: Issue[];
  readonly blank: number;
  readonly records: number;
}

const REDACTED = '(personal data withheld)';

/**
 * Builds output columns record by record (so a streaming parser can feed it), validating every
 * cell with the codebook's compiled parsers. No per-row objects are kept: only one array per column.
 */
export class RowBuilder {
  readonly issues: Issue[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly rows: number[] = [];
  readonly lines: number[] = [];
  blank = 0;
  records = 0;
  /** True once the header has a file-level error: no record can be accepted. */
  fatal = false;
  private mapping: HeaderMapping[] = [];
  private compiled: CompiledColumn[] = [];
  private width = 0;
  private readonly out: Record<string, CellValue[]> = {};
  private readonly seen = new Map<string, Map<string, number>>();
  private readonly conditionIndex: number[] = [];
  private readonly conditionCodes: (ReadonlySet<string> | null)[] = [];
  private readonly cellValues: CellValue[];
  private readonly cellMissing: boolean[];

  constructor(
    readonly codebook: Codebook,
    readonly file: string,
    private readonly redactPersonal = true,
  ) {
    for (const c of codebook.columns) this.out[c.id] = [];
    this.cellValues = new Array<CellValue>(codebook.columns.length);
    this.cellMissing = new Array<boolean>(codebook.columns.length);
  }

  private issue(code: IssueCode, severity: Severity, row: number, line: number, column: Column | null, value: string, expected: string): Issue {
    const personal = column?.personal && this.redactPersonal && value !== '';
    const i: Issue = {
      code,
      severity,
      file: this.file,
      row,
      line,
      column: column?.id ?? '',
      ...(column ? { label: column.label } : {}),
      value: personal ? REDACTED : value,
      expected,
    };
    this.issues.push(i);
    return i;
  }

  /** A problem with the file as a whole (row 0, or the header row 1). */
  fileIssue(code: IssueCode, row: number, line: number, detail: string, column: Column | null = null, value = ''): void {
    this.issue(code, 'error', row, line, column, value, detail);
    this.fatal = true;
  }

  /** A record that cannot be read as cells (an unclosed quote): rejected as a whole. */
  rowIssue(code: IssueCode, row: number, line: number, cells: readonly string[]): void {
    this.records++;
    const at = this.mapping.find((m) => m.index === cells.length - 1)?.column ?? null;
    const i = this.issue(code, 'error', row, line, at, '', 'a closing quote');
    this.rejected.push({ row, line, issues: [i] });
  }

  header(cells: readonly string[]): void {
    const cols = this.codebook.columns;
    const keys = new Map<string, Column>();
    for (const c of cols) for (const k of [c.id, c.label, ...c.aliases]) keys.set(matchKey(k), c);
    const found = new Map<string, HeaderMapping>();
    this.width = cells.length;
    cells.forEach((raw, index) => {
      const header = normalizeCell(raw.replace(/^\ufeff/, ''));
      const col = keys.get(matchKey(header));
      if (!col) {
        this.issue('unknown_column', 'warning', 1, 1, null, header, 'a column of the codebook');
        return;
      }
      const prev = found.get(col.id);
      if (prev) {
        this.issue('duplicate_column', 'error', 1, 1, col, header, `header cells ${prev.index + 1} and ${index + 1}`);
        this.fatal = true;
        return;
      }
      found.set(col.id, { column: col, index, header });
    });
    for (const col of cols) {
      if (!found.has(col.id) && col.required) {
        this.issue('missing_column', 'error', 1, 1, col, '', `"${col.id}" or "${col.label}"`);
        this.fatal = true;
      }
    }
    this.mapping = cols.map((column) => found.get(column.id) ?? { column, index: -1, header: '' });
    this.compiled = cols.map((c) => compileColumn(c, this.codebook));
    for (const [k, c] of cols.entries()) {
      const cond = c.askedWhen;
      this.conditionIndex[k] = cond ? cols.findIndex((x) => x.id === cond.column) : -1;
      this.conditionCodes[k] = cond ? new Set(cond.in) : null;
      if (c.type === 'id' && c.unique) this.seen.set(c.id, new Map());
    }
  }

  /** The header as mapped; available after `header()`. */
  get headerMapping(): readonly HeaderMapping[] {
    return this.mapping;
  }

  record(cells: readonly string[], row: number, line: number): void {
    this.records++;
    if (cells.every((c) => c.trim() === '')) {
      this.blank++;
      this.rejected.push({ row, line, issues: [this.issue('blank_row', 'warning', row, line, null, '', 'a record')] });
      return;
    }
    const rowIssues: Issue[] = [];
    let rowError = this.fatal;
    if (cells.length !== this.width) {
      rowIssues.push(this.issue('ragged_row', 'error', row, line, null, String(cells.length), String(this.width)));
      rowError = true;
    }
    const cols = this.codebook.columns;
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k]!;
      const idx = this.mapping[k]!.index;
      const raw = idx >= 0 && idx < cells.length ? cells[idx]! : '';
      const parsed = this.compiled[k]!.parse(raw);
      this.cellValues[k] = parsed.value;
      this.cellMissing[k] = parsed.missing;
      for (const p of parsed.problems) {
        rowIssues.push(this.issue(p.code, p.severity, row, line, col, p.value, p.expected));
        if (p.severity === 'error') rowError = true;
      }
      if (col.type === 'id' && parsed.missing && idx >= 0) {
        rowIssues.push(this.issue('missing_value', 'error', row, line, col, raw, 'every row needs an id'));
        rowError = true;
      }
    }
    // Conditional questions: an answer given where the routing did not ask is an error.
    for (let k = 0; k < cols.length; k++) {
      const ci = this.conditionIndex[k]!;
      if (ci < 0 || this.cellMissing[k]) continue;
      const cond = this.cellValues[ci];
      if (typeof cond === 'string' && this.conditionCodes[k]!.has(cond)) continue;
      const col = cols[k]!;
      const condCol = cols[ci]!;
      const asked = col.askedWhen!.in.map((code) => ('options' in condCol ? condCol.options.find((o) => o.code === code)?.label : code) ?? code);
      const actual = typeof cond === 'string' && 'options' in condCol ? condCol.options.find((o) => o.code === cond)?.label ?? cond : '(blank)';
      const raw = cells[this.mapping[k]!.index] ?? '';
      rowIssues.push(
        this.issue('not_asked', 'error', row, line, col, normalizeCell(raw), `asked only when ${condCol.label} (${condCol.id}) is ${asked.join(' or ')}, here it is ${actual}`),
      );
      rowError = true;
    }
    // Unique ids: the first occurrence is kept, later ones are rejected and point back to it.
    if (!rowError) {
      for (let k = 0; k < cols.length; k++) {
        const seen = this.seen.get(cols[k]!.id);
        const v = this.cellValues[k];
        if (!seen || typeof v !== 'string') continue;
        const first = seen.get(v);
        if (first !== undefined) {
          rowIssues.push(this.issue('duplicate_id', 'error', row, line, cols[k]!, v, `ids are unique; first seen at row ${first}`));
          rowError = true;
        }
      }
    }
    if (rowError) {
      const errors = rowIssues.filter((i) => i.severity === 'error');
      this.rejected.push({ row, line, issues: errors.length ? errors : this.issues.filter((i) => i.row <= 1 && i.severity === 'error') });
      return;
    }
    for (let k = 0; k < cols.length; k++) {
      const id = cols[k]!.id;
      const v = this.cellValues[k]!;
      this.out[id]!.push(v);
      const seen = this.seen.get(id);
      if (seen && typeof v === 'string') seen.set(v, row);
    }
    this.rows.push(row);
    this.lines.push(line);
  }

  /** Output columns for the accepted rows. */
  build(): BuiltColumns {
    return {
      columns: this.out,
      rows: this.rows,
      lines: this.lines,
      rejected: this.rejected,
      issues: this.issues,
      blank: this.blank,
      records: this.records,
    };
  }
}
