/**
 * CSV files turned into workbooks the way Excel types what is typed into it: whole numbers and
 * decimals become number cells (with a zero-padded format where the text has leading zeros, as a
 * JIS code column formatted `00` does), dates become date cells, everything else text. Written
 * with exceljs's streaming writer, so a benchmark's large sheets fit in memory.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const PADDED = /^0\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A CSV cell as Excel would type it, with the number format that shows it as written. */
export function typedCell(text: string): { value: string | number | Date | null; numFmt?: string } {
  if (text === '') return { value: null };
  if (PADDED.test(text)) return { value: Number(text), numFmt: '0'.repeat(text.length) };
  if (NUMBER.test(text)) {
    const decimals = text.split('.')[1]?.length ?? 0;
    return decimals > 0 ? { value: Number(text), numFmt: `0.${'0'.repeat(decimals)}` } : { value: Number(text) };
  }
  const d = DATE.exec(text);
  if (d) return { value: new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))), numFmt: 'yyyy/m/d' };
  return { value: text };
}

/** The rows of a CSV file (UTF-8, with or without BOM), header first. */
export function csvRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Write sheets (name → rows, header first) to one workbook; the header stays text. */
export async function writeWorkbook(path: string, sheets: readonly { name: string; rows: Iterable<readonly string[]> }[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const { name, rows } of sheets) {
    const ws = wb.addWorksheet(name);
    let first = true;
    for (const cells of rows) {
      const row = ws.addRow([]);
      cells.forEach((text, k) => {
        const cell = row.getCell(k + 1);
        if (first) cell.value = text;
        else {
          const { value, numFmt } = typedCell(text);
          cell.value = value;
          if (numFmt) cell.numFmt = numFmt;
        }
      });
      row.commit();
      first = false;
    }
    ws.commit();
  }
  await wb.commit();
}
