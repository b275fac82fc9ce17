import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { codebookSetFromJson } from '../codebook/from-json.js';
import { formatIssue } from '../read/issues.js';
import { checkReferences } from '../read/check-references.js';
import { loadWorkbook, loadXlsx } from './load-xlsx.js';
import { cellText, numberText } from '../xlsx/cell-text.js';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const set = codebookSetFromJson(
  JSON.stringify({
    id: 't',
    label: 'テスト',
    instruments: [
      {
        id: 'offices',
        label: '事業所',
        columns: [
          { id: 'office_id', label: '事業所ID', type: 'id', unique: true },
          { id: 'city_code', label: '市区町村コード', type: 'text' },
          { id: 'opened', label: '開設日', type: 'date' },
          { id: 'staff', label: '職員数', type: 'integer', min: 0, max: 500 },
          { id: 'kind', label: '種別', type: 'single', options: [{ code: 'a', label: '本店' }, { code: 'b', label: '支店' }] },
        ],
      },
      {
        id: 'visits',
        label: '訪問',
        columns: [
          { id: 'office_id', label: '事業所ID', type: 'id', references: { instrument: 'offices', column: 'office_id' } },
          { id: 'times', label: '回数', type: 'integer', min: 0, max: 9 },
        ],
      },
    ],
  }),
);
const offices = set.instruments[0]!;

async function book(path: string, sheets: [string, (ws: ExcelJS.Worksheet) => void][]) {
  const wb = new ExcelJS.Workbook();
  for (const [name, fill] of sheets) fill(wb.addWorksheet(name));
  await wb.xlsx.writeFile(path);
}

function officeSheet(ws: ExcelJS.Worksheet) {
  ws.addRow(['事業所ID', '市区町村コード', '開設日', '職員数', '種別']);
  ws.addRow(['O1', 1100, new Date(Date.UTC(2024, 3, 1)), 12, '本店']);
  ws.getCell('B2').numFmt = '00000';
  ws.addRow(['O2', '13101', new Date(Date.UTC(2023, 11, 31)), 600, '支社']);
  ws.addRow([' ']);
  ws.addRow(['O3', { richText: [{ text: '27' }, { text: '100' }] }, '2024/5/6', { formula: '2+3', result: 5 }, '支店']);
}

describe('cell text', () => {
  it('shows numbers as their format does', () => {
    expect(numberText(1100, '00000')).toBe('01100');
    expect(numberText(7, '00')).toBe('07');
    expect(numberText(3.14159, '0.0')).toBe('3.1');
    expect(numberText(1234.5, '#,##0.00')).toBe('1234.50');
    expect(numberText(0.1 + 0.2, 'General')).toBe('0.3');
    expect(numberText(2.5, '0.0#')).toBe('2.5');
    expect(numberText(-3, '000')).toBe('-003');
    expect(numberText(0.5, '#.0')).toBe('.5');
  });
  it('reads dates, formula results and rich text as text', () => {
    expect(cellText(new Date(Date.UTC(2024, 0, 2)))).toBe('2024-01-02');
    expect(cellText(new Date(Date.UTC(2024, 0, 2, 9, 30)))).toBe('2024-01-02 09:30:00');
    expect(cellText({ formula: 'DATE(2024,1,2)', result: 45293 }, 'yyyy/m/d')).toBe('2024-01-02');
    expect(cellText({ formula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('loadXlsx', () => {
  it('validates a sheet as a CSV, locating issues as file:sheet!row:column with Excel row numbers', async () => {
    const path = join(dir, 'offices.xlsx');
    await book(path, [['回答', officeSheet]]);
    const r = await loadXlsx(path, { codebook: offices, mode: 'lenient' });
    expect(r.encoding).toBe('xlsx');
    expect(r.sheet).toBe('回答');
    expect(r.table.objects()).toEqual([
      { office_id: 'O1', city_code: '01100', opened: '2024-04-01', staff: 12, kind: 'a' },
      { office_id: 'O3', city_code: '27100', opened: '2024-05-06', staff: 5, kind: 'b' },
    ]);
    expect(r.rowNumbers).toEqual([2, 5]);
    const errors = r.issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i));
    expect(errors).toEqual([expect.stringMatching(/^offices\.xlsx:回答!3:staff: "600" is out of range/), expect.stringMatching(/^offices\.xlsx:回答!3:kind: unknown option "支社"/)]);
    expect(r.stats).toMatchObject({ records: 4, rows: 3, accepted: 2, rejected: 1, blank: 1 });
  });

  it('prefers the sheet named after the instrument over the first, and refuses a sheet that is not there', async () => {
    const path = join(dir, 'two.xlsx');
    await book(path, [
      ['メモ', (ws) => ws.addRow(['何か'])],
      ['事業所', officeSheet],
    ]);
    const r = await loadXlsx(path, { codebook: offices, mode: 'lenient' });
    expect(r.sheet).toBe('事業所');
    expect(r.stats.accepted).toBe(2);
    const none = await loadXlsx(path, { codebook: offices, sheet: 'offices', mode: 'lenient' });
    expect(none.stats.accepted).toBe(0);
    expect(formatIssue(none.issues[0]!)).toContain('a sheet named offices');
    await expect(loadXlsx(path, { codebook: offices })).rejects.toThrow(/validation errors/);
  });

  it('keeps Japanese text whole where the unzipped XML is cut into chunks (2,000 rows of kanji)', async () => {
    const path = join(dir, 'kanji.xlsx');
    // The strings' XML reaches the parser in 16 KB pieces, cut wherever the bytes fall.
    const name = (i: number) => `事業所${'情報資産の洗い出し'.slice(0, 1 + (i % 9))}${i}`;
    await book(path, [
      [
        '事業所',
        (ws) => {
          ws.addRow(['事業所ID', '市区町村コード', '開設日', '職員数', '種別']);
          for (let i = 0; i < 2000; i++) ws.addRow([name(i), `東京都千代田区${i}`, '2024-04-01', 1, '支店']);
        },
      ],
    ]);
    const r = await loadXlsx(path, { codebook: offices });
    expect(r.table.numRows()).toBe(2000);
    const ids = r.table.array('office_id') as string[];
    ids.forEach((id, i) => expect(id).toBe(name(i)));
    expect((r.table.array('city_code') as string[]).some((c) => c.includes('\ufffd'))).toBe(false);
  });

  it('refuses a file that is not a workbook with a file-level error, and throws for a file that is not there', async () => {
    const path = join(dir, 'csv-renamed.xlsx');
    writeFileSync(path, '事業所ID,種別\nO1,本店\n');
    const r = await loadXlsx(path, { codebook: offices, mode: 'lenient' });
    expect(r.stats.accepted).toBe(0);
    expect(r.issues.map((i) => formatIssue(i))).toEqual([expect.stringMatching(/^csv-renamed\.xlsx:0:: cannot decode: the file is not an Excel workbook \(\.xlsx\): /)]);
    const { results } = await loadWorkbook(path, { codebooks: set, mode: 'lenient' });
    expect([...results.values()].map((x) => x.issues[0]!.code)).toEqual(['bad_encoding', 'bad_encoding']);
    await expect(loadXlsx(join(dir, 'absent.xlsx'), { codebook: offices })).rejects.toThrow(/ENOENT/);
  });

  it('reads a workbook with a sheet per instrument, named by id or Japanese label', async () => {
    const path = join(dir, 'all.xlsx');
    await book(path, [
      ['事業所', officeSheet],
      ['visits', (ws) => [['事業所ID', '回数'], ['O1', 2], ['O2', 1]].forEach((r) => ws.addRow(r))],
      ['集計', (ws) => ws.addRow(['x'])],
    ]);
    const { results, otherSheets } = await loadWorkbook(path, { codebooks: set, mode: 'lenient' });
    expect([...results.keys()]).toEqual(['offices', 'visits']);
    expect(otherSheets).toEqual(['集計']);
    expect(results.get('visits')!.table.numRows()).toBe(2);
    // O2 is a rejected office: the cross-file check names the visit's sheet and row.
    const checked = checkReferences(results, { mode: 'lenient' });
    expect(checked.get('visits')!.issues.map((i) => formatIssue(i))).toEqual([expect.stringMatching(/^all\.xlsx:visits!3:office_id: "O2" in 事業所ID refers to all\.xlsx row 3, which was itself rejected/)]);
  });
});
