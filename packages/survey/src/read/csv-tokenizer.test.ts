import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CsvTokenizer, type CsvSink } from './csv-tokenizer.js';

/** Records as arrays of cells, with each record's line and malformed-quote cell, fed in pieces of `size`. */
function tokenize(text: string, size = text.length) {
  const records: { cells: string[]; line: number; quoteError: number }[] = [];
  let cells: string[] = [];
  const sink: CsvSink = {
    cell: (t, s, e) => cells.push(t.slice(s, e)),
    cellValue: (v) => cells.push(v),
    endRecord: (line, quoteError) => {
      records.push({ cells, line, quoteError });
      cells = [];
    },
  };
  const t = new CsvTokenizer(sink);
  for (let i = 0; i < text.length; i += size) t.push(text.slice(i, i + size));
  t.end();
  return records;
}

describe('CsvTokenizer', () => {
  const samples = [
    'a,b\n1,2\n',
    'a,b\r\n"x, y","say ""hi"""\r\n',
    'a,b\n"multi\nline",2\n3,4',
    'a,b\n"closed"  ,2\n',
    'a,,\n,,\n\n',
    'a\n"never closed\n2\n',
  ];

  test.each(samples)('cells as papaparse reads them: %j', (text) => {
    const ours = tokenize(text).map((r) => r.cells);
    const papa = Papa.parse<string[]>(text).data;
    if (papa.length && papa[papa.length - 1]!.length === 1 && papa[papa.length - 1]![0] === '') papa.pop();
    expect(ours).toEqual(papa);
  });

  test.each(samples)('the same records whatever the chunk size: %j', (text) => {
    const whole = tokenize(text);
    for (let size = 1; size < text.length; size++) expect(tokenize(text, size)).toEqual(whole);
  });

  test('physical lines count line breaks inside quoted cells', () => {
    expect(tokenize('h\r\n"a\r\nb"\r\nc\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  test('a malformed or unclosed quote names its cell', () => {
    expect(tokenize('a,b\n1,"x"y\n').map((r) => r.quoteError)).toEqual([-1, 1]);
    expect(tokenize('a,b\n"open,2\n').map((r) => r.quoteError)).toEqual([-1, 0]);
  });

  test('after a malformed quote the cell goes on unquoted, so the records after it stay records', () => {
    const text = 'a,b\n1,"x"y z\n2,3\n"p" q,4\n';
    const whole = tokenize(text);
    expect(whole.map((r) => [r.cells.length, r.line, r.quoteError])).toEqual([
      [2, 1, -1],
      [2, 2, 1],
      [2, 3, -1],
      [2, 4, 0],
    ]);
    expect(whole[2]!.cells).toEqual(['2', '3']);
    for (let size = 1; size < text.length; size++) expect(tokenize(text, size)).toEqual(whole);
  });
});
