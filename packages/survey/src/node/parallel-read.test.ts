import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { fy2024 } from '@smesec/programme';
import { instrumentOf } from '../index.js';
import { CsvReader } from '../read/csv-reader.js';
import type { ReadResult } from '../read/finish-read.js';
import type { ValidationError } from '../read/issues.js';
import { loadCsv } from '../node.js';
import { PARALLEL_MIN_BYTES, readThreads } from './parallel-read.js';

const attendees = instrumentOf(fy2024, 'attendees');
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'parallel-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything a read result says, as plain data (the table column by column). */
const summary = (r: ReadResult) => ({
  encoding: r.encoding,
  columns: r.table.columnNames().map((c) => [c, Array.from(r.table.array(c) as ArrayLike<unknown>)]),
  rowNumbers: r.rowNumbers,
  lineNumbers: r.lineNumbers,
  issues: r.issues,
  rejected: r.rejected,
  stats: r.stats,
  header: r.header,
});

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
/** UTF-8 text as the latin1 string of its bytes, to edit a UTF-8 file's text with. */
const u8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const bytesOf = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/**
 * A file of `copies` copies of a fixture's four records (ids A001–A004 made unique per copy, so
 * the ascii ids are rewritten in any encoding), with `edit(copy, records)` changing a copy's text.
 */
function bigFile(name: string, copies: number, edit: (copy: number, records: string) => string = (_, r) => r): string {
  const text = latin1(fixture(name));
  const firstBreak = text.indexOf('\n') + 1;
  const header = text.slice(0, firstBreak);
  const records = text.slice(firstBreak);
  const parts = [header];
  for (let k = 0; k < copies; k++) parts.push(edit(k, records.replace(/A00(\d)/g, (_, d: string) => `A${k}-${d}`)));
  const path = join(dir, `${name}-${copies}-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, bytesOf(parts.join('')));
  return path;
}

const absorb = vi.spyOn(CsvReader.prototype, 'absorb');
afterEach(() => absorb.mockClear());
/** Whether the worker's half was appended to the first (rather than read again here, or never read apart). */
const merged = () => absorb.mock.results.length > 0 && absorb.mock.results.every((r) => r.value === true);

/** The file read by one thread and by two, lenient: the same result either way. */
function both(path: string) {
  const options = { codebook: attendees, mode: 'lenient' as const };
  const one = summary(loadCsv(path, { ...options, threads: 1 }));
  expect(absorb).not.toHaveBeenCalled();
  const read = loadCsv(path, { ...options, threads: 2 });
  expect(read.threads ?? 1).toBe(merged() ? 2 : 1);
  expect(summary(read)).toEqual(one);
  return one;
}

describe('a file read by two threads gives what one thread gives', () => {
  test.each(['attendees-utf8.csv', 'attendees-utf8-bom-crlf.csv', 'attendees-sjis-crlf.csv'])('%s: quoted line breaks, CRLF, multi-byte characters', (name) => {
    const one = both(bigFile(name, 1500));
    expect(merged()).toBe(true);
    expect(one.stats.accepted).toBe(6000);
    // Rows and lines run on across the cut: every row once, in order.
    expect(one.rowNumbers).toEqual(Array.from({ length: 6000 }, (_, i) => i + 2));
  });

  test('rejected rows, warnings and blank lines in both halves keep their numbers', () => {
    const path = bigFile('attendees-utf8.csv', 1500, (copy, records) => {
      if (copy % 97 === 3) records = records.replace(u8(',1,建設業,'), u8(',x,建設業,'));
      if (copy % 89 === 5) records = `\n${records}`;
      return records;
    });
    const one = both(path);
    expect(merged()).toBe(true);
    const rejected = one.rejected.filter((r) => r.issues.some((i) => i.code === 'not_a_number'));
    expect(rejected.length).toBe(16);
    expect(one.stats.blank).toBe(17);
    // One of them in the worker's half, named by its row and line in the whole file.
    const last = rejected.at(-1)!;
    expect(last.row).toBeGreaterThan(3000);
    expect(last.issues[0]).toMatchObject({ file: expect.stringMatching(/\.csv$/), row: last.row, line: last.line, column: 'people', value: 'x' });
  });

  test('an id of the second half seen in the first: that half is read again here, and the duplicate named', () => {
    const path = bigFile('attendees-utf8.csv', 1500, (copy, records) => (copy === 1400 ? records.replace('A1400-2', 'A3-2') : records));
    const one = both(path);
    expect(merged()).toBe(false);
    expect(one.issues.filter((i) => i.code === 'duplicate_id')).toEqual([expect.objectContaining({ value: 'A3-2', expected: `ids are unique; first seen at row ${3 * 4 + 3}` })]);
  });

  test('a duplicate id inside the second half: read again here, so that it names its first row in the file', () => {
    const path = bigFile('attendees-utf8.csv', 1500, (copy, records) => (copy === 1400 ? records.replace('A1400-2', 'A1300-2') : records));
    const one = both(path);
    expect(merged()).toBe(false);
    expect(one.issues.filter((i) => i.code === 'duplicate_id')).toEqual([expect.objectContaining({ value: 'A1300-2', row: 1400 * 4 + 3, expected: `ids are unique; first seen at row ${1300 * 4 + 3}` })]);
  });

  test('a stray quote in an unquoted cell: the cut found by counting quotes is not between records, and nothing is lost', () => {
    const path = bigFile('attendees-utf8.csv', 1500, (copy, records) => (copy === 10 ? records.replace(u8('規程のひな形を'), u8('規程の"ひな形を')) : records));
    const one = both(path);
    expect(merged()).toBe(false);
    expect(one.stats.accepted).toBe(6000);
  });

  test('a byte-order mark in the second half is reported where it is, and the file refused as when read alone', () => {
    const path = bigFile('attendees-utf8.csv', 1500, (copy, records) => (copy === 1400 ? `${records}\u00ef\u00bb\u00bf` : records));
    const one = both(path);
    expect(one.issues.some((i) => i.code === 'bom_in_middle')).toBe(true);
    expect(merged()).toBe(false);
  });

  test('a byte that does not decode in the second half refuses the file, naming its line, as when read alone', () => {
    const path = bigFile('attendees-utf8.csv', 1500, (copy, records) => (copy === 1400 ? records.replace(u8('希望しない'), `${u8('希望')}\u00ff\u00fe${u8('しない')}`) : records));
    const one = both(path);
    expect(one.issues[0]).toMatchObject({ code: 'bad_encoding' });
    expect(merged()).toBe(false);
  });

  test('strict mode throws the same issues', () => {
    const path = bigFile('attendees-utf8.csv', 1500, (copy, records) => (copy === 1200 ? records.replace(u8(',1,建設業,'), u8(',x,建設業,')) : records));
    const errorOf = (threads: number) => {
      try {
        loadCsv(path, { codebook: attendees, threads });
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error('expected a ValidationError');
    };
    const one = errorOf(1);
    const two = errorOf(2);
    expect(merged()).toBe(true);
    expect(two.issues).toEqual(one.issues);
    expect(two.issues).toEqual([expect.objectContaining({ code: 'not_a_number', row: 1200 * 4 + 3 })]);
  });
});

test('two threads only for large files on a machine with two cores, unless asked', () => {
  expect(readThreads(PARALLEL_MIN_BYTES - 1, undefined)).toBe(1);
  expect(readThreads(1000, 2)).toBe(2);
  expect(readThreads(PARALLEL_MIN_BYTES * 4, 1)).toBe(1);
  expect(readThreads(1000, 8)).toBe(2);
});
