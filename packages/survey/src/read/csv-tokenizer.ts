/**
 * A CSV tokenizer that takes decoded text in chunks of any size and hands each cell to a sink as
 * a range of the chunk, so no array of cells and no string per cell is made unless the sink asks
 * for one. Quotes follow RFC 4180 as papaparse reads them: a cell is quoted only when its first
 * character is `"`, `""` inside is a quote, spaces may follow the closing quote, and a closing quote
 * followed by anything else is a malformed quote (the record is flagged, and the cell goes on
 * unquoted to the next delimiter, as Excel reads it). CRLF, LF and CR all end a record, and are counted as physical lines, as Excel does.
 *
 * Why not papaparse here: papaparse returns every row as an array of new strings, and at 100k rows
 * that allocation and the garbage it leaves were 45 % of reading time (pipelines/bench/README.md).
 * papaparse stays the reference: `csv-tokenizer.test.ts` checks this tokenizer against it on
 * generated and hand-made inputs.
 */

export interface CsvSink {
  /** A cell whose text is `text.slice(start, end)`: nothing to undo. */
  cell(text: string, start: number, end: number): void;
  /** A cell given whole: assembled across chunks or with doubled quotes undone. */
  cellValue(value: string): void;
  /**
   * The end of a record that began on physical line `line`. `quoteError` is the index of the cell
   * whose quotes are malformed or never closed, or -1.
   */
  endRecord(line: number, quoteError: number): void;
}

/**
 * The longest cell kept, in characters. Excel's own limit is 32,767; a cell far past it is a quote
 * left open or a file that is not CSV, and holding it whole would take memory without bound (and
 * past V8's longest string, crash). Longer cells are cut here, and the reader rejects their record.
 */
export const MAX_CELL = (1 << 24) - 1;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

const enum State {
  /** At the first character of a cell. */
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted cell: an escaped quote, the closing quote or a malformed one. */
  QuoteInQuoted,
  /** After a closing quote, skipping spaces up to the delimiter or the line break. */
  AfterClose,
}

export class CsvTokenizer {
  private state = State.FieldStart;
  /** Physical line (1-based) at the current position. */
  private lineNo = 1;
  private recordLine = 1;
  private cellIndex = 0;
  private quoteError = -1;
  /** The previous chunk ended in CR: a LF starting this chunk belongs to it. */
  private pendingCr = false;
  /** Text of the current cell from earlier chunks (a cell split by a chunk boundary). */
  private partial = '';
  /** The current quoted cell holds a doubled or malformed quote: its text must be unescaped. */
  private escaped = false;
  /** Spaces seen after a closing quote, kept in case the quote turns out to be malformed. */
  private spaces = 0;
  /** Anything read since the last record ended: the end of the text then ends a record too. */
  private open = false;
  private readonly delimiter: number;

  constructor(
    private readonly sink: CsvSink,
    delimiter = ',',
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new Error(`unsupported delimiter ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Physical line of the next character. */
  get line(): number {
    return this.lineNo;
  }

  /**
   * Nothing of a record has been read since the last one ended: text fed from here on is read as
   * it would be at the start of a file (a second reader can take the rest from this place).
   */
  get atRecordStart(): boolean {
    return this.state === State.FieldStart && !this.open && this.partial === '' && !this.pendingCr;
  }

  /** Feed the next piece of text. */
  push(text: string): void {
    const n = text.length;
    const delim = this.delimiter;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (n > 0 && text.charCodeAt(0) === LF) {
        if (this.state === State.Quoted) this.add('\n', 0, 1);
        i = 1;
      }
    }
    // `start` is where the current cell's text begins in this chunk.
    let start = i;
    while (i < n) {
      switch (this.state) {
        case State.FieldStart: {
          this.open = true;
          start = i;
          if (text.charCodeAt(i) === QUOTE) {
            this.state = State.Quoted;
            this.escaped = false;
            i++;
            start = i;
            continue;
          }
          this.state = State.Unquoted;
          continue;
        }
        case State.Unquoted: {
          let c = 0;
          while (i < n) {
            c = text.charCodeAt(i);
            if (c === delim || c === LF || c === CR) break;
            i++;
          }
          if (i === n) {
            this.add(text, start, n);
            return;
          }
          this.emit(text, start, i);
          i = this.afterCell(text, i, c);
          continue;
        }
        case State.Quoted: {
          while (i < n) {
            const c = text.charCodeAt(i);
            if (c === QUOTE) break;
            if (c === LF) this.lineNo++;
            else if (c === CR) {
              this.lineNo++;
              if (i + 1 < n && text.charCodeAt(i + 1) === LF) i++;
              else if (i + 1 === n) {
                this.add(text, start, n);
                this.pendingCr = true;
                return;
              }
            }
            i++;
          }
          if (i === n) {
            this.add(text, start, n);
            return;
          }
          i++; // the quote
          this.state = State.QuoteInQuoted;
          continue;
        }
        case State.QuoteInQuoted: {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            this.escaped = true;
            this.state = State.Quoted;
            i++;
            continue;
          }
          this.spaces = 0;
          this.state = State.AfterClose;
          continue;
        }
        case State.AfterClose: {
          const c = text.charCodeAt(i);
          if (c === SPACE || c === TAB) {
            this.spaces++;
            i++;
            continue;
          }
          if (c === delim || c === LF || c === CR) {
            // The cell ends at its closing quote: drop the quote and the spaces after it.
            this.emitClosed(text, start, i - this.spaces - 1);
            i = this.afterCell(text, i, c);
            continue;
          }
          // A malformed quote ("x"y): the record is flagged, and the cell goes on unquoted to the
          // next delimiter, as Excel reads it. Staying inside the quotes (papaparse's way) would
          // swallow every record up to the next quote in the file, and rows would be lost from view.
          if (this.quoteError < 0) this.quoteError = this.cellIndex;
          this.state = State.Unquoted;
          continue;
        }
      }
    }
    // The chunk ended inside a cell: keep its text (with a closing quote, if any) for the next one.
    if (this.state !== State.FieldStart) this.add(text, start, n);
  }

  /** The end of the text: a record still open ends here. */
  end(): void {
    if (!this.open) return;
    switch (this.state) {
      case State.Quoted:
        // Never closed: the rest of the text is the cell, as papaparse reads it.
        if (this.quoteError < 0) this.quoteError = this.cellIndex;
        this.sink.cellValue(this.partial);
        break;
      case State.QuoteInQuoted:
        this.emitClosedValue(this.partial.slice(0, -1));
        break;
      case State.AfterClose:
        this.emitClosedValue(this.partial.slice(0, this.partial.length - this.spaces - 1));
        break;
      default:
        this.sink.cellValue(this.partial);
    }
    this.partial = '';
    this.finishRecord();
  }

  /** Keep `text[start, end)` as more of the current cell, up to `MAX_CELL` characters. */
  private add(text: string, start: number, end: number): void {
    const room = MAX_CELL - this.partial.length;
    if (room <= 0 || end <= start) return;
    this.partial += text.slice(start, Math.min(end, start + room));
  }

  private emit(text: string, start: number, end: number): void {
    if (this.partial === '') this.sink.cell(text, start, end);
    else {
      this.add(text, start, end);
      this.sink.cellValue(this.partial);
      this.partial = '';
    }
  }

  /** A quoted cell ending at `end` (its closing quote) in this chunk. */
  private emitClosed(text: string, start: number, end: number): void {
    if (this.partial === '' && !this.escaped) {
      this.sink.cell(text, start, end);
      return;
    }
    if (end >= start) this.add(text, start, end);
    const whole = end >= start ? this.partial : this.partial.slice(0, this.partial.length + (end - start));
    this.partial = '';
    this.emitClosedValue(whole);
  }

  private emitClosedValue(value: string): void {
    this.sink.cellValue(this.escaped ? value.replace(/""/g, '"') : value);
  }

  /** After a cell ended at a delimiter or a line break at `i`: the index to go on from. */
  private afterCell(text: string, i: number, c: number): number {
    this.state = State.FieldStart;
    if (c === this.delimiter) {
      this.cellIndex++;
      return i + 1;
    }
    this.finishRecord();
    this.lineNo++;
    this.recordLine = this.lineNo;
    if (c === CR) {
      if (i + 1 < text.length) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      this.pendingCr = true;
    }
    return i + 1;
  }

  private finishRecord(): void {
    this.sink.endRecord(this.recordLine, this.quoteError);
    this.cellIndex = 0;
    this.quoteError = -1;
    this.open = false;
    this.state = State.FieldStart;
  }
}
