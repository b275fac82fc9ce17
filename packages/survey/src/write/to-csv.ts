/**
 * CSV that Excel opens safely: UTF-8 with a BOM (so Japanese text is not read as Shift_JIS),
 * CRLF, RFC 4180 quoting, and cells that would start a formula neutralised.
 */

/** Cells starting with these are formulas to Excel (and to LibreOffice, Google Sheets). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Neutralise a text cell that a spreadsheet would evaluate (CSV injection): prefix it with an
 * apostrophe, which Excel hides and treats as "this is text". Numbers are left as they are.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvCell = string | number | boolean | null | undefined;

export interface ToCsvOptions {
  /** Start with a UTF-8 byte-order mark (default true: Excel needs it to read UTF-8). */
  bom?: boolean;
  /** Line ending (default CRLF, what Excel writes). */
  newline?: string;
}

function cell(v: CsvCell): string {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return quote(neutralizeFormula(v));
}

/**
 * Rows as CSV lines, each ended by `newline`, with no header and no byte-order mark: for a large
 * table written a block of rows at a time after {@link toCsv} of its header (so that its rows never
 * all exist as arrays at once).
 */
export function csvLines(rows: readonly (readonly CsvCell[])[], newline = '\r\n'): string {
  let out = '';
  for (const r of rows) out += r.map(cell).join(',') + newline;
  return out;
}

/** Serialise a header and rows to CSV text. Strings are neutralised; numbers are written as numbers. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], { bom = true, newline = '\r\n' }: ToCsvOptions = {}): string {
  return (bom ? '\ufeff' : '') + header.map((h) => quote(neutralizeFormula(h))).join(',') + newline + csvLines(rows, newline);
}
