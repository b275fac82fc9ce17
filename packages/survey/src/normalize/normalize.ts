/**
 * Cell normalisation shared by the reader, the codebook lookups and every test.
 *
 * Shift_JIS decoders disagree on a few characters (Excel's CP932 maps 0x8160 to U+FF5E, the
 * WHATWG decoder and JIS to U+301C; likewise the minus and the double vertical line), so the
 * match key folds each such family to one character: a label matches whichever a file holds.
 */

const WHITESPACE_RUN = /\s+/g;
/**
 * Text that NFKC leaves as it is (up to white space, which `normalizeCell` folds anyway): ascii,
 * tab and line breaks, U+3000, 、。「」『』, hiragana, katakana with ・ and ー, and the unified CJK
 * ideographs. Each of these has NFKC_Quick_Check = Yes and combining class 0 (U+3000 becomes a
 * space, which the white-space folding gives too), and none composes with a neighbour, so a string
 * of them only is normalised already: most Japanese cells skip ICU's copy and check, which was a
 * large part of reading free text (`normalize.test.ts` checks every one of these code points).
 */
export const NFKC_STABLE = /^[\t\n\r\x20-\x7e\u3000-\u3002\u300c-\u300f\u3041-\u3096\u30a1-\u30fa\u30fb\u30fc\u4e00-\u9fff]*$/;

// After NFKC: U+FF5E has become "~"; U+301C and U+223C are left as they are.
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u301c\u223c\u02dc]/g, '~'],
  [/[\u2212\u2010\u2011\u2012\u2013\u2014\u2015\ufe63]/g, '-'],
  [/\u2016/g, '\u2225'],
];

/**
 * Whether `normalizeCell` leaves `value` as it is, checked in one pass without a regular
 * expression: only characters of `NFKC_STABLE` but white space, and spaces single and inside.
 * An id, an e-mail address or a label is such a cell; three regular expressions per cell were a
 * tenth of reading a file of ids.
 */
function isNormal(value: string): boolean {
  let space = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x20) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (c > 0x20 && c < 0x7f) continue;
    if (c >= 0x4e00 ? c <= 0x9fff : (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fc) || c === 0x3001 || c === 0x3002 || (c >= 0x300c && c <= 0x300f)) continue;
    return false;
  }
  return !space || value.length === 0;
}

/** NFKC and trimmed; runs of white space (including U+3000) become one space. */
export function normalizeCell(value: string): string {
  if (isNormal(value)) return value;
  if (NFKC_STABLE.test(value)) return value.trim().replace(WHITESPACE_RUN, ' ');
  return value.normalize('NFKC').trim().replace(WHITESPACE_RUN, ' ');
}

/**
 * The key used to compare a cell with labels and aliases: normalised, dash/tilde/vertical-line
 * variants folded, white space removed and ascii lower-cased.
 */
export function matchKey(value: string): string {
  let s = normalizeCell(value);
  // None of the variants is in NFKC_STABLE: text made of those characters has nothing to fold.
  if (!NFKC_STABLE.test(s)) for (const [re, to] of VARIANTS) s = s.replace(re, to);
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
  for (const sep of separators) parts = parts.length === 1 ? parts[0]!.split(sep) : parts.flatMap((p) => p.split(sep));
  const out: string[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (t.length > 0) out.push(t);
  }
  return out;
}
