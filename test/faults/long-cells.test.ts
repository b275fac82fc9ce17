/**
 * Single cells up to the reader's limit (`MAX_CELL` characters), read from disk through `loadCsv`,
 * as `pnpm report` reads every input: the time grows with the cell, not with its square (a 50 MB
 * cell once took 154 s and a 17 MB one 16 s). And a cell past the limit is one located error for
 * its row, the rows after it read. The files are written once, to a temporary folder.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue, instrumentOf, MAX_CELL, messagesJa, type ReadResult } from '@smesec/survey';
import { loadCsv } from '@smesec/survey/node';
import { fy2024 } from '@smesec/programme';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const attendees = instrumentOf(fy2024, 'attendees');
const columns = attendees.columns.map((c) => c.id);
const row = (id: string, comment: string) => columns.map((c) => (c === 'company_id' ? id : c === 'comment' ? comment : '')).join(',');

const tmp = mkdtempSync(join(tmpdir(), 'long-cells-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * An attendees.csv (UTF-8, LF) whose row A1 has a quoted 自由記述 of `chars` characters repeating
 * `unit`, then a row A2. The cell is written as bytes filled in place, never held as a string.
 */
function writeLongCell(name: string, unit: string, chars: number): string {
  const path = join(tmp, name);
  const fd = openSync(path, 'w');
  try {
    const [before, after] = row('A1', '\u0001').split('\u0001') as [string, string];
    writeSync(fd, `${columns.join(',')}\n${before}"`);
    writeSync(fd, Buffer.alloc(Buffer.byteLength(unit) * (chars / unit.length), unit));
    writeSync(fd, `"${after}\n${row('A2', '')}\n`);
  } finally {
    closeSync(fd);
  }
  return path;
}

const read = (path: string): ReadResult => loadCsv(path, { codebook: attendees, file: 'attendees.csv', mode: 'lenient' });

/** The longest cell the reader keeps, in kanji (two to a unit): 16,777,214 characters, 50 MB of UTF-8. */
const LIMIT_CHARS = (MAX_CELL - 1) & ~1;
/** A third of that: 17 MB. */
const SMALL_CHARS = Math.floor(LIMIT_CHARS / 6) * 2;
const files = { small: '', large: '', over: '' };

beforeAll(() => {
  // A third of the limit (17 MB), and the limit itself (50 MB).
  files.small = writeLongCell('small.csv', '規程', SMALL_CHARS);
  files.large = writeLongCell('large.csv', '規程', LIMIT_CHARS);
  // A quarter past the limit, in ascii (21 MB): a quote left open, or a file that is not this CSV.
  files.over = writeLongCell('over.csv', 'ab', LIMIT_CHARS + 4_000_000);
});

describe('long cells read from disk', () => {
  test('a cell of 17 MB and one of 50 MB (the cell limit, in UTF-8 kanji) are read whole, and the larger takes about its size more time, not its square', () => {
    const small = statSync(files.small).size;
    const large = statSync(files.large).size;
    expect([Math.round(small / 1e6), Math.round(large / 1e6)]).toEqual([17, 50]);
    /** Read a file, check that its long cell came whole, and give the milliseconds the read took. */
    const timed = (path: string, chars: number) => {
      const t0 = performance.now();
      const r = read(path);
      const ms = performance.now() - t0;
      expect(r.stats).toMatchObject({ rows: 2, accepted: 2, rejected: 0 });
      const comment = r.table.array('comment') as (string | null)[];
      expect(comment[0]!.length).toBe(chars);
      expect(comment[0]!.startsWith('規程規程') && comment[0]!.endsWith('規程')).toBe(true);
      expect(r.table.array('company_id')).toEqual(['A1', 'A2']);
      return ms;
    };
    // The fastest of three reads of each, taken in turns so that a busy moment of the machine falls
    // on both (the first read of all also warms the code up, and only makes the ratio smaller).
    let s = Infinity;
    let l = Infinity;
    for (let k = 0; k < 3; k++) {
      s = Math.min(s, timed(files.small, SMALL_CHARS));
      l = Math.min(l, timed(files.large, LIMIT_CHARS));
    }
    const sizes = large / small;
    // Linear reading gives about the size ratio (3), less with fixed costs; quadratic gave 9 and more.
    expect(l / s, `${Math.round(s)} ms for ${Math.round(small / 1e6)} MB, ${Math.round(l)} ms for ${Math.round(large / 1e6)} MB`).toBeLessThan(2 * sizes);
  });

  test('a cell past the limit (21 MB of ascii) is one located error for its row, in Japanese, and the row after it is read', () => {
    const r = read(files.over);
    expect(r.issues.map((i) => formatIssue(i, messagesJa))).toEqual([
      `attendees.csv:2:comment: 自由記述が長すぎます。${MAX_CELL - 1}文字以内（これほど長いセルは、閉じ忘れた引用符か、CSV ではないファイルです）`,
    ]);
    expect(r.stats).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
    expect(r.table.array('company_id')).toEqual(['A2']);
    // What the issue keeps of the cell is nothing, not megabytes of it.
    expect(r.issues[0]!.value).toBe('');
  });
});
