import {
  hex,
  lineAt,
  mixedUtf8Failure,
  nulFailure,
  scanUtf8,
  sniffEncoding,
  truncatedFailure,
  type DecodeFailure,
  type Encoding,
} from './decode-bytes.js';

/**
 * Bytes of text read after the first non-ascii byte before the encoding is decided. Real exports
 * show their encoding within the first rows; a window keeps memory flat however large the file.
 */
export const SNIFF_BYTES = 64 * 1024;

const LF = 0x0a;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countLf(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && i < end; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}

/** First byte of a line that cannot start a Shift_JIS character, or its first non-ascii byte. */
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

/**
 * Decodes a CSV file given in chunks of any size. The encoding is sniffed on the first bytes with
 * the rules of `decodeBytes` (the ascii start of a file reads the same in every encoding, so the
 * window begins at the first non-ascii byte); after that each chunk is decoded up to its last line
 * break (no multi-byte character spans a line break, in UTF-8 or Shift_JIS) and checked strictly.
 * A byte that does not decode stops the decoding with a failure naming its line.
 */
export class StreamDecoder {
  /** Decided encoding, once known. */
  encoding: Encoding | null = null;
  /** Why the bytes were refused; nothing more is decoded after it. */
  failure: DecodeFailure | null = null;
  /** Bytes not decoded yet: the sniffing window, or what follows the last line break. */
  private pending: Uint8Array = new Uint8Array(0);
  /** Offset in `pending` of its first non-ascii byte, or -1. */
  private firstHigh = -1;
  /** Line breaks in the bytes decoded so far. */
  private lines = 0;
  private total = 0;
  private atStart = true;
  private firstValidMultiLine = 0;
  private decoder: InstanceType<typeof TextDecoder> | null = null;

  /** Decode what the chunk completes; '' while the encoding is still being sniffed. */
  push(chunk: Uint8Array): string {
    if (this.failure || chunk.length === 0) return '';
    this.total += chunk.length;
    if (this.decoder) return this.decodeLines(concat(this.pending, chunk), false);
    // Sniffing: copy, since the caller may reuse its buffer.
    const from = this.pending.length;
    this.pending = concat(this.pending, chunk.slice());
    if (this.atStart && this.pending.length < 3) return '';
    if (this.firstHigh < 0) {
      for (let i = from; i < this.pending.length; i++) {
        if (this.pending[i]! >= 0x80) {
          this.firstHigh = i;
          break;
        }
      }
    }
    if (this.firstHigh < 0) {
      // Still ascii: decode it as such, keeping the UTF-8 BOM check for the first bytes.
      if (this.atStart && this.pending[0] === 0xef) return '';
      return this.asciiPrefix();
    }
    const windowEnd = this.pending.indexOf(LF, this.firstHigh + SNIFF_BYTES);
    if (windowEnd < 0) return '';
    return this.decide(windowEnd + 1, false);
  }

  /** The end of the bytes: decode what is left. */
  end(): string {
    if (this.failure) return '';
    if (!this.decoder) {
      if (this.total === 0) {
        this.failure = { code: 'empty_file', line: 0, detail: 'the file is empty (0 bytes)' };
        return '';
      }
      return this.decide(this.pending.length, true);
    }
    const rest = this.pending;
    this.pending = new Uint8Array(0);
    return this.decodeLines(rest, true);
  }

  /** An ascii start longer than the window: decoded now, so a long ascii file is not held. */
  private asciiPrefix(): string {
    if (this.pending.length < SNIFF_BYTES) return '';
    const cut = this.pending.lastIndexOf(LF) + 1;
    if (cut === 0) return '';
    const head = this.pending.subarray(0, cut);
    const nul = head.indexOf(0);
    if (nul >= 0 || (this.atStart && head[0] === 0xff) || (this.atStart && head[0] === 0xfe)) return this.decide(cut, false);
    this.atStart = false;
    this.pending = this.pending.slice(cut);
    this.lines += countLf(head);
    return new TextDecoder('utf-8').decode(head);
  }

  /** Sniff the window `pending[0, end)` and decode it. */
  private decide(end: number, atEnd: boolean): string {
    const window = this.pending.subarray(0, end);
    const sniffed = sniffEncoding(window, { atStart: this.atStart, atEnd: atEnd && end === this.pending.length, firstLine: this.lines + 1 });
    if (!sniffed.ok) {
      this.failure = sniffed.failure;
      return '';
    }
    this.encoding = this.atStart || sniffed.encoding === 'shift_jis' ? sniffed.encoding : 'utf-8';
    this.firstValidMultiLine = sniffed.firstValidMultiLine;
    // ignoreBOM keeps a U+FEFF that starts a later piece: a BOM inside the file is reported, not dropped.
    this.decoder = new TextDecoder(this.encoding === 'shift_jis' ? 'shift_jis' : 'utf-8', { fatal: true, ignoreBOM: true });
    const all = this.pending;
    this.pending = new Uint8Array(0);
    const bom = this.encoding === 'utf-8-bom' && this.atStart ? 3 : 0;
    this.atStart = false;
    return this.decodeLines(all.subarray(bom), atEnd);
  }

  /** Decode `bytes` up to the last line break (all of them at the end), keep the rest. */
  private decodeLines(bytes: Uint8Array, atEnd: boolean): string {
    const cut = atEnd ? bytes.length : bytes.lastIndexOf(LF) + 1;
    // Kept as a copy: the rest may be a view of the caller's buffer.
    this.pending = atEnd ? new Uint8Array(0) : bytes.slice(cut);
    if (cut === 0) return '';
    const piece = bytes.subarray(0, cut);
    const nul = piece.indexOf(0);
    if (nul >= 0) {
      this.failure = nulFailure(this.lines + lineAt(piece, nul));
      return '';
    }
    let text: string;
    try {
      text = this.decoder!.decode(piece);
    } catch {
      this.failure = this.locate(piece, atEnd);
      return '';
    }
    this.lines += countLf(piece);
    return text;
  }

  /** The failure for a piece that does not decode: its first bad byte and line. */
  private locate(piece: Uint8Array, atEnd: boolean): DecodeFailure {
    if (this.encoding !== 'shift_jis') {
      const scan = scanUtf8(piece);
      const at = scan.firstInvalid < 0 ? 0 : scan.firstInvalid;
      const line = this.lines + lineAt(piece, at);
      if (atEnd && scan.truncatedAtEnd) return truncatedFailure(line, piece[at]);
      return mixedUtf8Failure(line, piece[at], this.encoding === 'utf-8-bom' ? 0 : this.firstValidMultiLine);
    }
    const strict = new TextDecoder('shift_jis', { fatal: true });
    let start = 0;
    let line = this.lines + 1;
    while (start < piece.length) {
      const lf = piece.indexOf(LF, start);
      const end = lf < 0 ? piece.length : lf + 1;
      const bytes = piece.subarray(start, end);
      try {
        strict.decode(bytes);
      } catch {
        const odd = Math.max(0, sjisOddByte(bytes));
        return {
          code: 'bad_encoding',
          line,
          detail: `line ${line} is not valid Shift_JIS (byte ${hex(bytes[odd])}) although the lines before it are: the file mixes encodings or is damaged`,
        };
      }
      start = end;
      line++;
    }
    return { code: 'bad_encoding', line: this.lines + 1, detail: 'the text is not valid Shift_JIS: the file mixes encodings or is damaged' };
  }
}


