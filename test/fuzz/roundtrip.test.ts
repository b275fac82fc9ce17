/**
 * Random codebook-valid tables written the ways exports are (UTF-8, UTF-8 with BOM, Shift_JIS;
 * CRLF, LF or CR; quoted minimally, always or at random; headers as ids or Japanese labels) read
 * back to the same table, at once and streamed in random chunks. Fixed seed, bounded runs.
 */
import fc from 'fast-check';
import { CsvReader, formatIssue, fromCsv, instrumentOf, type ReadResult } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { expectedTable, layout, rowsOf, writeCsv } from './arbitraries.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20241);

/** Read bytes in chunks cut at the given fractions of their length. */
function streamed(bytes: Uint8Array, cuts: readonly number[], options: Parameters<typeof fromCsv>[1]): ReadResult {
  const reader = new CsvReader(options);
  let from = 0;
  for (const c of [...cuts.map((f) => Math.floor(f * bytes.length)).sort((a, b) => a - b), bytes.length]) {
    if (c > from) reader.push(bytes.subarray(from, c));
    from = Math.max(from, c);
  }
  return reader.end();
}

describe.each(['attendees', 'guidance', 'experts'] as const)('%s', (id) => {
  const codebook = instrumentOf(fy2024, id);
  const runs = Number(process.env['FUZZ_RUNS'] ?? (id === 'experts' ? 100 : 300));

  test(`${runs} random tables read back the same, whatever the encoding, line ending and quoting`, () => {
    fc.assert(
      fc.property(rowsOf(codebook), layout, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (rows, l, cuts) => {
        const bytes = writeCsv(codebook, rows, l);
        const options = { codebook, file: `${id}.csv` };
        const whole = fromCsv(bytes, options);
        expect(whole.issues.map((i) => formatIssue(i))).toEqual([]);
        // Bytes that are all ascii read the same in every encoding, and are taken as UTF-8.
        expect(whole.encoding).toBe(l.encoding !== 'utf-8-bom' && bytes.every((b) => b < 0x80) ? 'utf-8' : l.encoding);
        expect(whole.table.objects()).toEqual(expectedTable(codebook, rows));
        expect(whole.rowNumbers).toEqual(rows.map((_, r) => r + 2));
        const chunked = streamed(bytes, cuts, options);
        expect(chunked.table.objects()).toEqual(whole.table.objects());
        expect(chunked.lineNumbers).toEqual(whole.lineNumbers);
      }),
      { seed: SEED, numRuns: runs },
    );
  });
});
