/**
 * The dashboard's tables as one Excel workbook (`tables.xlsx`), the 集計表 analysts hand on: one
 * sheet per table, headed by the figure's title, base, n and source, then a frozen header row and
 * the numbers as number cells. Every cell is a value: text that starts like a formula stays text.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import { excel, fixZipTimes, sheetNames } from '@smesec/survey/node';
import type { ReportFigure, TableColumn } from '../model/types.js';
import { signedPoints } from '../model/format.js';

/** Rows above the table: title, base, n, source, a blank row. */
const HEAD_ROWS = 5;
/** Column width limits, in characters of the default font. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Display width of a text: East Asian wide and fullwidth characters count 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += eastAsianWidth(ch.codePointAt(0)!);
  return w;
}

/** The number of respondents a caption states (`n=218（有効回答者）…`), or undefined. */
export function captionN(caption: string): number | undefined {
  const m = /n\s*=\s*([\d,]+)/.exec(caption);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

const NUM_FMT: Record<TableColumn['kind'], string | undefined> = { text: undefined, count: '0', pct: '0.0', points: '+0.0;-0.0;0.0', number: undefined };

/** A table cell as written: numbers as numbers (NaN and infinities left empty), the rest as text. */
function cellValue(v: string | number | null | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}

/** The text a cell shows, for its column's width. */
function shown(v: string | number | null, kind: TableColumn['kind']): string {
  if (v === null) return '';
  if (typeof v === 'number' && kind === 'pct') return v.toFixed(1);
  if (typeof v === 'number' && kind === 'points') return signedPoints(v);
  return String(v);
}

export interface TablesWorkbookOptions {
  /** The workbook's creator shown in its properties. */
  creator?: string;
}

/** What a sheet is made of: a table with the title, base (caption) and source of its figure. */
export type TableSheet = Pick<ReportFigure, 'title' | 'caption' | 'source' | 'table'>;

/** One sheet per figure's table, in the order given; figures sharing a table id are written once. */
export async function tablesWorkbook(figures: readonly TableSheet[], { creator = 'smesec' }: TablesWorkbookOptions = {}): Promise<Uint8Array> {
  const seen = new Set<string>();
  const unique = figures.filter((f) => !seen.has(f.table.id) && seen.add(f.table.id));
  const names = sheetNames(unique.map((f) => f.title || f.table.title));
  // Loaded on first use, once the report is valid, like the chart renderers.
  const wb = new (await excel()).Workbook();
  wb.creator = creator;
  // A fixed date keeps the workbook's bytes the same for the same report.
  wb.created = wb.modified = new Date(0);
  unique.forEach((f, i) => {
    const t = f.table;
    const header = HEAD_ROWS + 1;
    const ws = wb.addWorksheet(names[i]!, { views: [{ state: 'frozen', ySplit: header, xSplit: 0 }] });
    ws.getCell(1, 1).value = f.title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(2, 1).value = '基数';
    ws.getCell(2, 2).value = f.caption;
    ws.getCell(3, 1).value = 'n';
    const n = captionN(f.caption);
    if (n !== undefined) {
      ws.getCell(3, 2).value = n;
      ws.getCell(3, 2).numFmt = '0';
      ws.getCell(3, 2).alignment = { horizontal: 'left' };
    }
    ws.getCell(4, 1).value = '出典';
    ws.getCell(4, 2).value = f.source;
    const widths = t.columns.map((c) => displayWidth(c.header));
    const headRow = ws.getRow(header);
    t.columns.forEach((c, k) => {
      const cell = headRow.getCell(k + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      cell.border = { bottom: { style: 'thin' } };
      cell.alignment = { vertical: 'middle', wrapText: false, horizontal: c.kind === 'text' ? 'left' : 'center' };
    });
    t.rows.forEach((r, j) => {
      const row = ws.getRow(header + 1 + j);
      t.columns.forEach((c, k) => {
        const v = cellValue(r[c.key]);
        const cell = row.getCell(k + 1);
        cell.value = v;
        const fmt = typeof v === 'number' ? NUM_FMT[c.kind] : undefined;
        if (fmt) cell.numFmt = fmt;
        widths[k] = Math.max(widths[k]!, displayWidth(shown(v, c.kind)));
      });
    });
    // The labels of the head rows sit in column A: it is at least as wide as they are.
    widths[0] = Math.max(widths[0] ?? 0, displayWidth('基数'));
    widths.forEach((w, k) => (ws.getColumn(k + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2))));
  });
  // The zip entries carry the time of writing too: fixed as well, so the same report gives the same bytes.
  return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()));
}
