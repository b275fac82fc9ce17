import {
  binaryKind,
  countBreaks,
  lineAt,
  mixedUtf8Failure,
  nulVerdict,
  scanUtf8,
  sjisDamage,
  sniffEncoding,
  truncatedFailure,
  type AmbiguousCell,
  type DecodeFailure,
  type Encoding,
} from './decode-bytes.js';

/**
 * Bytes of text read after the first non-ascii byte before the encoding is decided. Real exports
 * show their encoding within the first rows; a window keeps memory flat however large the file.
 */
export const SNIFF_BYTES = 64 * 1024;

const CR = 0x0d;

/**
 * A run of bytes this long with no place to cut (see `lastCut`) is decoded in stream mode, the
 * decoder keeping a character split at its end: a file with no line break must not be held whole
 * or copied over and over.
 */
const LONG_RUN = 1 << 20;

/** Bytes held before they are decoded, however small the chunks they come in. */
const BATCH = 64 * 1024;

/**
 * Bytes held back, kept as the chunks they came in and joined once when they are decoded: joining
 * on every chunk would copy a long run again for each chunk it spans (quadratic in small chunks).
 */
class ByteQueue {
  private parts: Uint8Array[] = [];
  length = 0;

  /** Keep `bytes` (not copied: give a copy when the caller may reuse its buffer). */
  add(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  /** The byte at `offset`, or undefined past the end. */
  at(offset: number): number | undefined {
    for (const p of this.parts) {
      if (offset < p.length) return p[offset];
      offset -= p.length;
    }
    return undefined;
  }

  /** Everything held, followed by `tail`, as one array; the queue is left empty. */
  take(tail: Uint8Array = EMPTY): Uint8Array {
    const parts = this.parts;
    const length = this.length;
    this.parts = [];
    this.length = 0;
    if (parts.length === 0) return tail;
    if (parts.length === 1 && tail.length === 0) return parts[0]!;
    const out = new Uint8Array(length + tail.length);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    out.set(tail, at);
    return out;
  }
}

const EMPTY = new Uint8Array(0);

/**
 * Where bytes can be cut between characters in UTF-8 and in Shift_JIS alike: after a byte below
 * 0x40, which is always a character of its own (UTF-8 continuation bytes are 0x80 and up, Shift_JIS
 * trail bytes 0x40 and up). Every comma, quote, digit and line break is one. -1 when there is none.
 */
function lastCut(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0; i--) if (bytes[i]! < 0x40) return i + 1;
  return -1;
}

/** The first place to cut in `bytes[from, to)`, or -1. */
function firstCut(bytes: Uint8Array, from: number, to = bytes.length): number {
  for (let i = from; i < to && i < bytes.length; i++) if (bytes[i]! < 0x40) return i + 1;
  return -1;
}

/**
 * Where UTF-8 bytes can be cut between characters: before a sequence left incomplete at the end,
 * found by looking back at most three bytes (the length when none is). Cutting only at ascii bytes
 * would scan all of a long run of kana or kanji, and hold it, for every chunk it spans.
 */
function utf8Cut(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  while (i >= 0 && i > n - 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const b = bytes[i]!;
  const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return n - i >= need ? n : i;
}

/**
 * The decoder for what is left of a refused file: only its records are counted, so any decoding
 * that keeps the ascii delimiters, quotes and line breaks in place will do. UTF-16 (by its BOM, or
 * by where its NUL bytes fall) is decoded as such; anything else as UTF-8 with replacement
 * characters, which leaves every ascii byte where it was.
 */
function salvageDecoder(bytes: Uint8Array, encoding: Encoding | null): InstanceType<typeof TextDecoder> {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be');
  let odd = 0;
  let even = 0;
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  if (odd + even > 0) return new TextDecoder(odd >= even ? 'utf-16le' : 'utf-16be');
  return new TextDecoder(encoding === 'shift_jis' ? 'shift_jis' : 'utf-8');
}

/**
 * Decodes a CSV file given in chunks of any size. The encoding is sniffed on the first bytes with
 * the rules of `decodeBytes` (the ascii start of a file reads the same in every encoding, so the
 * window begins at the first non-ascii byte); after that each chunk is decoded up to its last ascii
 * delimiter, quote, digit or line break (no multi-byte character spans one, in UTF-8 or Shift_JIS)
 * and checked strictly. Lines are counted as the CSV reader counts them (CRLF, CR or LF).
 * A byte that does not decode sets a failure naming its line. The rest of the file is still
 * decoded after it, leniently, so that a reader can count the records of the file it refuses:
 * text returned once `failure` is set is never data.
 */
export class StreamDecoder {
  /** Decided encoding, once known. */
  encoding: Encoding | null = null;
  /** Why the bytes were refused; what is decoded after it is only for counting records. */
  failure: DecodeFailure | null = null;
  /** Set when the bytes read validly as UTF-8 (as they are read) and as Japanese Shift_JIS alike. */
  ambiguous: AmbiguousCell | null = null;
  /** The lenient decoder used once the bytes are refused. */
  private salvage: InstanceType<typeof TextDecoder> | null = null;
  /** The bytes are refused as not text: what follows is not decoded at all, as it holds no records. */
  private discard = false;
  /** Bytes not decoded yet: the sniffing window, or what follows the last place to cut. */
  private readonly pending = new ByteQueue();
  /** Offset in `pending` of its first non-ascii byte, or -1. */
  private firstHigh = -1;
  /** Line breaks in the bytes decoded so far. */
  private lines = 0;
  /** The last byte decoded was a CR: a LF next is part of the same line break. */
  private afterCr = false;
  private total = 0;
  private atStart = true;
  private firstValidMultiLine = 0;
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  /**
   * The text last returned may hold a NUL: its bytes held a NUL byte (the only way to decode one),
   * or it was decoded leniently. False spares the reader a search of the text.
   */
  nulInText = true;
  /** A UTF-8 byte-order mark is still to be skipped at the start (a decoder given its encoding). */
  private bomAhead = false;

  /**
   * `known`: the encoding, already decided by another decoder of the same file (a second thread
   * reading a part of it): nothing is sniffed, and a UTF-8 byte-order mark at the start is skipped.
   * `linesBefore`: the line breaks in the text returned so far, when the caller counts them itself
   * (a CSV reader's tokenizer does): the decoder then counts none, which was 3 % of reading a file.
   */
  constructor(
    known?: Encoding,
    private readonly linesBefore?: () => number,
  ) {
    if (!known) return;
    this.encoding = known;
    this.decoder = new TextDecoder(known === 'shift_jis' ? 'shift_jis' : 'utf-8', { fatal: true, ignoreBOM: true });
    this.bomAhead = known === 'utf-8-bom';
    this.atStart = false;
  }

  /**
   * Decode every byte held now. Only right after a line break, where no character can be cut:
   * a reader that stops at a record boundary needs all of its text tokenized.
   */
  flush(): string {
    if (!this.decoder || this.failure || this.discard || this.pending.length === 0) return '';
    return this.decodeLines(this.pending.take(), false);
  }

  /** Decode what the chunk completes; '' while the encoding is still being sniffed. */
  push(chunk: Uint8Array): string {
    if (this.discard) return '';
    if (this.bomAhead && chunk.length > 0) {
      this.bomAhead = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    if (this.salvage) return this.salvage.decode(chunk, { stream: true });
    if (chunk.length === 0) return '';
    this.total += chunk.length;
    if (this.decoder) {
      // Small chunks are held and decoded together: each decode, and each piece of text handed on,
      // has a cost of its own that 1 KB chunks would pay a thousand times a megabyte.
      if (this.pending.length + chunk.length < BATCH) {
        this.pending.add(chunk.slice());
        return '';
      }
      // A chunk with no place to cut is only held (not joined to what is held) until a run grows long.
      const cut = this.cutIn(chunk);
      if (cut <= 0) {
        this.pending.add(chunk.slice());
        return this.pending.length < LONG_RUN ? '' : this.decodeLines(this.pending.take(), false);
      }
      const held = this.pending.length;
      return this.decodeLines(this.pending.take(chunk), false, held + cut);
    }
    // Sniffing: copy, since the caller may reuse its buffer.
    const from = this.pending.length;
    this.pending.add(chunk.slice());
    if (this.atStart && this.pending.length < 3) return '';
    if (this.firstHigh < 0) {
      const k = chunk.findIndex((b) => b >= 0x80);
      if (k >= 0) this.firstHigh = from + k;
    }
    if (this.firstHigh < 0) {
      // Still ascii: decode it as such, keeping the UTF-8 BOM check for the first bytes.
      if (this.atStart && this.pending.at(0) === 0xef) return '';
      return this.asciiPrefix();
    }
    // The window ends at the first place to cut past SNIFF_BYTES; only the new bytes are searched.
    const windowFrom = this.firstHigh + SNIFF_BYTES;
    const k = firstCut(chunk, Math.max(0, windowFrom - from), windowFrom + LONG_RUN - from);
    if (k >= 0) return this.decide(from + k, false);
    // A run with no place to cut: sniff a window that may end inside a character rather than hold the run.
    if (this.pending.length >= windowFrom + LONG_RUN) return this.decide(windowFrom, false, true);
    return '';
  }

  /** The end of the bytes: decode what is left. */
  end(): string {
    if (this.discard) return '';
    if (this.salvage) return this.salvage.decode();
    if (this.failure) return '';
    if (!this.decoder) {
      if (this.total === 0) {
        this.failure = { code: 'empty_file', line: 0, detail: 'the file is empty (0 bytes)' };
        return '';
      }
      return this.decide(this.pending.length, true);
    }
    return this.decodeLines(this.pending.take(), true);
  }

  /** An ascii start longer than the window: decoded now, so a long ascii file is not held. */
  private asciiPrefix(): string {
    if (this.pending.length < SNIFF_BYTES) return '';
    // Every byte is ascii here, so any place is a place to cut.
    const head = this.pending.take();
    const cut = head.length;
    const nul = head.indexOf(0);
    if (nul >= 0 || (this.atStart && (head[0] === 0xff || head[0] === 0xfe || binaryKind(head)))) {
      this.pending.add(head);
      return this.decide(cut, false);
    }
    this.atStart = false;
    this.count(head);
    this.nulInText = false;
    return new TextDecoder('utf-8').decode(head);
  }

  /**
   * Sniff the window `pending[0, end)` and decode everything pending. `partial`: the window may end
   * inside a character, so it is also tried up to three bytes shorter.
   */
  private decide(end: number, atEnd: boolean, partial = false): string {
    const all = this.pending.take();
    const sniff = (e: number) => sniffEncoding(all.subarray(0, e), { atStart: this.atStart, atEnd: atEnd && e === all.length, firstLine: this.linesSoFar() + 1 });
    let sniffed = sniff(end);
    if (partial) {
      // Valid UTF-8 once a character cut at the end is dropped is UTF-8: a cut UTF-8 character
      // can leave bytes that happen to read as Shift_JIS.
      const tries = [sniffed, sniff(end - 1), sniff(end - 2), sniff(end - 3)];
      sniffed = tries.find((t) => t.ok && t.encoding !== 'shift_jis') ?? tries.find((t) => t.ok) ?? sniffed;
    }
    if (!sniffed.ok) return this.fail(sniffed.failure, all);
    this.encoding = this.atStart || sniffed.encoding === 'shift_jis' ? sniffed.encoding : 'utf-8';
    this.firstValidMultiLine = sniffed.firstValidMultiLine;
    this.ambiguous = sniffed.ambiguous ?? null;
    // ignoreBOM keeps a U+FEFF that starts a later piece: a BOM inside the file is reported, not dropped.
    this.decoder = new TextDecoder(this.encoding === 'shift_jis' ? 'shift_jis' : 'utf-8', { fatal: true, ignoreBOM: true });
    const bom = this.encoding === 'utf-8-bom' && this.atStart ? 3 : 0;
    this.atStart = false;
    return this.decodeLines(all.subarray(bom), atEnd);
  }

  /** Where `bytes` can be cut between characters in the decided encoding: the last such place, or -1. */
  private cutIn(bytes: Uint8Array): number {
    return this.encoding === 'shift_jis' ? lastCut(bytes) : utf8Cut(bytes);
  }

  /** Decode `bytes` up to `cut` (the last place to cut; all of them at the end), keep the rest. */
  private decodeLines(bytes: Uint8Array, atEnd: boolean, cut = atEnd ? bytes.length : this.cutIn(bytes)): string {
    if (cut < 0) cut = bytes.length >= LONG_RUN ? bytes.length : 0;
    // Kept as a copy: the rest may be a view of the caller's buffer.
    if (!atEnd) this.pending.add(bytes.slice(cut));
    const piece = bytes.subarray(0, cut);
    const nul = piece.indexOf(0);
    this.nulInText = nul >= 0;
    const refused = nul >= 0 ? nulVerdict(piece, nul, this.linesSoFar() + lineAt(piece, nul, this.afterCr)) : null;
    if (refused) return this.fail(refused, bytes);
    if (cut === 0 && !atEnd) return '';
    let text: string;
    try {
      // Stream mode: a piece cut in a long run may end inside a character; the end flushes it.
      text = this.decoder!.decode(piece, { stream: !atEnd });
    } catch {
      return this.fail(this.locate(piece, atEnd), bytes);
    }
    this.count(piece);
    return text;
  }

  /** Count the line breaks of bytes just decoded. */
  private count(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (!this.linesBefore) this.lines += countBreaks(bytes, bytes.length, this.afterCr);
    this.afterCr = bytes[bytes.length - 1] === CR;
  }

  /** Line breaks in the bytes decoded so far. */
  private linesSoFar(): number {
    return this.linesBefore ? this.linesBefore() : this.lines;
  }

  /** Refuse the bytes: record why, and decode `rest` (every byte not decoded yet) leniently from here on, unless they are not text. */
  private fail(failure: DecodeFailure, rest: Uint8Array): string {
    this.failure = failure;
    this.nulInText = true;
    this.pending.take();
    // Not text from the first byte (a workbook, a PDF): there is nothing to count.
    if ('notText' in failure && failure.notText && failure.line === 0) {
      this.discard = true;
      return '';
    }
    this.salvage = salvageDecoder(rest, this.encoding);
    return this.salvage.decode(rest, { stream: true });
  }

  /** The failure for a piece that does not decode: its first bad byte and line. */
  private locate(piece: Uint8Array, atEnd: boolean): DecodeFailure {
    if (this.encoding !== 'shift_jis') {
      const scan = scanUtf8(piece);
      const at = scan.firstInvalid < 0 ? 0 : scan.firstInvalid;
      const line = this.linesSoFar() + lineAt(piece, at, this.afterCr);
      if (atEnd && scan.truncatedAtEnd) return truncatedFailure(line, piece[at]);
      return mixedUtf8Failure(line, piece[at], this.encoding === 'utf-8-bom' ? 0 : this.firstValidMultiLine);
    }
    const damaged = sjisDamage(piece, { atEnd, firstLine: this.linesSoFar() + 1, known: true, afterCr: this.afterCr });
    if (damaged) return damaged;
    return { code: 'bad_encoding', line: this.linesSoFar() + 1, detail: 'the text is not valid Shift_JIS: the file mixes encodings or is damaged' };
  }
}


