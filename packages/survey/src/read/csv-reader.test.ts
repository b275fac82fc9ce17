import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { instrumentOf } from '../index.js';
import { fy2024 } from '@smesec/programme';
import { CsvReader } from './csv-reader.js';
import { MAX_CELL } from './csv-tokenizer.js';
import { fromCsv, type ReadResult } from './from-csv.js';
import { formatIssue } from './issues.js';
import { streamed } from '../../test/streamed.js';

const attendees = instrumentOf(fy2024, 'attendees');
const guidance = instrumentOf(fy2024, 'guidance');
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Everything a read result says, in plain data. */
const summary = (r: ReadResult) => ({
  encoding: r.encoding,
  rows: r.table.objects(),
  rowNumbers: r.rowNumbers,
  lineNumbers: r.lineNumbers,
  issues: r.issues.map((i) => formatIssue(i)),
  rejected: r.rejected.map((x) => [x.row, x.line, x.issues.map((i) => i.code)]),
  stats: r.stats,
});

/** Every way of cutting `bytes` in two, and in one-byte pieces. */
function* cuttings(bytes: Uint8Array): Generator<number[]> {
  for (let k = 1; k < bytes.length; k++) yield [k];
  yield Array.from({ length: bytes.length - 1 }, (_, k) => k + 1);
}

describe('reading in chunks gives what reading at once gives', () => {
  const lenient = (file: string) => ({ codebook: attendees, file, mode: 'lenient' as const });

  test.each(['attendees-utf8.csv', 'attendees-utf8-bom-crlf.csv', 'attendees-sjis-crlf.csv'])('%s cut anywhere: quoted cells with line breaks, CRLF, multi-byte characters', (name) => {
    const bytes = fixture(name);
    const whole = summary(fromCsv(bytes, lenient(name)));
    expect(whole.rows).toHaveLength(4);
    for (const cuts of cuttings(bytes)) expect(summary(streamed(bytes, cuts, lenient(name))), `cut at ${cuts.slice(0, 3)}`).toEqual(whole);
  });

  test('a record split across chunks, a quoted cell and a doubled quote split across chunks', () => {
    const text = `${guidanceHeader}\r\nC1,E1,大阪,"情報セキュリティ規程の整備",実施,3,達成できた,掲載,"建設業"\r\nC2,E1,"名古屋",情報資産の洗い出しとリスク分析,辞退,0,,,"製造業（その他）"\r\n`;
    const bytes = utf8(text);
    const whole = summary(fromCsv(bytes, { codebook: guidance, file: 'g.csv', mode: 'lenient' }));
    expect(whole.rows.map((r) => (r as Record<string, unknown>)['region'])).toEqual(['osaka', 'nagoya']);
    for (const cuts of cuttings(bytes)) expect(summary(streamed(bytes, cuts, { codebook: guidance, file: 'g.csv', mode: 'lenient' }))).toEqual(whole);
  });

  test('a multi-byte character split across chunks, in UTF-8 and in Shift_JIS', () => {
    const u = fixture('attendees-utf8.csv');
    const s = fixture('attendees-sjis-crlf.csv');
    // Cut inside the first Japanese character of each: a UTF-8 lead byte, a Shift_JIS lead byte.
    const ju = u.findIndex((b) => b >= 0xe0);
    const js = s.findIndex((b) => b >= 0x81);
    expect(summary(streamed(u, [ju + 1], lenient('u'))).rows).toEqual(summary(fromCsv(u, lenient('u'))).rows);
    expect(summary(streamed(s, [js + 1], lenient('s'))).rows).toEqual(summary(fromCsv(u, lenient('u'))).rows);
  });

  test('a BOM is dropped at the start and reported in the middle, chunked or not', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`${guidanceHeader}\n${ok}\n`)]);
    const r = streamed(withBom, [1, 2], { codebook: guidance, file: 'g.csv' });
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.stats.accepted).toBe(1);
    const joined = utf8(`${guidanceHeader}\n${ok}\n\ufeff${guidanceHeader}\n`);
    const whole = summary(fromCsv(joined, { codebook: guidance, file: 'g.csv', mode: 'lenient' }));
    expect(whole.issues[0]).toBe('g.csv:3:: a byte-order mark (U+FEFF) inside the file: were two files concatenated? Remove it or re-export the file');
    for (const cuts of cuttings(joined)) expect(summary(streamed(joined, cuts, { codebook: guidance, file: 'g.csv', mode: 'lenient' }))).toEqual(whole);
  });
});

const guidanceHeader = 'company_id,expert_id,region,theme,status,visits,goal_achieved,best_practice,industry';
const ok = 'C1,E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,建設業';
const row = (k: number) => `C${k},E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,建設業`;

/** A guidance file long enough that the encoding is decided long before its end. */
const longFile = (rows: number) => [guidanceHeader, ...Array.from({ length: rows }, (_, k) => row(k + 1))].join('\n') + '\n';

describe('decode errors late in a file', () => {
  const rows = 3000; // about 250 kB: past the sniffing window
  const chunked = (bytes: Uint8Array) => streamed(bytes, Array.from({ length: Math.floor(bytes.length / 4096) }, (_, k) => (k + 1) * 4096), { codebook: guidance, file: 'g.csv', mode: 'lenient' });

  test('a broken UTF-8 byte is reported with its line, and the file is refused', () => {
    const good = utf8(longFile(rows));
    const line = 2900;
    let offset = 0;
    for (let k = 1; k < line; k++) offset = good.indexOf(0x0a, offset) + 1;
    const bad = new Uint8Array([...good.subarray(0, offset + 3), 0xff, ...good.subarray(offset + 3)]);
    const whole = fromCsv(bad, { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(whole.issues.map((i) => formatIssue(i))).toEqual([
      `g.csv:${line}:: cannot decode: line ${line} is not valid UTF-8 (byte 0xFF) although line 2 is UTF-8: the file mixes encodings or is damaged`,
    ]);
    expect(whole.table.numRows()).toBe(0);
    expect(summary(chunked(bad))).toEqual(summary(whole));
  });

  test('a byte that Shift_JIS cannot decode is reported with its line', () => {
    // The Shift_JIS fixture's one-line rows repeated with new ids past the window, then a stray lead byte.
    const sjis = fixture('attendees-sjis-crlf.csv');
    const lines: Uint8Array[] = [];
    for (let from = 0, i = sjis.indexOf(0x0a); i >= 0; from = i + 1, i = sjis.indexOf(0x0a, i + 1)) lines.push(sjis.subarray(from, i + 1));
    const plain = lines.slice(1).filter((l) => !l.includes(0x22));
    const out: number[] = [...lines[0]!];
    let line = 1;
    for (let id = 1; out.length < 200_000; id++) {
      const l = plain[id % plain.length]!;
      out.push(...utf8(`B${id}`), ...l.subarray(l.indexOf(0x2c)));
      line++;
    }
    const bad = new Uint8Array([...out, ...utf8('Z1,'), 0x82, 0x0a]);
    const options = { codebook: attendees, file: 'a.csv', mode: 'lenient' as const };
    const whole = fromCsv(bad, options);
    expect(whole.issues.map((i) => formatIssue(i))).toEqual([
      `a.csv:${line + 1}:: cannot decode: line ${line + 1} is not valid Shift_JIS (byte 0x82) although the lines before it are: the file mixes encodings or is damaged`,
    ]);
    const cuts = Array.from({ length: Math.floor(bad.length / 4096) }, (_, k) => (k + 1) * 4096 + 1);
    expect(summary(streamed(bad, cuts, options))).toEqual(summary(whole));
    expect(fromCsv(new Uint8Array(out), options).stats).toMatchObject({ accepted: line - 1, rejected: 0 });
  });

  test('a file cut off inside a character says so, however it was chunked', () => {
    const good = utf8(longFile(rows).replace(/\n$/, ''));
    const cut = good.subarray(0, good.length - 1); // drops the last byte of 業
    const whole = fromCsv(cut, { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(formatIssue(whole.issues[0]!)).toMatch(/cut off/);
    expect(whole.issues[0]!.row).toBe(rows + 1);
    expect(summary(chunked(cut))).toEqual(summary(whole));
  });
});

describe('files that are not cut into lines by LF', () => {
  const lenient = { codebook: guidance, file: 'g.csv', mode: 'lenient' as const };
  const chunks = (bytes: Uint8Array, size: number) => Array.from({ length: Math.floor(bytes.length / size) }, (_, k) => (k + 1) * size);

  test('CR line breaks (Excel\'s "CSV (Macintosh)") read as CRLF does, a late decode error at the same line', () => {
    const rows = 3000;
    const crlf = longFile(rows).replace(/\n/g, '\r\n');
    const cr = longFile(rows).replace(/\n/g, '\r');
    const plain = summary(fromCsv(utf8(crlf), lenient));
    expect(summary(streamed(utf8(cr), chunks(utf8(cr), 4096), lenient))).toEqual(plain);
    // One Latin-1 byte on line 2900.
    const bad = (text: string) => {
      const b = utf8(text.replace('C2899,', 'C2899\u0000'));
      b[b.indexOf(0)] = 0xe9;
      return b;
    };
    const expected = 'g.csv:2900:: cannot decode: line 2900 is not valid UTF-8 (byte 0xE9) although line 2 is UTF-8: the file mixes encodings or is damaged';
    for (const text of [crlf, cr]) {
      const r = streamed(bad(text), chunks(bad(text), 4096), lenient);
      expect(r.issues.map((i) => formatIssue(i))).toEqual([expected]);
      expect(r.stats).toMatchObject({ rows, accepted: 0, rejected: rows });
    }
  });

  test('a cell of 3 MB with no comma, digit or line break in it is read whole, however it is chunked', () => {
    const long = '規程'.repeat(1_500_000);
    const cols = attendees.columns.map((c) => c.id);
    const bytes = utf8(`${cols.join(',')}\n${cols.map((c) => (c === 'company_id' ? 'A1' : c === 'comment' ? `"${long}"` : '')).join(',')}\nA2${','.repeat(cols.length - 1)}\n`);
    for (const size of [1024, 4096, 65536, bytes.length]) {
      const r = streamed(bytes, chunks(bytes, size), { codebook: attendees, file: 'a.csv' });
      expect(r.table.array('company_id')).toEqual(['A1', 'A2']);
      expect(r.table.get('comment', 0) === long, `chunks of ${size}`).toBe(true);
    }
    // An issue keeps the start of a long value, not megabytes of it.
    const bad = utf8(`${guidanceHeader}\n${ok.replace('建設業', long)}\n`);
    const r = fromCsv(bad, lenient);
    expect(r.issues[0]!.value).toBe(`${long.slice(0, 199)}…`);
  });

  const put = (out: Uint8Array, n: number, lead: number, trail: number) => {
    out[n] = lead;
    out[n + 1] = trail;
    return n + 2;
  };
  /** Shift_JIS (CP932) of text made of ascii, 規 and 程 (8B 4B, 92 F6). */
  const sjisOf = (text: string) => {
    const out = new Uint8Array(text.length * 2);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) out[n++] = c;
      else if (text[i] === '規') n = put(out, n, 0x8b, 0x4b);
      else if (text[i] === '程') n = put(out, n, 0x92, 0xf6);
      else throw new Error(`no Shift_JIS code here for ${text[i]}`);
    }
    return out.subarray(0, n);
  };
  /**
   * An attendees file whose comment in row 2 (`early`) or after the encoding is decided (past the
   * sniffing window) is `cell`.
   */
  const withLongCell = (cell: string, early: boolean) => {
    const cols = attendees.columns.map((c) => c.id);
    const line = (id: string, comment: string) => cols.map((c) => (c === 'company_id' ? id : c === 'comment' ? comment : '')).join(',');
    const filler = early ? [] : [line('B0', '規程'), ...Array.from({ length: 4000 }, (_, k) => line(`B${k + 1}`, ''))];
    return [cols.join(','), ...filler, line('A1', `"${cell}"`), line('A2', ''), ''].join('\n');
  };
  /** Milliseconds to read `bytes` in chunks of `size`. */
  const timed = (bytes: Uint8Array, size: number) => {
    const t0 = performance.now();
    const r = streamed(bytes, chunks(bytes, size), { codebook: attendees, file: 'a.csv' });
    const ms = performance.now() - t0;
    expect(r.table.array('company_id').at(-1)).toBe('A2');
    return ms;
  };
  /**
   * The fastest of several reads of each, taken in turns so that a busy moment of the machine
   * falls on both: the least disturbed times, and their ratio.
   */
  const ratioOfFastest = (large: Uint8Array, small: Uint8Array, size: number, reps: number) => {
    let l = Infinity;
    let s = Infinity;
    for (let k = 0; k < reps; k++) {
      s = Math.min(s, timed(small, size));
      l = Math.min(l, timed(large, size));
    }
    return l / s;
  };

  const sniffed = 'while the encoding is sniffed';
  test.each([
    ['UTF-8', sniffed],
    ['UTF-8', 'after the encoding is decided'],
    ['Shift_JIS', sniffed],
    ['Shift_JIS', 'after the encoding is decided'],
  ])('a long cell in %s, %s, read in 1 KB chunks: twice the cell takes about twice the time, not four times', (name, where) => {
    const encode = name === 'UTF-8' ? utf8 : sjisOf;
    const early = where === sniffed;
    const cell = '規程'.repeat(250_000);
    const small = encode(withLongCell(cell, early));
    const large = encode(withLongCell(cell + cell, early));
    // Read whole and right, whichever way the encoding was decided (a run this long is sniffed on a window that may end inside a character).
    const r = streamed(large, chunks(large, 1024), { codebook: attendees, file: 'a.csv' });
    expect(r.encoding).toBe(name === 'UTF-8' ? 'utf-8' : 'shift_jis');
    expect(r.table.array('comment').includes(cell + cell)).toBe(true);
    const ratio = ratioOfFastest(large, small, 1024, 7);
    // Linear reading gives about 2; re-reading what is held for every chunk gave 4 and more.
    expect(ratio).toBeLessThan(3.5);
  });

  test('a cell past the reader\'s limit (a quote left open in a huge file) rejects its record; the rows after it are still read', () => {
    const huge = 'x'.repeat(MAX_CELL + 10);
    const text = `${guidanceHeader}\n${ok.replace('建設業', huge)}\n${ok.replace('C1', 'C2')}\n`;
    const r = fromCsv(text, lenient);
    expect(r.issues.map((i) => formatIssue(i))).toEqual([
      `g.csv:2:industry: 業種 is too long; expected at most ${MAX_CELL - 1} characters (a cell this long is a quote left open, or the file is not CSV)`,
    ]);
    expect(r.stats).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
    expect(r.issues[0]!.value).toBe('');
  });
});

describe('a file refused for its encoding still accounts for every record', () => {
  test('each record is rejected for the file\'s error, blank ones counted apart, however the bytes arrive', () => {
    const text = `${guidanceHeader}\r\n${ok}\r\n\r\nC2,E1,大阪,"情報セキュリティ\r\n規程の整備",実施,3,達成できた,掲載,建設業\r\nC3,E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,Café\r\n`;
    // UTF-8 with one Latin-1 byte on the last line (é as 0xE9).
    const bytes = utf8(text.replace('é', '\u0000'));
    bytes[bytes.indexOf(0)] = 0xe9;
    const whole = fromCsv(bytes, { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(whole.issues.map((i) => formatIssue(i))).toEqual([
      'g.csv:3:: blank row skipped',
      'g.csv:5:: cannot decode: line 6 is not valid UTF-8 (byte 0xE9) although line 2 is UTF-8: the file mixes encodings or is damaged (line 6)',
    ].reverse());
    expect(whole.stats).toEqual({ records: 4, rows: 3, accepted: 0, rejected: 3, blank: 1 });
    expect(whole.rejected.map((x) => [x.row, x.line, x.issues[0]!.code])).toEqual([
      [2, 2, 'bad_encoding'],
      [3, 3, 'blank_row'],
      [4, 4, 'bad_encoding'],
      [5, 6, 'bad_encoding'],
    ]);
    for (const cuts of cuttings(bytes)) expect(summary(streamed(bytes, cuts, { codebook: guidance, file: 'g.csv', mode: 'lenient' }))).toEqual(summary(whole));
  });

  test('the line of a byte that does not decode counts blank lines before the header, CR, LF and CRLF alike, however the bytes arrive', () => {
    const text = `\r\n\n\r${guidanceHeader}\r\n${ok}\n"C2",E1,大阪,"情報\r規程",実施,3,達成できた,掲載,建設業\r\nC3,E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,Café\r\n`;
    const bytes = utf8(text.replace('é', '\u0000'));
    bytes[bytes.indexOf(0)] = 0xe9;
    const line = (r: ReadResult) => r.issues.find((i) => i.code === 'bad_encoding')?.expected.match(/line (\d+) is not valid/)?.[1];
    expect(line(fromCsv(bytes, { codebook: guidance, file: 'g.csv', mode: 'lenient' }))).toBe('8');
    for (const cuts of cuttings(bytes)) expect(line(streamed(bytes, cuts, { codebook: guidance, file: 'g.csv', mode: 'lenient' })), `cut at ${cuts.slice(0, 3)}`).toBe('8');
  });

  test('UTF-16 is counted as UTF-16, and strict mode throws the file error alone', () => {
    const text = `${guidanceHeader}\r\n${ok}\r\n${ok.replace('C1', 'C2')}\r\n`;
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const r = fromCsv(bytes, { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(r.stats).toMatchObject({ rows: 2, accepted: 0, rejected: 2 });
    expect(r.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['0:unsupported_encoding']);
    expect(() => fromCsv(bytes, { codebook: guidance, file: 'g.csv' })).toThrow(/^1 validation error:\ng\.csv:0:: unsupported encoding: the file is UTF-16/);
  });
});

describe('the reader', () => {
  test('keeps codes in typed arrays and still reads null and [] for missing answers', () => {
    const r = fromCsv(fixture('attendees-utf8.csv'), { codebook: attendees, file: 'a.csv' });
    expect(r.table.array('motivation')).toEqual(['interest', null, 'customer_request', 'other']);
    expect(r.table.array('desired_support')).toEqual([['education', 'rules'], [], ['incident_response', 'cloud'], []]);
    expect(r.table.column('motivation')).not.toBeInstanceOf(Array);
  });

  test('text and bytes, and text given in pieces, read the same', () => {
    const bytes = fixture('attendees-utf8.csv');
    const text = new TextDecoder().decode(bytes);
    const reader = new CsvReader({ codebook: attendees, file: 'a.csv' });
    for (let i = 0; i < text.length; i += 7) reader.pushText(text.slice(i, i + 7));
    expect(summary(reader.end()).rows).toEqual(summary(fromCsv(bytes, { codebook: attendees, file: 'a.csv' })).rows);
  });

  test('a file of only white space is empty, however it arrives', () => {
    const r = streamed(utf8(' \n\r\n  '), [1, 3], { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(r.issues.map((i) => formatIssue(i))).toEqual(['g.csv:0:: empty file: the file holds only white space']);
  });
});
