import type { Codebook } from '../codebook/schema.js';
import { finishRead, type ReadMode, type ReadResult } from '../read/finish-read.js';
import { isError, ValidationError, type Issue } from '../read/issues.js';
import { RowBuilder } from '../read/row-builder.js';

export interface SheetReaderOptions {
  codebook: Codebook;
  /** The workbook's file name (`experts.xlsx`). */
  file: string;
  /** The worksheet's name, given in every issue as `file:sheet!row:column` (none when the workbook has no sheet to read). */
  sheet?: string;
  mode?: ReadMode;
  redactPersonal?: boolean;
}

/**
 * Validates one worksheet's rows with the same row builder as the CSV reader, so every check of a
 * CSV cell applies to a sheet's cell. The first row holding anything is the header; rows are
 * numbered as Excel numbers them.
 */
export class SheetReader {
  private readonly builder: RowBuilder;
  private width = -1;
  private ended = false;
  constructor(private readonly options: SheetReaderOptions) {
    this.builder = new RowBuilder(options.codebook, options.file, options.redactPersonal ?? true);
  }

  /**
   * The row at Excel row number `row`, its cells' texts by column (index 0 is column A; holes are
   * empty cells).
   */
  row(row: number, cells: readonly (string | undefined)[]): void {
    let last = cells.length;
    while (last > 0 && !cells[last - 1]) last--;
    // A row with no value at all (formatted or given a validation, never written in) is no
    // record, like a row the sheet does not have; a cell of spaces makes it a blank record.
    if (last === 0) return;
    if (this.width < 0) {
      this.width = last;
      this.builder.header(Array.from({ length: last }, (_, i) => cells[i] ?? ''));
      return;
    }
    // Excel leaves empty cells out: a row is as wide as the header unless it holds something beyond it.
    const width = Math.max(this.width, last);
    for (let i = 0; i < width; i++) this.builder.cellValue(cells[i] ?? '');
    this.builder.endRecord(row, row);
  }

  /**
   * The end of the sheet: the read result (strict mode throws on any error). `absent` says why
   * there was no sheet to read, when there was none: a file-level error of that code.
   */
  end(absent?: string, code: 'empty_file' | 'bad_encoding' = 'empty_file'): ReadResult {
    if (this.ended) throw new Error('SheetReader: end() called twice');
    this.ended = true;
    const { sheet, mode = 'strict' } = this.options;
    if (absent !== undefined) this.builder.fileIssue(code, 0, 0, absent);
    else if (this.width < 0) this.builder.fileIssue('empty_file', 0, 0, `the sheet ${sheet} holds no header row`);
    else if (this.builder.records === 0) this.builder.fileIssue('no_rows', 1, 1, 'at least one data row');
    // Issues are located in the sheet; the builder names only the file.
    const located = new Map<Issue, Issue>();
    const at = (i: Issue) => {
      let l = located.get(i);
      if (!l) located.set(i, (l = sheet === undefined ? i : { ...i, sheet }));
      return l;
    };
    const lenient = finishRead(this.builder, 'xlsx', 'lenient');
    const result: ReadResult = {
      ...lenient,
      ...(sheet === undefined ? {} : { sheet }),
      issues: lenient.issues.map(at),
      rejected: lenient.rejected.map((r) => ({ ...r, issues: r.issues.map(at) })),
    };
    if (mode === 'strict' && result.issues.some(isError)) throw new ValidationError(result.issues);
    return result;
  }
}
