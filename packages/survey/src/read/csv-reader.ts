import type { Codebook } from '../codebook/schema.js';
import type { Encoding } from '../decode/decode-bytes.js';
import { StreamDecoder } from '../decode/stream-decoder.js';
import { CsvTokenizer, MAX_CELL, type CsvSink } from './csv-tokenizer.js';
import { finishRead, type ReadMode, type ReadResult } from './finish-read.js';
import { refusedRead, type RecordStart } from './refused-read.js';
import { nulExcerpt, RowBuilder, type RowsPart } from './row-builder.js';

export interface CsvReaderOptions {
  /** The instrument's codebook. */
  codebook: Codebook;
  /** File name used in every issue (`experts.csv`). */
  file?: string;
  /**
   * `strict` (default) throws a `ValidationError` listing every error from `end()`; `lenient`
   * returns the accepted rows and the rejected rows with their reasons.
   */
  mode?: ReadMode;
  /** Field delimiter; `,` by default. */
  delimiter?: string;
  /** Replace the values of personal-data columns in issues (default true): reports are shared. */
  redactPersonal?: boolean;
  /**
   * The file's encoding, when another reader of the same file has decided it (a second thread
   * reading its second half): nothing is sniffed. Bytes only.
   */
  encoding?: Encoding;
}

/** Where a reader stopped between two records (see `CsvReader.pause`). */
export interface RecordBoundary {
  /** Records read, the header included. */
  readonly records: number;
  /** Physical line the next record starts on. */
  readonly line: number;
}

const NON_SPACE = /\S/;
const BREAK = /\r\n|\r|\n/g;
/** Line breaks in `text`, counted as the tokenizer counts them (CRLF, CR or LF). */
const breaksIn = (text: string) => (text === '' ? 0 : (text.match(BREAK)?.length ?? 0));

/**
 * Routes the tokenizer's first record to the header and the others to the row builder. Once the
 * file is refused (it does not decode), records are only counted: the builder sees no more cells.
 */
class Records implements CsvSink {
  private headerCells: string[] | null = [];
  private record = 0;
  /** Records seen after the file was refused, or null while it is read. */
  private counted: RecordStart[] | null = null;
  private content = false;
  /** Cells of the current record so far, and the first one cut at `MAX_CELL` (or -1). */
  private cells = 0;
  private tooLong = -1;
  /** Cells of the current record that hold a NUL byte: their index and a printable excerpt. */
  private nulCells: { index: number; excerpt: string }[] = [];
  /**
   * The next NUL byte in the text being tokenized at or after the last cell, or -1: found once per
   * piece of text, so cells are not searched one by one (a NUL is rare, a cell is not).
   */
  private nulAt = -1;
  /** The UTF-8 reading of a cell that also reads as Shift_JIS, until the cell is found; then its record's cell index. */
  private ambiguous: { utf8: string; shiftJis: string; cell: number } | null = null;
  constructor(private readonly builder: RowBuilder) {}

  /** Look for the cell that reads both as UTF-8 (`utf8`) and as Shift_JIS, to report it where it is. */
  watchAmbiguous(utf8: string, shiftJis: string): void {
    this.ambiguous = { utf8, shiftJis, cell: -1 };
  }

  /** From now on, count records only. */
  refuse(): void {
    this.counted ??= [];
  }

  /** Records counted after the file was refused. */
  get countedRecords(): readonly RecordStart[] {
    return this.counted ?? [];
  }

  /** The tokenizer is given `text` next: where its first NUL byte is (`mayHoldNul` false: it has none). */
  nextText(text: string, mayHoldNul: boolean): void {
    this.nulAt = mayHoldNul ? text.indexOf('\0') : -1;
  }

  cell(text: string, start: number, end: number): void {
    let nul = false;
    if (this.nulAt >= 0 && this.nulAt < end) {
      // A NUL before this cell was in a cell put together across pieces (see `cellValue`), or between cells.
      if (this.nulAt < start) this.nulAt = text.indexOf('\0', start);
      if (this.nulAt >= 0 && this.nulAt < end) {
        nul = true;
        this.nulAt = text.indexOf('\0', end);
      }
    }
    this.take(text, start, end, nul);
  }

  cellValue(value: string): void {
    this.take(value, 0, value.length, value.includes('\0'));
  }

  private take(text: string, start: number, end: number, nul: boolean): void {
    const index = this.cells++;
    if (this.counted) {
      if (!this.content && NON_SPACE.test(text.slice(start, end))) this.content = true;
      return;
    }
    // A cell cut at the tokenizer's limit: its record is rejected, not read with a cell cut short.
    if (end - start >= MAX_CELL && this.tooLong < 0) this.tooLong = index;
    if (nul && !this.headerCells) this.nulCells.push({ index, excerpt: nulExcerpt(text, start, end) });
    const a = this.ambiguous;
    if (a && a.cell < 0 && end - start >= a.utf8.length && text.slice(start, end).includes(a.utf8)) a.cell = index;
    if (this.headerCells) this.headerCells.push(text.slice(start, end));
    else this.builder.cell(text, start, end);
  }

  endRecord(line: number, quoteError: number): void {
    this.record++;
    const row = this.record;
    const a = this.ambiguous;
    if (a && a.cell >= 0 && !this.counted) {
      this.ambiguous = null;
      this.builder.ambiguousCell(row, line, a.cell, a.utf8, a.shiftJis);
    }
    if (this.headerCells && this.counted) this.headerCells = null;
    else if (this.counted) this.counted.push({ row, line, blank: !this.content });
    else if (this.headerCells) {
      this.builder.header(this.headerCells);
      this.headerCells = null;
    } else if (quoteError >= 0) this.builder.rowIssue('unclosed_quote', row, line, quoteError);
    else if (this.nulCells.length > 0) this.builder.nulRow(row, line, this.nulCells);
    else if (this.tooLong >= 0) this.builder.rowIssue('too_long', row, line, this.tooLong);
    else this.builder.endRecord(row, line);
    this.content = false;
    this.cells = 0;
    this.tooLong = -1;
    if (this.nulCells.length > 0) this.nulCells = [];
  }

  /** Records read so far, the header included. */
  get count(): number {
    return this.record;
  }

  /** Records another reader read after these (see `CsvReader.absorb`). */
  addRecords(n: number): void {
    this.record += n;
  }

  /** Records after the header so far. */
  get dataRecords(): number {
    return Math.max(0, this.record - 1);
  }

  get sawHeader(): boolean {
    return this.headerCells === null;
  }
}

/**
 * Reads one instrument's CSV given in chunks, as a file is read from disk, and validates every
 * cell against the codebook as it goes. Memory holds the table being built, not the file: each
 * chunk is decoded, tokenized and dropped.
 *
 * ```ts
 * const reader = new CsvReader({ codebook: experts, file: 'experts.csv' });
 * for (const chunk of chunks) reader.push(chunk);
 * const { table, issues } = reader.end();
 * ```
 */
export class CsvReader {
  private readonly builder: RowBuilder;
  private readonly records: Records;
  private readonly tokenizer: CsvTokenizer;
  private readonly mode: ReadMode;
  private readonly decoder: StreamDecoder;
  private text = false;
  /** Text held back while everything so far is white space (a file of only white space is empty). */
  private blankLead = '';
  private sawContent = false;
  private sawBom = false;
  private watchedAmbiguous = false;
  private ended = false;
  private readonly redactPersonal: boolean;

  constructor({ codebook, file = codebook.file ?? `${codebook.id}.csv`, mode = 'strict', delimiter = ',', redactPersonal = true, encoding }: CsvReaderOptions) {
    this.redactPersonal = redactPersonal;
    // The tokenizer has counted the lines of all the text decoded so far, but for white space held at the start.
    this.decoder = new StreamDecoder(encoding, () => this.tokenizer.line - 1 + breaksIn(this.blankLead));
    this.builder = new RowBuilder(codebook, file, redactPersonal);
    this.records = new Records(this.builder);
    this.tokenizer = new CsvTokenizer(this.records, delimiter);
    this.mode = mode;
  }

  /** The next bytes of the file (UTF-8, UTF-8 with BOM or Shift_JIS, sniffed on the first ones). */
  push(chunk: Uint8Array): void {
    if (this.text) throw new Error('CsvReader: bytes after text; give one or the other');
    const text = this.decoder.push(chunk);
    if (this.decoder.failure) this.records.refuse();
    this.watchAmbiguous();
    if (text) this.feed(text);
  }

  /** The next piece of already decoded text. */
  pushText(text: string): void {
    if (!this.text && this.blankLead === '' && !this.sawContent) text = text.replace(/^\ufeff/, '');
    this.text = true;
    this.feed(text);
  }

  /** The end of the file: the read result (strict mode throws a `ValidationError` when any error was found). */
  end(): ReadResult {
    if (this.ended) throw new Error('CsvReader: end() called twice');
    this.ended = true;
    const b = this.builder;
    let encoding: Encoding | 'text' = 'text';
    if (!this.text) {
      const rest = this.decoder.end();
      const f = this.decoder.failure;
      if (f) this.records.refuse();
      this.watchAmbiguous();
      if (rest) this.feed(rest);
      if (f) {
        if (this.sawContent) this.tokenizer.end();
        return refusedRead({ builder: b, counted: this.records.countedRecords, failure: f, encoding: this.decoder.encoding ?? 'text', mode: this.mode, redactPersonal: this.redactPersonal });
      }
      encoding = this.decoder.encoding ?? 'utf-8';
    }
    if (!this.sawContent) {
      b.fileIssue('empty_file', 0, 0, 'the file holds only white space');
      return finishRead(b, encoding, this.mode);
    }
    this.tokenizer.end();
    if (!this.records.sawHeader) b.fileIssue('empty_file', 0, 0, 'the file holds no header row');
    else if (this.records.dataRecords === 0) b.fileIssue('no_rows', 1, 1, 'at least one data row');
    return finishRead(b, encoding, this.mode);
  }

  /** The encoding, once decided from the bytes; null while it is sniffed, for text, and for bytes that do not decode. */
  get encoding(): Encoding | null {
    return this.text || this.decoder.failure ? null : this.decoder.encoding;
  }

  /** The header has been read. */
  get sawHeader(): boolean {
    return this.records.sawHeader;
  }

  /**
   * Tokenize every byte pushed so far, which must end right after a line break, and say where the
   * reader stands if that is between two records with nothing out of the way: the encoding decided
   * without a doubt, the header read, no file-level error. Another reader can then read the rest
   * of the file from there, and `absorb` its records here. Null otherwise: read on as usual.
   */
  pause(): RecordBoundary | null {
    if (this.text || this.ended) return null;
    const text = this.decoder.flush();
    if (text) this.feed(text);
    if (this.decoder.failure || this.decoder.ambiguous || this.builder.fatal || !this.records.sawHeader || !this.tokenizer.atRecordStart) return null;
    return { records: this.records.count, line: this.tokenizer.line };
  }

  /**
   * The end of a part of a file read after its header (the other part read by another reader):
   * its records as plain data, numbered from `from` (this reader's `pause` after the header).
   * Null when they cannot stand for the same records read in one pass (see `RowBuilder.part`).
   */
  endPart(from: RecordBoundary, headerIssues: number): (RowsPart & { readonly from: RecordBoundary }) | null {
    if (this.ended) throw new Error('CsvReader: end() called twice');
    this.ended = true;
    const rest = this.decoder.end();
    if (this.decoder.failure || this.decoder.ambiguous) return null;
    if (rest) this.feed(rest);
    this.tokenizer.end();
    const part = this.builder.part(headerIssues);
    return part && { ...part, from };
  }

  /** Issues found so far (the header's, after `pause` at the header). */
  get issueCount(): number {
    return this.builder.issues.length;
  }

  /**
   * Take the records another reader read from where this one paused (`at`, from `pause`) to the
   * end of the file, as if they had been read here. False when that would differ from reading them
   * here (see `RowBuilder.absorb`): read on from `at` instead.
   */
  absorb(part: RowsPart & { readonly from: RecordBoundary }, at: RecordBoundary): boolean {
    if (!this.builder.absorb(part, at.records - part.from.records, at.line - part.from.line)) return false;
    this.records.addRecords(part.records);
    return true;
  }

  /** Once the decoder finds the bytes ambiguous (before any of their text is fed), look for the cell. */
  private watchAmbiguous(): void {
    const a = this.decoder.ambiguous;
    if (!a || this.watchedAmbiguous) return;
    this.watchedAmbiguous = true;
    this.records.watchAmbiguous(a.utf8, a.shiftJis);
  }

  private tokenize(text: string): void {
    this.records.nextText(text, this.text || this.decoder.nulInText);
    this.tokenizer.push(text);
  }

  private feed(text: string): void {
    if (!this.sawContent) {
      if (!NON_SPACE.test(text)) {
        this.blankLead += text;
        return;
      }
      this.sawContent = true;
      text = this.blankLead + text;
      this.blankLead = '';
    }
    // A refused file's records are only counted.
    if (this.decoder.failure) {
      this.tokenize(text);
      return;
    }
    // A byte-order mark after the start: two files joined? Reported where it is, then dropped.
    let bom = text.indexOf('\ufeff');
    while (bom >= 0) {
      this.tokenize(text.slice(0, bom));
      if (!this.sawBom) {
        this.sawBom = true;
        const line = this.tokenizer.line;
        this.builder.fileIssue('bom_in_middle', line, line, 'no byte-order mark after the start of the file');
      }
      text = text.slice(bom + 1);
      bom = text.indexOf('\ufeff');
    }
    this.tokenize(text);
  }
}
