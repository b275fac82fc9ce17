/** Slots at first; the table doubles when half full. */
const START = 1 << 10;

/**
 * FNV-1a over the characters `text[start, end)`, with a finaliser: FNV's low bits, which pick a
 * slot, mix poorly for strings that differ only in the middle (expert0000001@…, expert0000002@…),
 * and the finaliser spreads the high bits into them. The reader's cell tables and `IdIndex` hash
 * with it.
 */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

const hashOf = (s: string) => hashRange(s, 0, s.length);

/**
 * The row where each id was first seen: an open-addressing table of hashes, rows and ids. A
 * `Map` of a million ids cost 1.2 s of reading a million rows, most of it in cache misses
 * comparing a new id with the keys of its bucket; here a new id costs one look at a slot of
 * hashes, and an id is compared only when its hash matches.
 */
export class IdIndex {
  private hashes = new Int32Array(START);
  /** Row of each slot; 0 for an empty slot (rows start at 1). */
  private rows = new Int32Array(START);
  private ids: (string | undefined)[] = new Array<string | undefined>(START);
  private count = 0;
  /** The last id looked up and its hash: `add` follows `lookup` of the same id. */
  private lastId = '';
  private lastHash = 0;

  /** Ids in the index. */
  get size(): number {
    return this.count;
  }

  /** The row `id` was first seen at (> 0), or where to `add` it: −(slot + 1). */
  lookup(id: string): number {
    const h = hashOf(id);
    this.lastId = id;
    this.lastHash = h;
    return this.find(id, 0, id.length, h);
  }

  /** The row `id` was first seen at, or 0. */
  firstRow(id: string): number {
    const r = this.lookup(id);
    return r > 0 ? r : 0;
  }

  /** The row the id `text[start, end)` was first seen at, or 0: without cutting the id out of `text`. */
  firstRowIn(text: string, start: number, end: number): number {
    const r = this.find(text, start, end, hashRange(text, start, end));
    return r > 0 ? r : 0;
  }

  /** The row of the id `text[start, end)`, whose hash is `h` (> 0), or the empty slot where it would go: −(slot + 1). */
  private find(text: string, start: number, end: number, h: number): number {
    const mask = this.rows.length - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const row = this.rows[slot]!;
      if (row === 0) return -(slot + 1);
      if (this.hashes[slot] === h) {
        const id = this.ids[slot]!;
        if (id.length === length && text.startsWith(id, start)) return row;
      }
    }
  }

  /** Record `id` at `row` (> 0); `at` is what `lookup` returned for it, when nothing was added since. */
  add(id: string, row: number, at = this.lookup(id)): void {
    if (at > 0) return;
    const slot = -at - 1;
    this.rows[slot] = row;
    this.hashes[slot] = id === this.lastId ? this.lastHash : hashOf(id);
    this.ids[slot] = id;
    if (++this.count * 2 > this.rows.length) this.grow();
  }

  private grow(): void {
    const { hashes, rows, ids } = this;
    const n = rows.length * 2;
    const mask = n - 1;
    this.hashes = new Int32Array(n);
    this.rows = new Int32Array(n);
    this.ids = new Array<string | undefined>(n);
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      let slot = hashes[i]! & mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i]!;
      this.rows[slot] = rows[i]!;
      this.ids[slot] = ids[i];
    }
  }
}
