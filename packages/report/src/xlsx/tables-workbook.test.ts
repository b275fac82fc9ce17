import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { ReportFigure } from '../model/types.js';
import { sheetNames } from '@smesec/survey/node';
import { captionN, displayWidth, tablesWorkbook } from './tables-workbook.js';

const figure = (id: string, title: string, rows: Record<string, string | number | null>[]): ReportFigure => ({
  id,
  title,
  caption: 'n=1,234（有効回答者）・無回答 3',
  source: 'テスト調査（令和6年度）',
  chart: { kind: 'bar', items: [], sort: 'none', multi: false },
  table: {
    id,
    title,
    columns: [
      { key: 'label', header: '選択肢', kind: 'text' },
      { key: 'count', header: '人数', kind: 'count' },
      { key: 'pct', header: '割合（%）', kind: 'pct' },
    ],
    rows,
  },
});

describe('sheet names', () => {
  it('are at most 31 characters, unique, free of forbidden characters and never History', () => {
    const long = 'あ'.repeat(40);
    const names = sheetNames([long, long, 'A/B: [C]*?\\', 'history', "'引用'", '']);
    expect(names).toEqual(['あ'.repeat(31), `${'あ'.repeat(28)}（2）`, 'A・B・ ・C・・・・', 'history（2）', '引用', '表']);
    for (const n of names) expect([...n].length).toBeLessThanOrEqual(31);
  });
  it('count East Asian wide characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('割合（%）')).toBe(9);
    expect(displayWidth('ｶﾀｶﾅ')).toBe(4);
    expect(captionN('n=1,234（有効回答者）')).toBe(1234);
    expect(captionN('基数なし')).toBeUndefined();
  });
});

describe('tablesWorkbook', () => {
  it('writes values only: text that looks like a formula stays text, numbers are typed and formatted', async () => {
    const bytes = await tablesWorkbook([
      figure('q1', '業種', [
        { label: '=HYPERLINK("http://x","y")', count: 12, pct: 33.333 },
        { label: '+81 電話', count: 0, pct: null },
        { label: '@メンション', count: 3, pct: Number.NaN },
        { label: '-1', count: 7, pct: 66.7 },
      ]),
      figure('q2', '業種', [{ label: 'とても長い選択肢の名前で列幅が広がる', count: 1, pct: 100 }]),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['業種', '業種（2）']);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('業種');
    expect(ws.getCell('B2').value).toBe('n=1,234（有効回答者）・無回答 3');
    expect(ws.getCell('B3').value).toBe(1234);
    expect(ws.getCell('B4').value).toBe('テスト調査（令和6年度）');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(ws.getCell('A6').font?.bold).toBe(true);
    expect(ws.getCell('A7').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('A7').type).toBe(ExcelJS.ValueType.String);
    for (const a of ['A8', 'A9', 'A10']) expect(ws.getCell(a).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B7').value).toBe(12);
    expect(ws.getCell('B7').numFmt).toBe('0');
    expect(ws.getCell('C7').value).toBe(33.333);
    expect(ws.getCell('C7').numFmt).toBe('0.0');
    expect(ws.getCell('C8').value).toBeNull();
    expect(ws.getCell('C9').value).toBeNull();
    // Widths fit the widest cell of each column, wide characters counting two.
    expect(ws.getColumn(1).width).toBe(displayWidth('=HYPERLINK("http://x","y")') + 2);
    expect(wb.worksheets[1]!.getColumn(1).width).toBe(displayWidth('とても長い選択肢の名前で列幅が広がる') + 2);
    expect(ws.getColumn(3).width).toBe(displayWidth('割合（%）') + 2);
  });

  it('gives the same bytes for the same tables, however far apart they are written', async () => {
    const f = [figure('q1', '業種', [{ label: 'a', count: 1, pct: 50 }])];
    // Only Date is faked: the zip writer stamps each entry with the clock, in two-second steps.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-04-01T09:00:00Z'));
      const first = Buffer.from(await tablesWorkbook(f));
      vi.setSystemTime(new Date('2027-04-01T09:00:07Z'));
      const second = Buffer.from(await tablesWorkbook(f));
      expect(first.equals(second)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
