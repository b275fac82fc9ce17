import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../pipelines/annual-report/run-report.js';
import { csvRows, writeWorkbook } from './csv-to-xlsx.js';

const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'data/fy2024');
const tmp = mkdtempSync(join(tmpdir(), 'xlsx-report-'));
const books = join(tmp, 'data');
const run = (data: string, out: string) => runReport({ data, out, activity: join(root, 'data/program-activity'), quiet: true, help: false });

beforeAll(async () => {
  mkdirSync(books);
  // Everything but the four instruments' CSV files (the published 指導事例集 stays a CSV file).
  for (const f of readdirSync(src)) if (!f.endsWith('.csv') || f === 'best-practices.csv') copyFileSync(join(src, f), join(books, f));
  // Both ways a workbook is named: experts and attendees each in their own workbook, the other
  // two as sheets named by their Japanese labels in one workbook.
  await writeWorkbook(join(books, 'experts.xlsx'), [{ name: 'Sheet1', rows: csvRows(join(src, 'experts.csv')) }]);
  await writeWorkbook(join(books, 'attendees.xlsx'), [{ name: '回答', rows: csvRows(join(src, 'attendees.csv')) }]);
  await writeWorkbook(join(books, '相談と指導.xlsx'), [
    { name: instrumentOf(fy2024, 'consultations').label, rows: csvRows(join(src, 'consultations.csv')) },
    { name: instrumentOf(fy2024, 'guidance').label, rows: csvRows(join(src, 'guidance.csv')) },
    { name: 'メモ', rows: [['read by nobody']] },
  ]);
  expect((await run(src, join(tmp, 'csv'))).status).toBe(0);
}, 240_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A CSV cell as the workbook holds it: the CSV's formula guard (a leading apostrophe) is CSV-only. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe('Excel workbooks in and out', () => {
  it('the FY2024 data as workbooks give the same figures.json as the CSV folder', async () => {
    const r = await run(books, join(tmp, 'xlsx'));
    expect(r.status).toBe(0);
    expect([...r.results!.values()].map((x) => [x.file, x.sheet, x.encoding])).toEqual([
      ['experts.xlsx', 'Sheet1', 'xlsx'],
      ['attendees.xlsx', '回答', 'xlsx'],
      ['相談と指導.xlsx', instrumentOf(fy2024, 'consultations').label, 'xlsx'],
      ['相談と指導.xlsx', instrumentOf(fy2024, 'guidance').label, 'xlsx'],
    ]);
    const csv = readFileSync(join(tmp, 'csv/figures.json'), 'utf8');
    expect(Object.keys(JSON.parse(csv)).length).toBeGreaterThan(1000);
    expect(readFileSync(join(tmp, 'xlsx/figures.json'), 'utf8')).toBe(csv);
  }, 240_000);

  it('tables.xlsx holds every table of tables/*.csv, numbers as number cells, under a frozen header', async () => {
    const out = join(tmp, 'csv');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tables.xlsx'));
    const csvs = readdirSync(join(out, 'tables')).sort();
    expect(wb.worksheets.length).toBe(csvs.length);
    const names = wb.worksheets.map((w) => w.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    // Each CSV is matched with the sheet whose header and rows it holds, cell by cell.
    const sheets = wb.worksheets.map((ws) => {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
      expect(ws.getCell('A2').value).toBe('基数');
      expect(ws.getCell('A4').value).toBe('出典');
      const rows: (string | number | null)[][] = [];
      ws.eachRow((row, i) => {
        if (i < 6) return;
        rows.push(Array.from({ length: ws.getRow(6).cellCount }, (_, k) => row.getCell(k + 1).value as string | number | null));
      });
      return { ws, rows };
    });
    let numbers = 0;
    for (const f of csvs) {
      const csv = csvRows(join(out, 'tables', f));
      const match = sheets.find((s) => s.rows.length === csv.length && s.rows[0]!.join('\t') === csv[0]!.join('\t') && s.rows.every((r, i) => r.map((v) => (v === null ? '' : String(v))).join('\t') === csv[i]!.map(unguard).join('\t')));
      expect(match, f).toBeDefined();
      const head = match!.ws.getRow(6).getCell(1);
      expect(head.font?.bold).toBe(true);
      // A column holds numbers or text, never both: codes such as 都道府県コード 01 stay text,
      // counts and shares are number cells (shares shown to one decimal).
      const body = match!.rows.slice(1);
      for (let k = 0; k < csv[0]!.length; k++) {
        const kinds = new Set(body.map((r) => r[k]).filter((v) => v !== null).map((v) => typeof v));
        expect(kinds.size, `${f} column ${csv[0]![k]}`).toBeLessThanOrEqual(1);
        if (!kinds.has('number')) continue;
        numbers += body.length;
        const fmts = new Set(body.flatMap((r, i) => (r[k] === null ? [] : [match!.ws.getRow(7 + i).getCell(k + 1).numFmt])));
        // Integer-formatted cells (counts) hold whole numbers.
        if (fmts.has('0')) for (const r of body) if (r[k] !== null) expect(Number.isInteger(r[k])).toBe(true);
        if (/（%）/.test(csv[0]![k]!)) expect([...fmts], `${f} column ${csv[0]![k]}`).toEqual(['0.0']);
      }
    }
    expect(numbers).toBeGreaterThan(500);
    // No cell of the workbook is a formula.
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
    expect(statSync(join(out, 'tables.xlsx')).size).toBeGreaterThan(10_000);
  });
});
