import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { fy2024 } from '@smesec/programme';
import { instrumentOf } from '../index.js';
import { SNIFF_BYTES } from '../decode/stream-decoder.js';
import { fromCsv, type ReadResult } from './from-csv.js';
import { formatIssue, messagesEn, messagesJa } from './issues.js';
import { nulExcerpt } from './row-builder.js';
import { streamed } from '../../test/streamed.js';

const guidance = instrumentOf(fy2024, 'guidance');
const experts = instrumentOf(fy2024, 'experts');
const utf8 = (s: string) => new TextEncoder().encode(s);
const sjis = (s: string) => new Uint8Array(iconv.encode(s, 'shift_jis'));
const header = 'company_id,expert_id,region,theme,status,visits,goal_achieved,best_practice,industry';
const ok = (id: string) => `${id},E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,建設業`;
const lenient = { codebook: guidance, file: 'guidance.csv', mode: 'lenient' as const };

/** The bytes read in pieces cut at `cuts`. */
const streamedLenient = (bytes: Uint8Array, cuts: readonly number[]): ReadResult => streamed(bytes, cuts, lenient);

const said = (r: ReadResult, messages = messagesEn) => r.issues.map((i) => formatIssue(i, messages));
const rejected = (r: ReadResult) => r.rejected.map((x) => [x.row, x.issues.map((i) => `${i.code}:${i.column}`).join(' ')]);
/** Every record is accepted or rejected, none dropped. */
const accounted = (r: ReadResult) => expect(r.stats.accepted + r.stats.rejected + r.stats.blank).toBe(r.stats.records);

describe('a NUL byte in a text file is an ordinary located issue', () => {
  test('in a UTF-8 cell: row, column, the value escaped and what was expected, in Japanese and English; the row rejected, the others read', () => {
    const bytes = utf8(`${header}\r\n${ok('C1')}\r\n${ok('C2').replace('建設業', '建設\0業')}\r\n${ok('C3')}\r\n`);
    const r = fromCsv(bytes, lenient);
    expect(said(r, messagesJa)).toEqual([
      'guidance.csv:3:industry: 業種のセル「建設\\u0000業」に NUL バイト（\\u0000 と表示）があります。NUL バイトのない文字列にしてください。ファイルが壊れているか、セルを NUL で埋めるプログラムで書き出されています',
    ]);
    expect(said(r)).toEqual([
      'guidance.csv:3:industry: 業種 "建設\\u0000業" holds a NUL byte (shown as \\u0000); expected text without NUL bytes: the file is damaged, or was written by a program that pads cells with NUL',
    ]);
    expect(r.encoding).toBe('utf-8');
    expect(r.table.array('company_id')).toEqual(['C1', 'C3']);
    expect(rejected(r)).toEqual([[3, 'nul_byte:industry']]);
    expect(r.stats).toEqual({ records: 3, rows: 3, accepted: 2, rejected: 1, blank: 0 });
    // However the bytes arrive.
    for (let k = 1; k < bytes.length; k += 3) expect(said(streamedLenient(bytes, [k]))).toEqual(said(r));
  });

  test('in a Shift_JIS file: the encoding is still Shift_JIS, and the NUL is found in its cell', () => {
    const bytes = sjis(`${header}\r\n${ok('C1').replace('大阪', '大\0阪')}\r\n${ok('C2')}\r\n`);
    const r = fromCsv(bytes, lenient);
    expect(r.encoding).toBe('shift_jis');
    expect(said(r)).toEqual([
      'guidance.csv:2:region: 地域 "大\\u0000阪" holds a NUL byte (shown as \\u0000); expected text without NUL bytes: the file is damaged, or was written by a program that pads cells with NUL',
    ]);
    expect(r.table.array('company_id')).toEqual(['C2']);
    accounted(r);
  });

  test('in a quoted cell across a line break, and in two cells of one row: each named, the row once', () => {
    const row = ok('C2').replace('情報セキュリティ規程の整備', '"情報セキュリティ\r\n規程\0の整備"').replace('建設業', '\0');
    const bytes = utf8(`${header}\r\n${ok('C1')}\r\n${row}\r\n${ok('C3')}\r\n`);
    const r = fromCsv(bytes, lenient);
    expect(said(r)).toEqual([
      'guidance.csv:3:theme: 指導テーマ "情報セキュリティ\\u000d\\u000a規程\\u0000の整備" holds a NUL byte (shown as \\u0000); expected text without NUL bytes: the file is damaged, or was written by a program that pads cells with NUL',
      'guidance.csv:3:industry: 業種 "\\u0000" holds a NUL byte (shown as \\u0000); expected text without NUL bytes: the file is damaged, or was written by a program that pads cells with NUL',
    ]);
    expect(rejected(r)).toEqual([[3, 'nul_byte:theme nul_byte:industry']]);
    // The row after the quoted line break is row 4 at line 5.
    expect(r.rowNumbers).toEqual([2, 4]);
    accounted(r);
    for (let k = 1; k < bytes.length; k += 5) expect(said(streamedLenient(bytes, [k]))).toEqual(said(r));
  });

  test('in a header cell: the file is refused, naming the column the header would be; every row rejected for it, none missing', () => {
    const r = fromCsv(utf8(`${header.replace('theme', 'th\0eme')}\n${ok('C1')}\n${ok('C2')}\n`), lenient);
    expect(said(r, messagesJa)).toEqual([
      'guidance.csv:1:theme: 指導テーマの見出し「th\\u0000eme」に NUL バイト（\\u0000 と表示）があります。NUL バイトのない文字列にしてください。ファイルが壊れているか、セルを NUL で埋めるプログラムで書き出されています',
    ]);
    expect(rejected(r)).toEqual([
      [2, 'nul_byte:theme'],
      [3, 'nul_byte:theme'],
    ]);
    expect(r.stats).toMatchObject({ rows: 2, accepted: 0, rejected: 2 });
  });

  test('at the end of the file, after the last line break or in the last cell: a record of its own, or the last one, rejected', () => {
    const after = fromCsv(utf8(`${header}\n${ok('C1')}\n\0`), lenient);
    expect(said(after)[0]).toMatch(/^guidance\.csv:3:company_id: 企業ID "\\u0000" holds a NUL byte/);
    expect(after.stats).toEqual({ records: 2, rows: 2, accepted: 1, rejected: 1, blank: 0 });
    const last = fromCsv(utf8(`${header}\n${ok('C1')}\n${ok('C2')}\0`), lenient);
    expect(said(last)[0]).toMatch(/^guidance\.csv:3:industry: 業種 "建設業\\u0000" holds a NUL byte/);
    expect(last.table.array('company_id')).toEqual(['C1']);
  });

  test('past the sniffing window (after the encoding is decided), in a run of NULs: located, the run shown once with its length', () => {
    const rows = Array.from({ length: 1200 }, (_, k) => ok(`C${k + 1}`));
    rows[1100] = ok('C1101').replace('建設業', `建設${'\0'.repeat(300)}業`);
    const bytes = utf8(`${header}\n${rows.join('\n')}\n`);
    expect(bytes.indexOf(0)).toBeGreaterThan(SNIFF_BYTES);
    const r = fromCsv(bytes, lenient);
    expect(said(r)).toEqual([
      'guidance.csv:1102:industry: 業種 "建設[\\u0000×300]業" holds a NUL byte (shown as \\u0000); expected text without NUL bytes: the file is damaged, or was written by a program that pads cells with NUL',
    ]);
    expect(r.stats).toMatchObject({ rows: 1200, accepted: 1199, rejected: 1 });
    expect(said(streamedLenient(bytes, Array.from({ length: 200 }, (_, k) => (k + 1) * 997)))).toEqual(said(r));
  });

  test('one NUL at the end of every row, all at even offsets: still stray NULs, each row located, not UTF-16', () => {
    // Rows of even length, each ending in a NUL: the NULs fall on one parity, as UTF-16's do, but no comma is beside one.
    const row = (k: number, width: number) => `${ok(`C${String(k + 1).padStart(width, '0')}`)}\0`;
    const width = utf8(`${row(0, 2)}\n`).length % 2 === 0 ? 2 : 3;
    const rows = Array.from({ length: 30 }, (_, k) => row(k, width));
    const bytes = utf8(`${header}\n${rows.join('\n')}\n`);
    const offsets = [...bytes.keys()].filter((i) => bytes[i] === 0);
    expect(new Set(offsets.map((i) => i % 2)).size).toBe(1);
    const r = fromCsv(bytes, lenient);
    expect(r.issues.map((i) => `${i.row}:${i.column}:${i.code}`)).toEqual(rows.map((_, k) => `${k + 2}:industry:nul_byte`));
    expect(r.stats).toMatchObject({ rows: 30, accepted: 0, rejected: 30 });
  });

  test('in a personal column the value is withheld; in a column the codebook does not have, the row is read', () => {
    const cols = experts.columns.filter((c) => c.required || c.type === 'id' || c.personal).map((c) => c.id);
    const line = (id: string, name: string) => cols.map((c) => (c === 'respondent_id' ? id : c === 'name' ? name : '')).join(',');
    const r = fromCsv(utf8(`${cols.join(',')}\n${line('E1', '見本\0太郎')}\n`), { codebook: experts, file: 'experts.csv', mode: 'lenient' });
    const nul = r.issues.find((i) => i.code === 'nul_byte')!;
    expect([nul.row, nul.column, nul.value]).toEqual([2, 'name', '(personal data withheld)']);
    expect(formatIssue(nul, messagesJa)).toContain('のセル（個人情報のため表示しません）に NUL バイト');
    expect(JSON.stringify(r.issues)).not.toContain('見本');

    const extra = fromCsv(utf8(`${header},memo\n${ok('C1')},a\0b\n`), lenient);
    expect(extra.issues.map((i) => i.code)).toEqual(['unknown_column']);
    expect(extra.table.array('company_id')).toEqual(['C1']);
  });

  test('the excerpt of a long cell is short: a few characters either side of the first NUL', () => {
    const cell = `${'あ'.repeat(1_000_000)}\0${'い'.repeat(1_000_000)}`;
    expect(nulExcerpt(cell)).toBe(`…${'あ'.repeat(12)}\\u0000${'い'.repeat(12)}…`);
    expect(nulExcerpt(`x\u0007\0`)).toBe('x\\u0007\\u0000');
  });
});

describe('NUL bytes in a file that is not a CSV give one error for the file', () => {
  const refused = (bytes: Uint8Array) => {
    const r = fromCsv(bytes, lenient);
    expect(r.issues.filter((i) => i.severity === 'error')).toHaveLength(1);
    expect(r.stats.accepted).toBe(0);
    accounted(r);
    return said(r, messagesJa)[0];
  };

  test('UTF-16 without a byte-order mark: named as such', () => {
    expect(refused(new Uint8Array(Buffer.from(`${header}\r\n${ok('C1')}\r\n`, 'utf16le')))).toBe(
      'guidance.csv:1:: 対応していない文字コードです: バイト順マークのない UTF-16 のファイルです（1バイトおきに NUL バイトがあります）。「CSV UTF-8」で保存し直してください',
    );
    expect(refused(new Uint8Array(Buffer.from('id,x\n', 'utf16le')))).toMatch(/バイト順マークのない UTF-16/);
    // Japanese text in UTF-16 has few NULs (a kanji has none), but its commas and line breaks do.
    const japanese = `${header}\r\n${Array.from({ length: 40 }, (_, k) => ok(`C${k + 1}`)).join('\r\n')}\r\n`;
    expect(refused(new Uint8Array(Buffer.from(japanese, 'utf16le')))).toMatch(/バイト順マークのない UTF-16/);
    expect(refused(new Uint8Array(Buffer.from(japanese, 'utf16le').swap16()))).toMatch(/バイト順マークのない UTF-16/);
  });

  test('an Excel workbook, an old .xls and a PDF saved as .csv: named for what they are, at row 0', () => {
    // The first bytes of each format, then binary data (a zip's compressed entries, a PDF's streams).
    const noise = Uint8Array.from({ length: 20_000 }, (_, k) => (k * 7919 + (k >> 3)) & 0xff);
    const file = (start: number[]) => new Uint8Array([...start, ...noise]);
    expect(refused(file([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBe(
      'guidance.csv:0:: 対応していない文字コードです: テキストではなく、zip 形式のファイル（Excel ブック .xlsx など）です。「CSV UTF-8」で保存した CSV か、拡張子 .xlsx のままのブックを渡してください',
    );
    expect(refused(file([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/^guidance\.csv:0:: .*Excel 97-2003 ブック（\.xls）/);
    // Nothing in them is a record.
    expect(fromCsv(file([0x50, 0x4b, 0x03, 0x04]), lenient).stats.records).toBe(0);
    expect(refused(file([...utf8('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]))).toMatch(/^guidance\.csv:0:: .*PDF 文書/);
  });

  test('a file of NUL bytes only: one error at row 0, no header to complain about', () => {
    expect(refused(new Uint8Array(100_000))).toBe(
      'guidance.csv:0:: 対応していない文字コードです: テキストではなく、NUL バイトだけのファイル（コピーか保存が途中で終わっていませんか）です。「CSV UTF-8」で保存した CSV か、拡張子 .xlsx のままのブックを渡してください',
    );
  });

  test('other binary data (NULs among control bytes) is one error however many NULs it holds, streamed or not', () => {
    const bytes = new Uint8Array([...utf8(`${header}\n${ok('C1')}\n`), ...Array.from({ length: 100_000 }, (_, k) => (k % 5 === 0 ? 0 : k % 31))]);
    expect(refused(bytes)).toMatch(/^guidance\.csv:3:: 対応していない文字コードです: テキストではなく、バイナリデータ（NUL バイトと制御バイトを含みます）です/);
    // The row before the binary data and the record where it starts are rejected; what follows holds no records.
    expect(fromCsv(bytes, lenient).stats).toEqual({ records: 2, rows: 2, accepted: 0, rejected: 2, blank: 0 });
    expect(said(streamedLenient(bytes, [100, 5000, 70_000]))).toEqual(said(fromCsv(bytes, lenient)));
  });
});
