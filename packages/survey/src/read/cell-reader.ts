import type { Column } from '../codebook/schema.js';
import type { CompiledColumn, ParsedCell } from './compile-column.js';
import { MEMO_LIMIT } from './compile-column.js';
import type { ColumnStore } from './column-stores.js';

/** One distinct cell of a column, parsed once: its raw text, parse result and stored code. */
export interface CellEntry {
  readonly raw: string;
  readonly parsed: ParsedCell;
  /** The raw cell is only white space (for blank-row detection). */
  readonly blank: boolean;
  /** What the column's store keeps for it. */
  readonly code: number;
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

const SLOTS = 1 << 13;

/**
 * Reads the cells of one column: looks a cell up by its characters in place (no substring is made
 * for a cell seen before), parses new cells with the compiled column and encodes them for the store.
 * Columns of ids and free text are parsed every time, as their cells rarely repeat.
 */
export class CellReader {
  readonly missing: CellEntry;
  private readonly keys: (CellEntry | undefined)[] | null;
  private readonly hashes: Int32Array | null;
  private size = 0;

  constructor(
    readonly column: Column,
    private readonly compiled: CompiledColumn,
    private readonly store: ColumnStore,
  ) {
    this.missing = this.make('');
    this.keys = compiled.memoised ? new Array<CellEntry | undefined>(SLOTS) : null;
    this.hashes = compiled.memoised ? new Int32Array(SLOTS) : null;
  }

  private make(raw: string): CellEntry {
    const parsed = this.compiled.parseUncached(raw);
    const ok = !parsed.problems.some((p) => p.severity === 'error');
    return { raw, parsed, blank: raw.trim() === '', code: ok ? this.store.encode(parsed.value) : 0 };
  }

  /** The entry of the cell `text[start, end)`. */
  fromRange(text: string, start: number, end: number): CellEntry {
    const keys = this.keys;
    if (keys === null) return this.make(detach(text, start, end));
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = end - start;
    let slot = h & (SLOTS - 1);
    for (;;) {
      const e = keys[slot];
      if (e === undefined) break;
      if (this.hashes![slot] === h && e.raw.length === len) {
        const raw = e.raw;
        let i = 0;
        while (i < len && raw.charCodeAt(i) === text.charCodeAt(start + i)) i++;
        if (i === len) return e;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    const e = this.make(detach(text, start, end));
    if (this.size < MEMO_LIMIT) {
      keys[slot] = e;
      this.hashes![slot] = h;
      this.size++;
    }
    return e;
  }

  /** The entry of a cell given as a string. */
  fromString(raw: string): CellEntry {
    return this.fromRange(raw, 0, raw.length);
  }
}
