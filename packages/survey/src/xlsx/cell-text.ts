/**
 * A worksheet cell as the text Excel shows (and would save as CSV): the validation of CSV cells
 * then applies unchanged. Numbers keep the leading zeros their number format shows (a JIS code
 * `01100` typed as a number with format `00000`), dates read `YYYY-MM-DD`.
 */

/** What a cell may hold, as exceljs gives it. */
export type XlsxValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { readonly richText: readonly { readonly text: string }[] }
  | { readonly formula?: string; readonly sharedFormula?: string; readonly result?: unknown }
  | { readonly error: string }
  | { readonly text: string; readonly hyperlink: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date as Excel shows it with a date format: `YYYY-MM-DD`, and the time only when there is one
 * (exceljs gives dates in UTC, the serial's wall-clock time).
 */
export function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** `0`, `00000`, `#,##0`, `0.0`, `#,##0.00`: the plain number formats, whose text is the digits alone. */
const PLAIN_FORMAT = /^[#,]*(0*)(?:\.(0*)(#*))?$/;

/** Digits of a number as General shows them: up to 15 significant digits, no binary noise. */
function generalText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

interface PlainFormat {
  readonly intZeros: number;
  /** Decimals always shown (`0`) and shown unless zero (`#`). */
  readonly decZeros: number;
  readonly decHashes: number;
}

/** Parsed number formats: a sheet has few, its cells many. */
const formats = new Map<string, PlainFormat | null>();

function plainFormat(numFmt: string): PlainFormat | null {
  let f = formats.get(numFmt);
  if (f === undefined) {
    const m = PLAIN_FORMAT.exec(numFmt.split(';')[0]!.replace(/\\(.)|"([^"]*)"/g, '$1$2'));
    f = m ? { intZeros: m[1]!.length, decZeros: (m[2] ?? '').length, decHashes: (m[3] ?? '').length } : null;
    formats.set(numFmt, f);
  }
  return f;
}

/**
 * A number as its format shows it. Zero-padded and fixed-decimal formats are applied (they are how
 * codes keep leading zeros and amounts their decimals); thousands separators are left out, since
 * the reader takes numbers without them; other formats (percent, currency, text) read as General.
 */
export function numberText(n: number, numFmt: string | undefined): string {
  const f = numFmt === undefined || numFmt === 'General' ? null : plainFormat(numFmt);
  if (!f || !Number.isFinite(n)) return generalText(n);
  let text = n.toFixed(f.decZeros + f.decHashes);
  // Optional decimals that are zero are not shown, nor a point left with none after it.
  for (let k = 0; k < f.decHashes && text.endsWith('0'); k++) text = text.slice(0, -1);
  if (text.endsWith('.')) text = text.slice(0, -1);
  const negative = text.startsWith('-');
  const abs = negative ? text.slice(1) : text;
  const [int, dec] = abs.split('.');
  const digits = f.intZeros === 0 && int === '0' && dec !== undefined ? '' : int!.padStart(f.intZeros, '0');
  return `${negative ? '-' : ''}${digits}${dec !== undefined ? `.${dec}` : ''}`;
}

/** Excel's date formats: a y, m, d, h or s outside quotes and brackets (exceljs's own test, on the text). */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare);
}

/** Days between Excel's epoch (1899-12-30 in the 1900 system) and the Unix epoch. */
const EXCEL_EPOCH_DAYS = 25569;

/** A formula's cached result keeps its cell's format: a date computed by =DATE(…) reads as a date. */
function resultText(result: unknown, numFmt: string | undefined, date1904: boolean): string {
  if (typeof result === 'number' && isDateFormat(numFmt)) {
    const days = result + (date1904 ? 1462 : 0) - EXCEL_EPOCH_DAYS;
    return dateText(new Date(Math.round(days * 86400) * 1000));
  }
  return cellText(result as XlsxValue, numFmt, date1904);
}

/** The text of one cell: what a CSV export of the sheet would hold in its place. */
export function cellText(value: XlsxValue, numFmt?: string, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return value.text;
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) return resultText(value.result, numFmt, date1904);
  return '';
}
