import type { Codebook } from '../codebook/schema.js';
import type { Encoding } from '../decode/decode-bytes.js';
import { StreamDecoder } from '../decode/stream-decoder.js';
import { CsvTokenizer, type CsvSink } from './csv-tokenizer.js';
import { finishRead, type ReadMode, type ReadResult } from './finish-read.js';
import { RowBuilder } from './row-builder.js';

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
}

/** Routes the tokenizer's first record to the header and the others to the row builder. */
class Records implements CsvSink {
  private headerCells: string[] | null = [];
  private record = 0;
  private quoteError = -1;
  constructor(private readonly builder: RowBuilder) {}

  cell(text: string, start: number, end: number): void {
    if (this.headerCells) this.headerCells.push(text.slice(start, end));
    else this.builder.cell(text, start, end);
  }

  cellValue(value: string): void {
    if (this.headerCells) this.headerCells.push(value);
    else this.builder.cellValue(value);
  }

  endRecord(line: number, quoteError: number): void {
    this.record++;
    if (this.headerCells) {
      this.builder.header(this.headerCells);
      this.headerCells = null;
      return;
    }
    this.quoteError = quoteError;
    const row = this.record;
    if (quoteError >= 0) this.builder.rowIssue('unclosed_quote', row, line, quoteError);
    else this.builder.endRecord(row, line);
  }

  /** Records after the header so far. */
  get dataRecords(): number {
    return Math.max(0, this.record - 1);
  }

  get sawHeader(): boolean {
    return this.headerCells === null;
  }
}

const NON_SPACE = /\S/;

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
  private readonly decoder = new StreamDecoder();
  private text = false;
  /** Text held back while everything so far is white space (a file of only white space is empty). */
  private blankLead = '';
  private sawContent = false;
  private sawBom = false;
  private ended = false;

  constructor({ codebook, file = codebook.file ?? `${codebook.id}.csv`, mode = 'strict', delimiter = ',', redactPersonal = true }: CsvReaderOptions) {
    this.builder = new RowBuilder(codebook, file, redactPersonal);
    this.records = new Records(this.builder);
    this.tokenizer = new CsvTokenizer(this.records, delimiter);
    this.mode = mode;
  }

  /** The next bytes of the file (UTF-8, UTF-8 with BOM or Shift_JIS, sniffed on the first ones). */
  push(chunk: Uint8Array): void {
    if (this.text) throw new Error('CsvReader: bytes after text; give one or the other');
    const text = this.decoder.push(chunk);
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
      if (f) {
        // A file that does not decode is refused whole: what was read of it is dropped.
        const fresh = new RowBuilder(b.codebook, b.file);
        fresh.fileIssue(f.code, f.line, f.line, f.detail);
        return finishRead(fresh, 'text', this.mode);
      }
      if (rest) this.feed(rest);
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

  private feed(text: string): void {
    if (this.decoder.failure) return;
    if (!this.sawContent) {
      if (!NON_SPACE.test(text)) {
        this.blankLead += text;
        return;
      }
      this.sawContent = true;
      text = this.blankLead + text;
      this.blankLead = '';
    }
    // A byte-order mark after the start: two files joined? Reported where it is, then dropped.
    let bom = text.indexOf('\ufeff');
    while (bom >= 0) {
      this.tokenizer.push(text.slice(0, bom));
      if (!this.sawBom) {
        this.sawBom = true;
        const line = this.tokenizer.line;
        this.builder.fileIssue('bom_in_middle', line, line, 'no byte-order mark after the start of the file');
      }
      text = text.slice(bom + 1);
      bom = text.indexOf('\ufeff');
    }
    this.tokenizer.push(text);
  }
}
