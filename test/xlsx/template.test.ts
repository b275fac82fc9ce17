import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkReferences, codebookSetFromJson, isError, PREFECTURES, type Codebook, type ReadResult } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadXlsx, LISTS_SHEET } from '@smesec/survey/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTemplateArgs, runTemplate, UsageError } from '../../pipelines/template/run-template.js';
import { csvRows, typedCell } from './csv-to-xlsx.js';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'xlsx-template-'));
const out = join(tmp, 'templates');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let written: string[];
beforeAll(async () => {
  written = await runTemplate({ out, rows: 600, help: false });
});

async function open(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

/** The drop-down entries of a list validation: written into it, or a range of the hidden sheet. */
function listOf(wb: ExcelJS.Workbook, v: ExcelJS.DataValidation): string[] {
  const f = String(v.formulae[0]);
  if (f.startsWith('"')) return f.slice(1, -1).split(',');
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(f)!;
  const ws = wb.getWorksheet(m[1]!)!;
  return Array.from({ length: Number(m[5]) - Number(m[3]) + 1 }, (_, i) => String(ws.getCell(`${m[2]}${Number(m[3]) + i}`).value));
}

describe('pnpm template', () => {
  it('writes one workbook per instrument, named as pnpm report reads them', () => {
    expect(written).toEqual(['experts.xlsx', 'attendees.xlsx', 'consultations.xlsx', 'guidance.xlsx']);
  });

  it('lays out every column: Japanese header, question as input message and comment, lists, ranges', async () => {
    for (const cb of fy2024.instruments) {
      const wb = await open(join(out, `${cb.id}.xlsx`));
      const ws = wb.worksheets.find((w) => w.state !== 'hidden')!;
      expect(ws.name).toBe(cb.label.slice(0, 31));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const dv = validations(ws);
      cb.columns.forEach((col, k) => {
        const head = ws.getRow(1).getCell(k + 1);
        expect(head.value).toBe(col.label);
        const note = head.note as string | { texts: { text: string }[] };
        expect(typeof note === 'string' ? note : note.texts.map((t) => t.text).join('')).toContain(col.label);
        const v = dv[`${head.address.replace(/\d+$/, '')}2`];
        expect(v, `${cb.id}.${col.id}`).toBeDefined();
        expect(v!.showInputMessage).toBe(true);
        expect(col.label.startsWith(v!.promptTitle!.replace(/…$/, ''))).toBe(true);
        if (col.type === 'single') expect(listOf(wb, v!)).toEqual(col.options.map((o) => o.label));
        if (col.type === 'prefecture') expect(listOf(wb, v!)).toEqual(PREFECTURES.map((p) => p.name));
        if (col.type === 'multi') expect(v!.prompt).toContain(`「${cb.separators[0]}」で区切って`);
        if (col.type === 'integer' || col.type === 'scale') {
          expect(v!.type).toBe('whole');
          if (col.min !== undefined && col.max !== undefined) expect(v!.formulae).toEqual([col.min, col.max]);
        }
      });
      // A hidden sheet holds only lists too long for the validation itself.
      const lists = wb.getWorksheet(LISTS_SHEET);
      if (lists) expect(lists.state).toBe('hidden');
    }
  });

  it('puts a long single-choice list on the hidden sheet, and reads a codebook.json from --data', async () => {
    const data = join(tmp, 'data');
    const options = Array.from({ length: 40 }, (_, i) => ({ code: `o${i}`, label: `とても長い選択肢の名前その${i}` }));
    const set = { id: 'x', label: 'テスト', instruments: [{ id: 'offices', label: '事業所/支店:一覧', columns: [{ id: 'office_id', label: '事業所ID', type: 'id' }, { id: 'kind', label: '種別', type: 'single', options }, { id: 'opened', label: '開設日', type: 'date' }] }] };
    rmSync(data, { recursive: true, force: true });
    mkdirSync(data);
    writeFileSync(join(data, 'codebook.json'), JSON.stringify(set));
    const files = await runTemplate({ out: join(tmp, 'custom'), data, rows: 10, help: false });
    expect(files).toEqual(['offices.xlsx']);
    const wb = await open(join(tmp, 'custom/offices.xlsx'));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('事業所・支店・一覧');
    const v = validations(ws)['B2']!;
    expect(String(v.formulae[0])).toBe(`'${LISTS_SHEET}'!$A$1:$A$40`);
    expect(listOf(wb, v)).toEqual(options.map((o) => o.label));
    expect(wb.getWorksheet(LISTS_SHEET)!.state).toBe('hidden');
    // Filled in Excel's way (a date typed into the column is a date cell) and read back.
    ws.getRow(2).values = ['O1', options[39]!.label, new Date(Date.UTC(2025, 3, 1))];
    await wb.xlsx.writeFile(join(tmp, 'custom/offices.xlsx'));
    const cb = codebookSetFromJson(JSON.stringify(set)).instruments[0]!;
    const r = await loadXlsx(join(tmp, 'custom/offices.xlsx'), { codebook: cb });
    expect(r.table.objects()).toEqual([{ office_id: 'O1', kind: 'o39', opened: '2025-04-01' }]);
  });

  it('the FY2024 data typed into the templates read with no error', async () => {
    const results = new Map<string, ReadResult>();
    for (const cb of fy2024.instruments) {
      const path = join(out, `${cb.id}.xlsx`);
      const wb = await open(path);
      const ws = wb.worksheets.find((w) => w.state !== 'hidden')!;
      const [header, ...rows] = csvRows(join(root, 'data/fy2024', `${cb.id}.csv`));
      // The CSV's columns put where the template has them (by id), each answer typed as Excel types it.
      const at = cb.columns.map((c) => header!.indexOf(c.id));
      const dv = validations(ws);
      rows.forEach((r, i) => {
        const row = ws.getRow(i + 2);
        cb.columns.forEach((col: Codebook['columns'][number], k) => {
          const text = at[k]! >= 0 ? r[at[k]!]! : '';
          const { value } = typedCell(text);
          row.getCell(k + 1).value = value;
          // What the drop-down offers covers every answer given.
          const v = dv[`${row.getCell(k + 1).address.replace(/\d+$/, '')}2`];
          if (text !== '' && v?.type === 'list') expect(listOf(wb, v), `${cb.id}.${col.id}`).toContain(text);
          if (text !== '' && v?.type === 'whole' && v.operator === 'between') {
            expect(Number(text)).toBeGreaterThanOrEqual(Number(v.formulae[0]));
            expect(Number(text)).toBeLessThanOrEqual(Number(v.formulae[1]));
          }
        });
      });
      expect(rows.length).toBeLessThanOrEqual(600);
      await wb.xlsx.writeFile(path);
      results.set(cb.id, await loadXlsx(path, { codebook: cb, mode: 'lenient' }));
    }
    const checked = checkReferences(results, { mode: 'lenient' });
    const errors = [...checked.values()].flatMap((r) => r.issues.filter(isError));
    expect(errors).toEqual([]);
    expect([...checked.values()].map((r) => r.stats.accepted)).toEqual(fy2024.instruments.map((cb) => csvRows(join(root, 'data/fy2024', `${cb.id}.csv`)).length - 1));
  });

  it('refuses wrong usage with exit status 2', () => {
    expect(() => parseTemplateArgs([])).toThrow(UsageError);
    expect(() => parseTemplateArgs(['--out', 'x', '--rows', '0'])).toThrow(/--rows/);
    expect(() => parseTemplateArgs(['--out', 'x', 'extra'])).toThrow(UsageError);
    expect(parseTemplateArgs(['--out', 'x'])).toEqual({ out: 'x', rows: 2000, help: false });
  });
});
