import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { neutralizeFormula, toCsv } from './to-csv.js';

describe('toCsv', () => {
  test('BOM, CRLF, quoting and Japanese text', () => {
    const csv = toCsv(['名前', 'メモ'], [['見本 太郎', 'a,b'], ['架空 花子', 'say "hi"\nbye']]);
    expect(csv).toBe('\ufeff名前,メモ\r\n見本 太郎,"a,b"\r\n架空 花子,"say ""hi""\nbye"\r\n');
  });

  test.each(['=1+1', '+81', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://example.com")'])('formula trigger %j is neutralised', (cell) => {
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    const parsed = Papa.parse<string[]>(toCsv(['h'], [[cell]]).slice(1)).data;
    expect(parsed[1]![0]!.startsWith("'")).toBe(true);
  });

  test('numbers stay numbers (a negative number is not text)', () => {
    expect(toCsv(['n'], [[-2], [3.5], [NaN], [null]], { bom: false, newline: '\n' })).toBe('n\n-2\n3.5\n\n\n');
  });
});
