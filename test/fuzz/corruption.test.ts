/**
 * Valid files damaged at the byte level (bits flipped, cut short, bytes inserted, runs of bytes
 * repeated) never crash the reader: strict mode returns or throws a ValidationError, never another
 * exception; lenient mode always returns, accounts for every row, and gives the same answer
 * whether the bytes come at once or in chunks. Fixed seed, bounded runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CsvReader, fromCsv, instrumentOf, isError, ValidationError, type Codebook, type ReadResult } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { FIXTURES } from '../bad-input/make-fixtures.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 90210);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 400);

type Damage =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'duplicate'; at: number; length: number; to: number };

/** Positions are fractions of the length, so one damage applies to any file. */
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.oneof(
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
      // The bytes that matter most to a CSV reader and a decoder.
      fc.array(fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x81, 0xe3), { minLength: 1, maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }), to: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function apply(bytes: Uint8Array, d: Damage): Uint8Array {
  const pos = (f: number) => Math.min(bytes.length, Math.floor(f * bytes.length));
  switch (d.kind) {
    case 'flip': {
      const out = bytes.slice();
      if (out.length) out[pos(d.at) % out.length]! ^= 1 << d.bit;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, pos(d.at));
    case 'insert':
      return new Uint8Array([...bytes.subarray(0, pos(d.at)), ...d.bytes, ...bytes.subarray(pos(d.at))]);
    case 'duplicate': {
      const run = bytes.subarray(pos(d.at), pos(d.at) + d.length);
      return new Uint8Array([...bytes.subarray(0, pos(d.to)), ...run, ...bytes.subarray(pos(d.to))]);
    }
  }
}

function chunked(bytes: Uint8Array, cuts: readonly number[], codebook: Codebook): ReadResult {
  const reader = new CsvReader({ codebook, file: 'x.csv', mode: 'lenient' });
  let from = 0;
  for (const c of [...cuts.map((f) => Math.floor(f * bytes.length)).sort((a, b) => a - b), bytes.length]) {
    if (c > from) reader.push(bytes.subarray(from, c));
    from = Math.max(from, c);
  }
  return reader.end();
}

/** Everything a lenient read says, as plain data. */
const summary = (r: ReadResult) => ({ rows: r.table.objects(), rowNumbers: r.rowNumbers, lines: r.lineNumbers, issues: r.issues, rejected: r.rejected, stats: r.stats, encoding: r.encoding });

// The valid set's four encodings and line endings, and the start of the FY2024 experts file.
const sources: [string, Codebook, Uint8Array][] = [
  ...(['experts', 'attendees', 'consultations', 'guidance'] as const).map((id): [string, Codebook, Uint8Array] => [`valid/${id}.csv`, instrumentOf(fy2024, id), new Uint8Array(readFileSync(join(FIXTURES, 'valid', `${id}.csv`)))]),
  ['fy2024/experts.csv (first 20 kB)', instrumentOf(fy2024, 'experts'), new Uint8Array(readFileSync(new URL('../../data/fy2024/experts.csv', import.meta.url))).subarray(0, 20_000)],
];

describe.each(sources)('%s', (_name, codebook, original) => {
  test(`${RUNS} damaged copies: a result or a ValidationError, every row accounted for, chunking changes nothing`, () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), (damages, cuts) => {
        const bytes = damages.reduce(apply, original);
        try {
          const strict = fromCsv(bytes, { codebook, file: 'x.csv' });
          expect(strict.issues.some(isError)).toBe(false);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e;
          expect(e.issues.some(isError)).toBe(true);
        }
        const lenient = fromCsv(bytes, { codebook, file: 'x.csv', mode: 'lenient' });
        const { stats } = lenient;
        expect(stats.rows).toBe(stats.accepted + stats.rejected);
        expect(stats.records).toBe(stats.rows + stats.blank);
        expect(lenient.table.numRows()).toBe(stats.accepted);
        expect(lenient.rejected.length).toBe(stats.rejected + stats.blank);
        const numbers = [...lenient.rowNumbers, ...lenient.rejected.map((x) => x.row)];
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(summary(chunked(bytes, cuts, codebook))).toEqual(summary(lenient));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
