/**
 * Decode a CSV export's bytes. Japanese Excel saves CSV as Shift_JIS (CP932) with no BOM, so the
 * encoding is sniffed from the bytes, never from the extension. A file that is neither UTF-8 nor
 * Shift_JIS is rejected with the line where it goes wrong: decoding it anyway would produce
 * mojibake that then fails every option match with a misleading message.
 */
import { StreamDecoder } from './stream-decoder.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

export type DecodeFailure =
  | { code: 'empty_file'; line: 0; detail: string }
  | {
      code: 'unsupported_encoding';
      line: number;
      detail: string;
      /** The bytes are not text at all (a workbook, a PDF, binary data): they hold no records to count. */
      notText?: true;
    }
  | { code: 'bad_encoding'; line: number; detail: string };

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; ambiguous?: AmbiguousCell }
  | { ok: false; failure: DecodeFailure };

const sjis = new TextDecoder('shift_jis', { fatal: true });

/**
 * Line breaks in `bytes[0, end)` counted as the CSV reader counts them: CRLF, CR (Excel's "CSV
 * (Macintosh)") and LF each end one line. `afterCr`: the byte before `bytes` was a CR.
 */
export function countBreaks(bytes: Uint8Array, end = bytes.length, afterCr = false): number {
  // indexOf rather than a loop over every byte: a long cell without a line break costs little.
  const b = end < bytes.length ? bytes.subarray(0, end) : bytes;
  let n = 0;
  for (let i = b.indexOf(0x0d); i >= 0; i = b.indexOf(0x0d, i + 1)) n++;
  for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) if (!(i === 0 ? afterCr : b[i - 1] === 0x0d)) n++;
  return n;
}

/** 1-based line of a byte offset. */
export function lineAt(bytes: Uint8Array, offset: number, afterCr = false): number {
  return 1 + countBreaks(bytes, offset, afterCr);
}

/** The offset just after the line break that ends the line starting at `start` (CRLF, CR or LF), or the length. */
function lineEnd(bytes: Uint8Array, start: number): number {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) return i + 1;
    if (b === 0x0d) return bytes[i + 1] === 0x0a ? i + 2 : i + 1;
  }
  return bytes.length;
}

export const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/** Length of the valid UTF-8 sequence starting at i, or 0 when it is invalid or truncated. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let n: number;
  if (b >= 0xc2 && b <= 0xdf) n = 2;
  else if (b >= 0xe0 && b <= 0xef) n = 3;
  else if (b >= 0xf0 && b <= 0xf4) n = 4;
  else return 0;
  if (i + n > bytes.length) return 0;
  for (let k = 1; k < n; k++) {
    const c = bytes[i + k]!;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  // Overlong forms, surrogates and code points past U+10FFFF, as the WHATWG decoder rejects them.
  const c1 = bytes[i + 1]!;
  if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return 0;
  return n;
}

export interface Utf8Scan {
  /** Lines holding at least one valid multi-byte UTF-8 sequence and no invalid byte. */
  validMultiLines: number;
  firstValidMultiLine: number;
  /**
   * Of those, lines with a sequence of three or four bytes (kana and kanji in UTF-8). A line whose
   * sequences are all of two bytes may be Shift_JIS half-width katakana (ﾅｼ is C5 BC, ż in UTF-8).
   */
  strongMultiLines: number;
  firstStrongMultiLine: number;
  /** First offset of a byte that is not valid UTF-8, or -1. */
  firstInvalid: number;
  /** True when the only invalid bytes are an incomplete sequence at the very end. */
  truncatedAtEnd: boolean;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let validMultiLines = 0;
  let firstValidMultiLine = 0;
  let strongMultiLines = 0;
  let firstStrongMultiLine = 0;
  let firstInvalid = -1;
  let line = 1;
  let lineHasMulti = false;
  let lineHasLong = false;
  let lineHasInvalid = false;
  const endLine = () => {
    if (lineHasMulti && !lineHasInvalid) {
      validMultiLines++;
      if (!firstValidMultiLine) firstValidMultiLine = line;
      if (lineHasLong) {
        strongMultiLines++;
        if (!firstStrongMultiLine) firstStrongMultiLine = line;
      }
    }
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 0x0a || b === 0x0d) {
      // CRLF, CR and LF each end a line.
      if (!(b === 0x0a && i > 0 && bytes[i - 1] === 0x0d)) {
        endLine();
        line++;
        lineHasMulti = lineHasLong = lineHasInvalid = false;
      }
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      lineHasInvalid = true;
      i++;
    } else {
      if (n > 1) lineHasMulti = true;
      if (n > 2) lineHasLong = true;
      i += n;
    }
  }
  endLine();
  // A file cut off in the middle of a character: one lead byte and its partial continuation.
  let truncatedAtEnd = false;
  if (firstInvalid >= 0 && bytes.length - firstInvalid <= 3) {
    const lead = bytes[firstInvalid]!;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    const rest = bytes.subarray(firstInvalid + 1);
    truncatedAtEnd = need > 0 && firstInvalid + need > bytes.length && rest.every((c) => c >= 0x80 && c <= 0xbf);
  }
  return { validMultiLines, firstValidMultiLine, strongMultiLines, firstStrongMultiLine, firstInvalid, truncatedAtEnd };
}

const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
/** An ascii byte, or the edge of the bytes. */
const isAsciiOrEdge = (b: number | undefined) => b === undefined || b < 0x80;

/**
 * Whether the Shift_JIS character at `i`, `length` bytes long, stands the way an accented letter
 * of Latin-1/Windows-1252 does: alone among ascii bytes, touching an ascii letter. Latin-1 bytes
 * read as Shift_JIS give such characters: "Renée" is n, then E9 65 as one kanji, then a space;
 * "Éric" is one half-width katakana between a comma and r. Japanese text seldom has a lone kanji
 * glued to a Latin letter, and never a lone half-width katakana.
 */
function latinLike(bytes: Uint8Array, i: number, length: number): boolean {
  const before = i > 0 ? bytes[i - 1] : undefined;
  const after = bytes[i + length];
  if (!isAsciiOrEdge(before) || !isAsciiOrEdge(after)) return false;
  if (length === 1) return isAsciiLetter(before) || isAsciiLetter(after);
  // Two bytes: Latin-1 pairs a high byte with the ascii letter after it.
  return isAsciiLetter(before) && bytes[i + 1]! < 0x80;
}

interface JapaneseLikelihood {
  /** Share of the characters that weigh either way which are Japanese (1 when none weighs). */
  share: number;
  /** Offset of the first character that counts against, or -1. */
  firstOdd: number;
  /** That character stands like a Latin-1/Windows-1252 accented letter. */
  oddLooksLatin: boolean;
}

/**
 * How much the bytes, read as Shift_JIS (CP932), read as Japanese text. Every character of
 * Japanese text counts for: symbols, kana and kanji of both JIS levels (lead bytes 0x81–0x9F and
 * 0xE0–0xEA), half-width katakana (0xA1–0xDF) and the NEC and IBM extensions (row 13 at 0x87,
 * 0xED–0xEE, 0xFA–0xFC), where names like 髙﨑 live. Against: characters placed like Latin-1
 * accented letters (see `latinLike`) and bytes that are no character of Japanese text (0x80,
 * 0xA0, 0xFD–0xFF). User-defined characters (外字, 0xF0–0xF9) weigh neither way.
 */
function japaneseLikelihood(bytes: Uint8Array): JapaneseLikelihood {
  let japanese = 0;
  let against = 0;
  let firstOdd = -1;
  let oddLooksLatin = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const single = b >= 0xa1 && b <= 0xdf;
    const lead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    const length = lead ? 2 : 1;
    let counts: boolean | null;
    if (!single && !lead) counts = false;
    else if (b >= 0xf0 && b <= 0xf9) counts = null;
    else counts = !latinLike(bytes, i, length);
    if (counts === true) japanese++;
    else if (counts === false) {
      against++;
      if (firstOdd < 0) {
        firstOdd = i;
        oddLooksLatin = (single || lead) && latinLike(bytes, i, length);
      }
    }
    i += length - 1;
  }
  return { share: japanese + against === 0 ? 1 : japanese / (japanese + against), firstOdd, oddLooksLatin };
}

/** Said of a byte only when it stands like an accented letter of Latin-1/Windows-1252 (see `latinLike`). */
function latinHint(bytes: Uint8Array, offset: number): string {
  const b = bytes[offset] ?? 0;
  return b >= 0xc0 && (latinLike(bytes, offset, 1) || latinLike(bytes, offset, 2)) ? ' looks like Latin-1/Windows-1252' : '';
}

/** Minimum share of Japanese characters for bytes to be taken as Shift_JIS. */
const MIN_JAPANESE_SHARE = 0.5;

/** The bytes decode as Shift_JIS, and as Japanese text. */
function readsAsJapaneseSjis(bytes: Uint8Array): boolean {
  try {
    sjis.decode(bytes);
  } catch {
    return false;
  }
  return japaneseLikelihood(bytes).share >= MIN_JAPANESE_SHARE;
}

/**
 * A cell whose bytes are valid UTF-8 and valid Shift_JIS alike (ﾃｽ in Shift_JIS is C3 BD, ý in
 * UTF-8): the file is read as UTF-8, and this is what it would have been the other way.
 */
export interface AmbiguousCell {
  /** Line (1-based) where the cell's first non-ascii byte is. */
  line: number;
  /** The cell read as UTF-8, as the file is read. */
  utf8: string;
  /** The cell read as Shift_JIS (CP932). */
  shiftJis: string;
}

/** Bytes that end a cell in any CSV dialect we read: comma, tab, quote and line breaks. */
const isCellEdge = (b: number) => b === 0x2c || b === 0x09 || b === 0x22 || b === 0x0a || b === 0x0d;

/** The cell around the first non-ascii byte, read both ways. */
function ambiguousCell(body: Uint8Array, firstLine: number): AmbiguousCell {
  const high = body.findIndex((b) => b >= 0x80);
  let start = high;
  while (start > 0 && !isCellEdge(body[start - 1]!)) start--;
  let end = high;
  while (end < body.length && !isCellEdge(body[end]!)) end++;
  const cell = body.subarray(start, end);
  return {
    line: firstLine - 1 + lineAt(body, high),
    utf8: new TextDecoder('utf-8').decode(cell),
    shiftJis: new TextDecoder('shift_jis').decode(cell),
  };
}

/** The outcome of sniffing: the encoding, or why the bytes are refused. */
export type Sniffed =
  | { ok: true; encoding: Encoding; firstValidMultiLine: number; ambiguous?: AmbiguousCell }
  | { ok: false; failure: DecodeFailure };

/**
 * Decide the encoding of a file from its first bytes (the sniffing window, which ends at a line
 * break or at the end of the file) with the same rules as a whole file: UTF-16, files that start
 * like a workbook or a PDF and NUL bytes that make the file UTF-16 or binary (see `nulVerdict`) are
 * refused, valid UTF-8 is UTF-8, broken UTF-8 in a file that is otherwise UTF-8 is damage, and
 * Shift_JIS must read as Japanese text. `firstLine` is the line number of the window's first line.
 */
export function sniffEncoding(bytes: Uint8Array, { atStart = true, atEnd = true, firstLine = 1 }: { atStart?: boolean; atEnd?: boolean; firstLine?: number } = {}): Sniffed {
  const fail = (failure: DecodeFailure): Sniffed => ({ ok: false, failure });
  const [b0, b1, b2] = bytes;
  if (atStart && ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))) {
    return fail({
      code: 'unsupported_encoding',
      line: 0,
      detail: `the file is UTF-16 (byte-order mark ${hex(b0)} ${hex(b1)}, Excel's "Unicode text"); save it as "CSV UTF-8" or "CSV (comma delimited)"`,
    });
  }
  if (atStart) {
    const kind = binaryKind(bytes);
    if (kind) return fail(notTextFailure(0, kind));
  }
  // A file of zeros (a copy or a save that never wrote its data) has no header to name.
  if (atStart && b0 === 0 && bytes.subarray(0, NUL_SAMPLE).every((b) => b === 0)) return fail(notTextFailure(0, 'NUL bytes only (a copy or a save that did not finish?)'));
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const refused = nulVerdict(bytes, nul, firstLine - 1 + lineAt(bytes, nul));
    if (refused) return fail(refused);
  }
  const hasBom = atStart && b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const scan = scanUtf8(body);
  const at = (offset: number) => firstLine - 1 + lineAt(body, offset);
  if (scan.firstInvalid < 0) {
    const sniffed: Sniffed = { ok: true, encoding: hasBom ? 'utf-8-bom' : 'utf-8', firstValidMultiLine: scan.firstValidMultiLine ? firstLine - 1 + scan.firstValidMultiLine : 0 };
    // Only two-byte UTF-8 sequences (no kana or kanji, which take three) that also read as Japanese
    // Shift_JIS: either reading may be the file's. UTF-8 wins, with a warning showing both.
    if (!hasBom && scan.validMultiLines > 0 && scan.strongMultiLines === 0 && readsAsJapaneseSjis(body)) return { ...sniffed, ambiguous: ambiguousCell(body, firstLine) };
    return sniffed;
  }
  if (atEnd && scan.truncatedAtEnd) return fail(truncatedFailure(at(scan.firstInvalid), body[scan.firstInvalid]));
  const mixed = (utf8Line: number) => fail(mixedUtf8Failure(at(scan.firstInvalid), body[scan.firstInvalid], utf8Line ? firstLine - 1 + utf8Line : 0));
  if (hasBom) return mixed(0);
  if (scan.strongMultiLines > 0) return mixed(scan.firstStrongMultiLine);
  // Lines that read as UTF-8 only through two-byte sequences are no evidence against Shift_JIS
  // when the whole file reads as Japanese Shift_JIS: half-width katakana pair up that way.
  if (scan.validMultiLines > 0 && !readsAsJapaneseSjis(body)) return mixed(scan.firstValidMultiLine);
  try {
    sjis.decode(body);
  } catch {
    // Shift_JIS up to a point (a file cut off, or a pasted line in another encoding) is damage, not
    // a third encoding: say where it goes wrong rather than that the whole file is foreign.
    const damaged = sjisDamage(body, { atEnd, firstLine });
    if (damaged) return fail(damaged);
    return fail({
      code: 'bad_encoding',
      line: at(scan.firstInvalid),
      detail: `the file is neither UTF-8 nor Shift_JIS (byte ${hex(body[scan.firstInvalid])} on line ${at(scan.firstInvalid)}${latinHint(body, scan.firstInvalid)}); save it as "CSV UTF-8"`,
    });
  }
  const { share, firstOdd, oddLooksLatin } = japaneseLikelihood(body);
  if (share < MIN_JAPANESE_SHARE) {
    const looks = oddLooksLatin ? 'looks like Latin-1/Windows-1252' : 'is no character of Japanese text';
    return fail({
      code: 'bad_encoding',
      line: at(firstOdd),
      detail: `the file is not UTF-8, and read as Shift_JIS it is not Japanese text (byte ${hex(body[firstOdd])} on line ${at(firstOdd)} ${looks}); save it as "CSV UTF-8"`,
    });
  }
  return { ok: true, encoding: 'shift_jis', firstValidMultiLine: 0 };
}

/** Offset of the first byte of `line` that cannot start a Shift_JIS character, or its first non-ascii byte. */
function sjisOddByte(line: Uint8Array): number {
  for (let i = 0; i < line.length; i++) {
    const b = line[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) continue;
    const lead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    const t = line[i + 1] ?? 0;
    if (lead && ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc))) {
      i++;
      continue;
    }
    return i;
  }
  return line.findIndex((b) => b >= 0x80);
}

const isSjisLead = (b: number | undefined) => b !== undefined && ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc));

/**
 * Why bytes that start as Shift_JIS stop decoding: cut off inside a two-byte character at the end
 * of the file, or a line that is not Shift_JIS after lines that are. Unless the encoding is already
 * `known` from earlier lines, the lines before must read as Japanese text; null when they do not
 * (the bytes are then not Shift_JIS at all) or when every line decodes. `firstLine` is the line
 * number of the bytes' first line.
 */
export function sjisDamage(
  bytes: Uint8Array,
  { atEnd = true, firstLine = 1, known = false, afterCr = false }: { atEnd?: boolean; firstLine?: number; known?: boolean; afterCr?: boolean } = {},
): DecodeFailure | null {
  const strict = new TextDecoder('shift_jis', { fatal: true });
  const japanese = (b: Uint8Array) => known || (b.some((x) => x >= 0x80) && japaneseLikelihood(b).share >= MIN_JAPANESE_SHARE);
  // The LF of a CRLF whose CR ended the bytes before: not a line of its own.
  let start = afterCr && bytes[0] === 0x0a ? 1 : 0;
  let line = firstLine;
  while (start < bytes.length) {
    const end = lineEnd(bytes, start);
    const piece = bytes.subarray(start, end);
    try {
      strict.decode(piece);
    } catch {
      const lastByte = piece[piece.length - 1];
      if (atEnd && end === bytes.length && isSjisLead(lastByte)) {
        try {
          strict.decode(piece.subarray(0, piece.length - 1));
          if (japanese(bytes.subarray(0, bytes.length - 1))) return truncatedSjisFailure(line, lastByte);
        } catch {
          // Damaged before its last byte: not a cut-off.
        }
      }
      if (!japanese(bytes.subarray(0, start))) return null;
      const odd = Math.max(0, sjisOddByte(piece));
      return {
        code: 'bad_encoding',
        line,
        detail: `line ${line} is not valid Shift_JIS (byte ${hex(piece[odd])}) although the lines before it are: the file mixes encodings or is damaged`,
      };
    }
    start = end;
    line++;
  }
  return null;
}

export const truncatedSjisFailure = (line: number, byte: number | undefined): DecodeFailure => ({
  code: 'bad_encoding',
  line,
  detail: `the file ends in the middle of a two-byte Shift_JIS character (byte ${hex(byte)} at the end): it was cut off`,
});

/**
 * Files that are not text, by the bytes they start with, and what to call them: a workbook or PDF
 * saved under a .csv name is better named for what it is than as an encoding problem.
 */
const SIGNATURES: readonly (readonly [bytes: readonly number[], kind: string])[] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive, such as an Excel workbook (.xlsx)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an Excel 97-2003 workbook (.xls) or another Office file'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
];

/** What a file starting with `bytes` is, when its first bytes say it is not text; null otherwise. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [sig, kind] of SIGNATURES) if (sig.length <= bytes.length && sig.every((b, k) => bytes[k] === b)) return kind;
  return null;
}

/** Bytes looked at from a file's first NUL byte to tell a text with stray NULs from UTF-16 or a binary file. */
export const NUL_SAMPLE = 4096;

/**
 * Whether NUL bytes make the file something other than a CSV: null when they are stray characters
 * of a text file (a cell padded with NULs, a damaged export, a tail of zeros after a crash), which
 * the reader then reports cell by cell at their row and column. Looked at over the `NUL_SAMPLE`
 * bytes from the first NUL at `nul` (fewer when the bytes end sooner):
 * - UTF-16 without a byte-order mark: the NULs fall on one parity of offsets, and the commas and
 *   line breaks of the CSV sit on the other, each beside a NUL (`2C 00`, `0A 00`). Japanese text
 *   in UTF-16 has few NULs (a kanji has none), but its delimiters still do; NUL padding falls on
 *   both parities, and a stray NUL is beside no comma.
 * - binary data: other control bytes too (0x01-0x08, 0x0B, 0x0C, 0x0E-0x1F), which a CSV export
 *   never holds and which every binary format is full of (zip and Office headers, images).
 * A text file with a few stray NULs is neither, so one clear error replaces thousands of lines
 * only for a file that is not a CSV at all.
 */
export function nulVerdict(bytes: Uint8Array, nul: number, line: number): DecodeFailure | null {
  const end = Math.min(bytes.length, nul + NUL_SAMPLE);
  let nuls = 0;
  let odd = 0;
  let controls = 0;
  for (let i = nul; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nuls++;
      odd += i & 1;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  }
  const parity = odd * 2 >= nuls ? 1 : 0;
  if (nuls >= 2 && Math.max(odd, nuls - odd) * 10 >= nuls * 9) {
    // Commas and line breaks on the other parity, and how many of them have a NUL beside them.
    let marks = 0;
    let beside = 0;
    for (let i = Math.max(0, nul - 1); i < end; i++) {
      const b = bytes[i]!;
      if ((b !== 0x2c && b !== 0x0a && b !== 0x0d) || (i & 1) === parity) continue;
      marks++;
      if (bytes[i + 1] === 0 || (i > 0 && bytes[i - 1] === 0)) beside++;
    }
    if (marks >= 2 && beside * 10 >= marks * 8) {
      return {
        code: 'unsupported_encoding',
        line,
        detail: 'the file is UTF-16 without a byte-order mark (a NUL byte at every other byte); save it as "CSV UTF-8"',
      };
    }
  }
  if (controls >= 4) return notTextFailure(line, 'binary data (NUL and control bytes)');
  return null;
}

/** A file that is not text at all: named for what it is, with no line to look at (`line` 0) when its first bytes say so. */
export const notTextFailure = (line: number, kind: string): DecodeFailure => ({
  code: 'unsupported_encoding',
  line,
  notText: true,
  detail: `the file is not text but ${kind}; give the report a CSV saved as "CSV UTF-8", or a workbook under its .xlsx name`,
});

export const truncatedFailure = (line: number, byte: number | undefined): DecodeFailure => ({
  code: 'bad_encoding',
  line,
  detail: `the file ends in the middle of a multi-byte UTF-8 character (byte ${hex(byte)} at the end): it was cut off`,
});

/** Broken UTF-8 in a UTF-8 file; `utf8Line` is a line that is valid UTF-8, or 0 when the file has a BOM. */
export const mixedUtf8Failure = (line: number, byte: number | undefined, utf8Line: number): DecodeFailure => {
  const why = utf8Line === 0 ? 'the file starts with a UTF-8 byte-order mark' : `line ${utf8Line} is UTF-8`;
  return { code: 'bad_encoding', line, detail: `line ${line} is not valid UTF-8 (byte ${hex(byte)}) although ${why}: the file mixes encodings or is damaged` };
};

/**
 * Detect the encoding (UTF-8, UTF-8 with BOM, Shift_JIS/CP932) and decode. The bytes go through
 * the same `StreamDecoder` as a file read in chunks, so both report the same failures.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const decoder = new StreamDecoder();
  const text = decoder.push(bytes) + decoder.end();
  if (decoder.failure) return { ok: false, failure: decoder.failure };
  return { ok: true, text, encoding: decoder.encoding!, ...(decoder.ambiguous ? { ambiguous: decoder.ambiguous } : {}) };
}
