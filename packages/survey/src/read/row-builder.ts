import type { Codebook, Column } from '../codebook/schema.js';
import { matchKey, normalizeCell } from '../normalize/normalize.js';
import { CellReader, type CellEntry } from './cell-reader.js';
import { MAX_CELL } from './csv-tokenizer.js';
import { boundsOf, storeOf, stringsOf, type ColumnPart, type ColumnStore } from './column-stores.js';
import type { Growable, TableColumn } from './columns.js';
import { compileColumn, type CellValue } from './compile-column.js';
import { IdIndex } from './id-index.js';
import { WITHHELD, type Issue, type IssueCode, type Severity } from './issues.js';

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
  /**
   * The row's ids (column id → value) as read, so that a reference to a rejected row can say so
   * rather than that the id does not exist.
   */
  readonly ids?: Readonly<Record<string, string>>;
}

export interface BuiltColumns {
  readonly columns: Record<string, TableColumn<CellValue>>;
  readonly rows: number[];
  readonly lines: number[];
  readonly rejected: RejectedRow[];
  readonly issues: Issue[];
  readonly blank: number;
  readonly records: number;
}

/**
 * The rows a builder read from a part of a file (see `RowBuilder.part`), as plain data for another
 * thread: row and line numbers count from the part's own start.
 */
export interface RowsPart {
  readonly columns: readonly ColumnPart[];
  readonly rows: readonly number[];
  readonly lines: readonly number[];
  readonly rejected: readonly RejectedRow[];
  readonly issues: readonly Issue[];
  readonly blank: number;
  readonly records: number;
  readonly accepted: number;
}

/** Whether an id of an in-order 'strings' part was seen already, each looked up where it stands in the part's text. */
function seenIn(seen: IdIndex, part: ColumnPart & { kind: 'strings' }): boolean {
  const bounds = boundsOf(part);
  for (let i = 0; i < bounds.length; i += 2) if (bounds[i]! >= 0 && seen.firstRowIn(part.text, bounds[i]!, bounds[i + 1]!) > 0) return true;
  return false;
}

/** Characters of an offending value kept in an issue: enough to find the cell, not a megabyte of it in every report. */
const MAX_VALUE = 200;
/**
 * Characters of an unknown header kept in its warning. A real header is a short label; a long
 * one means the file is not this CSV at all (a log, /etc/passwd, a binary), whose first line
 * does not belong in a report: a short excerpt, control characters escaped, is enough to tell.
 */
const MAX_HEADER = 80;

const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
/** Characters as they can be printed: control characters (NUL included) as \uXXXX. */
const escapeControls = (chars: readonly string[]) => chars.map((c) => (isControl(c.charCodeAt(0)) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');

/** A short, printable excerpt of a header cell: control characters as \uXXXX, cut at `MAX_HEADER`. */
export function headerExcerpt(header: string): string {
  const chars = [...header];
  const shown = escapeControls(chars.slice(0, MAX_HEADER));
  return chars.length > MAX_HEADER ? `${shown}…` : shown;
}

/** Characters of a cell kept around its first NUL byte in an issue. */
const NUL_CONTEXT = 12;
/** A NUL byte's expected text, for a data cell and a header cell alike. */
const NO_NUL = 'text without NUL bytes: the file is damaged, or was written by a program that pads cells with NUL';

/**
 * The cell `text[start, end)` around its first NUL byte, printable: NULs (and any other control
 * character) as \u0000, a run of NULs once with its length ([\u0000×90]), cut to a few characters
 * either side: a cell of megabytes (a tail of zeros after a crash) gives a line, not megabytes.
 */
export function nulExcerpt(text: string, start = 0, end = text.length): string {
  const nul = text.indexOf('\0', start);
  if (nul < 0 || nul >= end) return headerExcerpt(text.slice(start, end));
  let run = nul;
  while (run < end && text.charCodeAt(run) === 0) run++;
  const from = Math.max(start, nul - NUL_CONTEXT);
  const to = Math.min(end, run + NUL_CONTEXT);
  const nuls = run - nul > 1 ? `[\\u0000×${run - nul}]` : '\\u0000';
  return `${from > start ? '…' : ''}${escapeControls([...text.slice(from, nul)])}${nuls}${escapeControls([...text.slice(run, to)])}${to < end ? '…' : ''}`;
}

/**
 * Builds the output columns record by record, validating every cell with the codebook's compiled
 * parsers. A streaming tokenizer hands it cells as ranges of its text (`cell`, `cellValue`,
 * `endRecord`); `record` takes a record as an array of strings. Nothing per row is kept but the
 * values themselves, written straight into each column's store.
 */
export class RowBuilder {
  readonly issues: Issue[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly rows: number[] = [];
  readonly lines: number[] = [];
  blank = 0;
  records = 0;
  /** True once the file has a file-level error: no record can be accepted. */
  fatal = false;
  /** The file-level errors: the reasons of rows rejected for them alone. */
  private readonly fileErrors: Issue[] = [];
  private mapping: HeaderMapping[] = [];
  private readers: CellReader[] = [];
  private readonly stores: ColumnStore[];
  private width = 0;
  /** Codebook column of each header cell, -1 for an unknown column. */
  private cellToCol = new Int32Array(0);
  /** The columns of unique ids, and the rows where each of their ids was first seen (aligned). */
  private readonly uniqueCols: number[] = [];
  private readonly seen: IdIndex[] = [];
  /** Where each unique column's id of the current record goes in its index (see `IdIndex.lookup`). */
  private uniqueAt = new Int32Array(0);
  private readonly conditionIndex: number[] = [];
  /** Each codebook column's cell in the record (-1 when absent), and the columns asked conditionally. */
  private indices = new Int32Array(0);
  private readonly conditional: number[] = [];
  private readonly conditionCodes: (ReadonlySet<string> | null)[] = [];
  /** The current record: its entries per codebook column, cells seen, and whether any holds text. */
  private readonly entries: CellEntry[] = [];
  private cellCount = 0;
  private content = false;
  private accepted = 0;

  /** Columns whose store keeps the entry's code in a typed array (`codes`, aligned), and the others. */
  private readonly coded: number[] = [];
  private readonly codes: Growable<Uint8Array | Uint16Array | Uint32Array>[] = [];
  private readonly valued: number[] = [];

  constructor(
    readonly codebook: Codebook,
    readonly file: string,
    private readonly redactPersonal = true,
  ) {
    this.stores = codebook.columns.map(storeOf);
    this.stores.forEach((s, k) => {
      if (s.codes) {
        this.coded.push(k);
        this.codes.push(s.codes);
      } else this.valued.push(k);
    });
  }

  private issue(code: IssueCode, severity: Severity, row: number, line: number, column: Column | null, value: string, expected: string, personalValue = true): Issue {
    const personal = personalValue && column?.personal && this.redactPersonal && value !== '';
    const i: Issue = {
      code,
      severity,
      file: this.file,
      row,
      line,
      column: column?.id ?? '',
      ...(column ? { label: column.label } : {}),
      value: personal ? WITHHELD : value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value,
      expected,
    };
    this.issues.push(i);
    return i;
  }

  /** A problem with the file as a whole (row 0, the header row 1, or where a stray BOM sits). */
  fileIssue(code: IssueCode, row: number, line: number, detail: string, column: Column | null = null, value = ''): void {
    this.fileErrors.push(this.issue(code, 'error', row, line, column, value, detail));
    this.fatal = true;
  }

  /**
   * A cell whose bytes are valid UTF-8 (as the file was read) and valid Shift_JIS alike: a warning
   * showing both readings (withheld in a personal column). `cell` is its index in the record.
   */
  ambiguousCell(row: number, line: number, cell: number, utf8: string, shiftJis: string): void {
    const column = this.mapping.find((m) => m.index === cell)?.column ?? null;
    const hide = column?.personal && this.redactPersonal;
    this.issue('ambiguous_encoding', 'warning', row, line, column, utf8, hide ? WITHHELD : JSON.stringify(shiftJis));
  }

  /**
   * A record that cannot be read as cells (a quote never closed or malformed): rejected as a
   * whole, naming the column of the cell where it went wrong (`cells` gives the record's cells,
   * the last being that one, or the index of that cell).
   */
  rowIssue(code: IssueCode, row: number, line: number, cells: readonly string[] | number): void {
    this.records++;
    const index = typeof cells === 'number' ? cells : cells.length - 1;
    const at = this.mapping.find((m) => m.index === index)?.column ?? null;
    const expected = code === 'too_long' ? `at most ${MAX_CELL - 1} characters (a cell this long is a quote left open, or the file is not CSV)` : 'a closing quote';
    const i = this.issue(code, 'error', row, line, at, '', expected);
    this.rejected.push({ row, line, issues: [i], ids: this.idsOf(Math.min(index, this.cellCount)) });
    this.cellCount = 0;
    this.content = false;
  }

  /**
   * A record with NUL bytes in its cells (`cells`: each cell's index in the record and its excerpt,
   * see `nulExcerpt`): rejected with one issue per cell of a codebook column, its other cells not
   * read, since a NUL means the record is damaged. NULs only in columns the codebook does not have
   * (which are never read) leave the record to be read as usual.
   */
  nulRow(row: number, line: number, cells: readonly { readonly index: number; readonly excerpt: string }[]): void {
    const issues: Issue[] = [];
    for (const { index, excerpt } of cells) {
      const column = this.mapping.find((m) => m.index === index)?.column;
      if (column) issues.push(this.issue('nul_byte', 'error', row, line, column, excerpt, NO_NUL));
    }
    if (issues.length === 0) {
      this.endRecord(row, line);
      return;
    }
    this.records++;
    this.rejected.push({ row, line, issues, ids: this.idsOf(this.cellCount) });
    this.cellCount = 0;
    this.content = false;
  }

  /** The ids read from the current record's first `cells` cells (those before a cell that broke it). */
  private idsOf(cells: number): Record<string, string> {
    const ids: Record<string, string> = {};
    this.codebook.columns.forEach((c, k) => {
      const idx = this.mapping[k]?.index ?? -1;
      const v = this.entries[k]?.parsed.value;
      if (c.type === 'id' && idx >= 0 && idx < cells && typeof v === 'string') ids[c.id] = v;
    });
    return ids;
  }

  header(cells: readonly string[]): void {
    const cols = this.codebook.columns;
    const keys = new Map<string, Column>();
    for (const c of cols) for (const k of [c.id, c.label, ...c.aliases]) keys.set(matchKey(k), c);
    const found = new Map<string, HeaderMapping>();
    this.width = cells.length;
    this.cellToCol = new Int32Array(cells.length).fill(-1);
    cells.forEach((raw, index) => {
      // A header with a NUL byte is damaged: the file is refused, naming the column the header
      // would be without its NULs (so that no column is also reported missing).
      const nul = raw.includes('\0');
      const header = normalizeCell(raw.replace(/^\ufeff/, '').replaceAll('\0', ''));
      const col = keys.get(matchKey(header));
      if (nul) {
        this.fileErrors.push(this.issue('nul_byte', 'error', 1, 1, col ?? null, nulExcerpt(raw), NO_NUL, false));
        this.fatal = true;
        if (!col) return;
      }
      if (!col) {
        this.issue('unknown_column', 'warning', 1, 1, null, headerExcerpt(header), 'a column of the codebook');
        return;
      }
      const prev = found.get(col.id);
      if (prev) {
        this.fileErrors.push(this.issue('duplicate_column', 'error', 1, 1, col, header, `header cells ${prev.index + 1} and ${index + 1}`));
        this.fatal = true;
        return;
      }
      found.set(col.id, { column: col, index, header });
    });
    for (const col of cols) {
      if (!found.has(col.id) && col.required) {
        this.fileErrors.push(this.issue('missing_column', 'error', 1, 1, col, '', `"${col.id}" or "${col.label}"`));
        this.fatal = true;
      }
    }
    this.mapping = cols.map((column) => found.get(column.id) ?? { column, index: -1, header: '' });
    this.readers = cols.map((c, k) => new CellReader(c, compileColumn(c, this.codebook), this.stores[k]!));
    this.indices = Int32Array.from(this.mapping, (m) => m.index);
    for (const [k, c] of cols.entries()) {
      const idx = this.mapping[k]!.index;
      if (idx >= 0) this.cellToCol[idx] = k;
      this.entries[k] = this.readers[k]!.missing;
      const cond = c.askedWhen;
      this.conditionIndex[k] = cond ? cols.findIndex((x) => x.id === cond.column) : -1;
      if (this.conditionIndex[k]! >= 0) this.conditional.push(k);
      this.conditionCodes[k] = cond ? new Set(cond.in) : null;
      if (c.type === 'id' && c.unique) {
        this.seen.push(new IdIndex());
        this.uniqueCols.push(k);
      }
    }
    this.uniqueAt = new Int32Array(this.uniqueCols.length);
  }

  /** The header as mapped; available after `header()`. */
  get headerMapping(): readonly HeaderMapping[] {
    return this.mapping;
  }

  /** The next cell of the current record: `text[start, end)`. */
  cell(text: string, start: number, end: number): void {
    const k = this.cellCount++;
    const c = k < this.width ? this.cellToCol[k]! : -1;
    if (c < 0) {
      if (!this.content && text.slice(start, end).trim() !== '') this.content = true;
      return;
    }
    const e = this.readers[c]!.fromRange(text, start, end);
    this.entries[c] = e;
    if (!e.blank) this.content = true;
  }

  /** The next cell of the current record, as a string. */
  cellValue(raw: string): void {
    this.cell(raw, 0, raw.length);
  }

  /** A record given as its cells. */
  record(cells: readonly string[], row: number, line: number): void {
    for (const c of cells) this.cell(c, 0, c.length);
    this.endRecord(row, line);
  }

  /** The end of the current record, at Excel row `row` and physical line `line`: validate and keep it or reject it. */
  endRecord(row: number, line: number): void {
    this.records++;
    const cellCount = this.cellCount;
    this.cellCount = 0;
    if (!this.content) {
      this.blank++;
      this.rejected.push({ row, line, issues: [this.issue('blank_row', 'warning', row, line, null, '', 'a record')] });
      return;
    }
    this.content = false;
    // Issues are collected only when there are any: the usual row allocates nothing here.
    let rowIssues: Issue[] | null = null;
    let rowError = this.fatal;
    if (cellCount !== this.width) {
      rowIssues = [this.issue('ragged_row', 'error', row, line, null, String(cellCount), String(this.width))];
      rowError = true;
    }
    const cols = this.codebook.columns;
    const entries = this.entries;
    const readers = this.readers;
    const indices = this.indices;
    const n = cols.length;
    for (let k = 0; k < n; k++) {
      const idx = indices[k]!;
      // A column absent from the header, or beyond the cells of a short record, is blank.
      if (idx < 0 || idx >= cellCount) entries[k] = readers[k]!.missing;
      const e = entries[k]!;
      if (!e.attention) continue;
      for (const p of e.parsed.problems) {
        (rowIssues ??= []).push(this.issue(p.code, p.severity, row, line, cols[k]!, p.value, p.expected));
        if (p.severity === 'error') rowError = true;
      }
      if (e.parsed.missing && idx >= 0 && cols[k]!.type === 'id') {
        (rowIssues ??= []).push(this.issue('missing_value', 'error', row, line, cols[k]!, e.raw, 'every row needs an id'));
        rowError = true;
      }
    }
    // Conditional questions: an answer given where the routing did not ask is an error.
    for (const k of this.conditional) {
      const ci = this.conditionIndex[k]!;
      if (entries[k]!.parsed.missing) continue;
      const cond = entries[ci]!.parsed.value;
      if (typeof cond === 'string' && this.conditionCodes[k]!.has(cond)) continue;
      const col = cols[k]!;
      const condCol = cols[ci]!;
      const asked = col.askedWhen!.in.map((code) => ('options' in condCol ? condCol.options.find((o) => o.code === code)?.label : code) ?? code);
      const actual = typeof cond === 'string' && 'options' in condCol ? (condCol.options.find((o) => o.code === cond)?.label ?? cond) : '(blank)';
      (rowIssues ??= []).push(this.issue('not_asked', 'error', row, line, col, normalizeCell(entries[k]!.raw), `asked only when ${condCol.label} (${condCol.id}) is ${asked.join(' or ')}, here it is ${actual}`));
      rowError = true;
    }
    // Unique ids: the first occurrence is kept, later ones are rejected and point back to it.
    if (!rowError) {
      for (let u = 0; u < this.uniqueCols.length; u++) {
        const k = this.uniqueCols[u]!;
        const v = entries[k]!.parsed.value;
        if (typeof v !== 'string') continue;
        const first = (this.uniqueAt[u] = this.seen[u]!.lookup(v));
        if (first > 0) {
          (rowIssues ??= []).push(this.issue('duplicate_id', 'error', row, line, cols[k]!, v, `ids are unique; first seen at row ${first}`));
          rowError = true;
        }
      }
    }
    if (rowError) {
      const errors = ((rowIssues ?? []) as Issue[]).filter((i) => i.severity === 'error');
      this.rejected.push({ row, line, issues: errors.length ? errors : [...this.fileErrors], ids: this.idsOf(cellCount) });
      return;
    }
    const at = this.accepted++;
    // Stores of codes by the typed array they write, the others by their `put`: one call site per
    // kind of store rather than one for all of them.
    const coded = this.coded;
    const codes = this.codes;
    for (let j = 0; j < coded.length; j++) codes[j]!.set(at, entries[coded[j]!]!.code);
    const valued = this.valued;
    for (let j = 0; j < valued.length; j++) {
      const k = valued[j]!;
      this.stores[k]!.put(at, 0, entries[k]!.value);
    }
    for (let u = 0; u < this.uniqueCols.length; u++) {
      const v = entries[this.uniqueCols[u]!]!.parsed.value;
      if (typeof v === 'string') this.seen[u]!.add(v, row, this.uniqueAt[u]);
    }
    this.rows.push(row);
    this.lines.push(line);
  }

  /**
   * What was read after the header, as plain data (issues from `fromIssue` on: the header's own are
   * the first reader's to report). Null when the part cannot stand for the same records read in
   * one pass: a file-level error, or a duplicate id, whose issue names a row counted from the
   * part's start.
   */
  part(fromIssue: number): RowsPart | null {
    if (this.fatal) return null;
    const issues = this.issues.slice(fromIssue);
    if (issues.some((i) => i.code === 'duplicate_id')) return null;
    return {
      columns: this.stores.map((s) => s.part(this.accepted)),
      rows: this.rows,
      lines: this.lines,
      rejected: this.rejected,
      issues,
      blank: this.blank,
      records: this.records,
      accepted: this.accepted,
    };
  }

  /**
   * Append the records another builder read from the rest of the file (`part`), as if they had been
   * read here: `rowOffset` and `lineOffset` turn the part's numbers into the file's. False, with
   * nothing appended, when that would not be the same as reading them here: this builder has a
   * file-level error, or an id of the part was seen here (the part must then be read again, here).
   */
  absorb(part: RowsPart, rowOffset: number, lineOffset: number): boolean {
    if (this.fatal) return false;
    for (let u = 0; u < this.uniqueCols.length; u++) {
      const seen = this.seen[u]!;
      const ids = part.columns[this.uniqueCols[u]!]!;
      if (ids.kind === 'strings') {
        if (ids.distinct ? stringsOf(ids).some((v) => seen.firstRow(v) > 0) : seenIn(seen, ids)) return false;
      } else if (ids.kind !== 'array' || ids.values.some((v) => typeof v === 'string' && seen.firstRow(v) > 0)) return false;
    }
    // Issues are shared by `issues` and their rejected rows (one message keeps that), so each is renumbered once.
    const renumber = (x: { row: number; line: number }) => {
      x.row += rowOffset;
      x.line += lineOffset;
    };
    for (const i of part.issues) {
      renumber(i as { row: number; line: number });
      this.issues.push(i);
    }
    for (const r of part.rejected) {
      renumber(r as { row: number; line: number });
      this.rejected.push(r);
    }
    this.stores.forEach((s, k) => s.append(part.columns[k]!, this.accepted));
    for (const r of part.rows) this.rows.push(r + rowOffset);
    for (const l of part.lines) this.lines.push(l + lineOffset);
    this.accepted += part.accepted;
    this.blank += part.blank;
    this.records += part.records;
    return true;
  }

  /** Output columns for the accepted rows. */
  build(): BuiltColumns {
    // A file-level error found after rows were accepted (a byte-order mark half-way through):
    // the file is refused whole, like one whose header is wrong, so those rows are rejected too.
    if (this.fatal && this.accepted > 0) {
      for (let k = 0; k < this.accepted; k++) this.rejected.push({ row: this.rows[k]!, line: this.lines[k]!, issues: [...this.fileErrors] });
      this.rejected.sort((a, b) => a.row - b.row);
      this.rows.length = 0;
      this.lines.length = 0;
      this.accepted = 0;
    }
    const columns: Record<string, TableColumn<CellValue>> = {};
    this.codebook.columns.forEach((c, k) => (columns[c.id] = this.stores[k]!.build(this.accepted)));
    return {
      columns,
      rows: this.rows,
      lines: this.lines,
      rejected: this.rejected,
      issues: this.issues,
      blank: this.blank,
      records: this.records,
    };
  }
}
