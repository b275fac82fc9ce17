import iconv from 'iconv-lite';

/** Output encodings: Excel's "CSV UTF-8" (with BOM) or the Shift_JIS (CP932) of Japanese Excel. */
export type OutputEncoding = 'utf-8' | 'shift_jis';

export const ENCODINGS: readonly OutputEncoding[] = ['utf-8', 'shift_jis'];

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Bytes that open a file: the BOM for UTF-8 (Excel's "CSV UTF-8" writes one), nothing for Shift_JIS. */
export function preamble(encoding: OutputEncoding): Buffer {
  return encoding === 'utf-8' ? BOM : Buffer.alloc(0);
}

/**
 * Encode text. CP932 rather than plain Shift_JIS because Excel writes `～` (U+FF5E) as 0x8160;
 * a character CP932 cannot hold is an error, not a silent `?`.
 */
export function encodeText(text: string, encoding: OutputEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = iconv.encode(text, 'cp932');
  if (bytes.includes(0x3f) && iconv.decode(bytes, 'cp932') !== text) {
    const bad = [...text].find((ch) => iconv.decode(iconv.encode(ch, 'cp932'), 'cp932') !== ch);
    throw new Error(`character ${bad} (U+${bad?.codePointAt(0)?.toString(16).toUpperCase()}) has no Shift_JIS (CP932) code`);
  }
  return bytes;
}
