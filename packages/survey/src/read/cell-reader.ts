import type { Column } from '../codebook/schema.js';
import type { CellValue, CompiledColumn, ParsedCell } from './compile-column.js';
import type { ColumnStore } from './column-stores.js';
import { hashRange } from './id-index.js';

/** One distinct cell of a column, parsed once: its raw text, parse result and stored code. */
export interface CellEntry {
  readonly raw: string;
  readonly parsed: ParsedCell;
  /** The raw cell is only white space (for blank-row detection). */
  readonly blank: boolean;
  /** What the column's store keeps for it. */
  readonly code: number;
  /** `parsed.value`, kept here so that a row reads one object per cell. */
  readonly value: CellValue;
  /** The row must look at it: it has problems, or it is a missing id. */
  readonly attention: boolean;
}

/** V8 shares a substring's characters with the whole chunk from ~13 characters on. */
const SLICE_SHARES = 13;

/**
 * A copy of `text[start, end)` that does not keep the chunk alive. A plain slice of a long string
 * points into it, so keeping one cell would keep the whole decoded chunk (and, over a file, all of
 * them); concatenating and slicing makes V8 copy the characters into a string of their own.
 */
export function detach(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return s.length < SLICE_SHARES ? s : `${s} `.slice(0, -1);
}

/** Slots of a column's table at first, and at most: it doubles while half full, up to `MAX_SLOTS`. */
const SLOTS = 1 << 10;
/**
 * Room for 65,536 distinct cells per column. Sets of options (a prefecture list, a few of 15
 * industries) take tens of thousands of forms in a large file, and each cell not found is parsed
 * again; an entry is a few hundred bytes, so a full table is some 20 MB.
 */
const MAX_SLOTS = 1 << 17;

/**
 * Reads the cells of one column: looks a cell up by its characters in place (no substring is made
 * for a cell seen before), parses new cells with the compiled column and encodes them for the store.
 * Columns of ids are parsed every time.
 */
export class CellReader {
  readonly missing: CellEntry;
  private keys: (CellEntry | undefined)[] | null;
  private hashes: Int32Array | null;
  /**
   * Entries of one-character ascii cells by their character code: most cells of a scale or coded
   * column are one digit, and indexing is cheaper than hashing and comparing.
   */
  private readonly ascii: (CellEntry | undefined)[] | null;
  private size = 0;
  /** Cells found in the table. */
  private hits = 0;

  constructor(
    readonly column: Column,
    private readonly compiled: CompiledColumn,
    private readonly store: ColumnStore,
  ) {
    this.missing = this.make('');
    // Free text is looked up too: names, organisations and stock answers repeat, and a repeated
    // cell is then neither parsed nor stored twice (at 1M rows, the text columns' strings were
    // most of the table). Unique ids never repeat; when a column's cells do not, the table stops
    // growing at its limit and a cell costs a hash.
    const memoised = compiled.memoised || column.type === 'text';
    this.keys = memoised ? new Array<CellEntry | undefined>(SLOTS) : null;
    this.hashes = memoised ? new Int32Array(SLOTS) : null;
    this.ascii = memoised ? new Array<CellEntry | undefined>(128) : null;
  }

  private make(raw: string): CellEntry {
    const parsed = this.compiled.parseUncached(raw);
    let ok = true;
    for (const p of parsed.problems) if (p.severity === 'error') ok = false;
    // A cell with text is never missing, so only a missing one can be blank.
    return {
      raw,
      parsed,
      blank: parsed.missing && raw.trim() === '',
      code: ok ? this.store.encode(parsed.value) : 0,
      value: parsed.value,
      attention: parsed.problems.length > 0 || (parsed.missing && this.column.type === 'id'),
    };
  }

  /** The entry of the cell `text[start, end)`. */
  fromRange(text: string, start: number, end: number): CellEntry {
    const keys = this.keys;
    if (keys === null) return this.make(detach(text, start, end));
    const len = end - start;
    if (len === 0) return this.missing;
    if (len === 1) {
      const c = text.charCodeAt(start);
      if (c < 128) return (this.ascii![c] ??= this.make(text[start]!));
    }
    const h = hashRange(text, start, end);
    let slot = h & (keys.length - 1);
    for (;;) {
      const e = keys[slot];
      if (e === undefined) break;
      if (this.hashes![slot] === h && e.raw.length === len) {
        const raw = e.raw;
        let i = 0;
        while (i < len && raw.charCodeAt(i) === text.charCodeAt(start + i)) i++;
        if (i === len) {
          this.hits++;
          return e;
        }
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    const e = this.make(detach(text, start, end));
    // Half full at most: a table at its largest takes no more cells.
    if (this.size < keys.length >> 1) {
      keys[slot] = e;
      this.hashes![slot] = h;
      if (++this.size === keys.length >> 1) {
        if (keys.length < MAX_SLOTS) this.grow();
        // Full: a column whose cells were found again less often than they were new (e-mail
        // addresses, numbers) is parsed cell by cell from here on, without a hash or a table.
        else if (this.hits < this.size) this.keys = this.hashes = null;
      }
    }
    return e;
  }

  /** Twice the slots, every entry moved to its slot in the new table. */
  private grow(): void {
    const keys = this.keys!;
    const hashes = this.hashes!;
    const n = keys.length * 2;
    const k2 = new Array<CellEntry | undefined>(n);
    const h2 = new Int32Array(n);
    for (let i = 0; i < keys.length; i++) {
      const e = keys[i];
      if (e === undefined) continue;
      let slot = hashes[i]! & (n - 1);
      while (k2[slot] !== undefined) slot = (slot + 1) & (n - 1);
      k2[slot] = e;
      h2[slot] = hashes[i]!;
    }
    this.keys = k2;
    this.hashes = h2;
  }

  /** The entry of a cell given as a string. */
  fromString(raw: string): CellEntry {
    return this.fromRange(raw, 0, raw.length);
  }
}
