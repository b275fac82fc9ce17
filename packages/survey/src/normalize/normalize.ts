/**
 * Cell normalisation shared by the reader, the codebook lookups and every test.
 *
 * Shift_JIS decoders disagree on a few characters (Excel's CP932 maps 0x8160 to U+FF5E, the
 * WHATWG decoder and JIS to U+301C; likewise the minus and the double vertical line), so the
 * match key folds each such family to one character: a label matches whichever a file holds.
 */

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
const WHITESPACE_RUN = /\s+/g;

// After NFKC: U+FF5E has become "~"; U+301C and U+223C are left as they are.
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u301c\u223c\u02dc]/g, '~'],
  [/[\u2212\u2010\u2011\u2012\u2013\u2014\u2015\ufe63]/g, '-'],
  [/\u2016/g, '\u2225'],
];

/** NFKC and trimmed; runs of white space (including U+3000) become one space. */
export function normalizeCell(value: string): string {
  if (ASCII_PRINTABLE.test(value)) return value.trim().replace(WHITESPACE_RUN, ' ');
  return value.normalize('NFKC').trim().replace(WHITESPACE_RUN, ' ');
}

/**
 * The key used to compare a cell with labels and aliases: normalised, dash/tilde/vertical-line
 * variants folded, white space removed and ascii lower-cased.
 */
export function matchKey(value: string): string {
  let s = normalizeCell(value);
  if (!ASCII_PRINTABLE.test(s)) for (const [re, to] of VARIANTS) s = s.replace(re, to);
  return s.replace(WHITESPACE_RUN, '').toLowerCase();
}

/**
 * Text kept as written, only trimmed: free answers and names are not rewritten. No NFC either:
 * it replaces the variant kanji of the IBM extension with their standard forms (神 U+FA19 becomes
 * 神 U+795E), and a person who writes their name with the variant must find it unchanged. Code that
 * compares text normalises a copy (`matchKey`, `normalizeCell`), never the stored value.
 */
export function normalizeText(value: string): string {
  return value.trim();
}

/**
 * Split a multiple-response cell on any of the separators (after normalisation, so `；` is `;`).
 * Parts are trimmed; empty parts are dropped.
 */
export function splitMulti(value: string, separators: readonly string[]): string[] {
  let parts = [value];
  for (const sep of separators) parts = parts.flatMap((p) => p.split(sep));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}
