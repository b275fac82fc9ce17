import type { Crosstab } from '../tabulate/crosstab.js';

/** A table of counts, or a crosstab: what the tests take. */
export type CountsInput = Crosstab | readonly (readonly number[])[];

/** The counts a test runs on, with their codes; rows and columns whose margin is 0 are left out. */
export interface TestCounts {
  readonly counts: number[][];
  readonly rowCodes: string[];
  readonly colCodes: string[];
}

const MULTI = new Set(['multi', 'multi-prefecture', 'list']);

/**
 * The counts of a test: a crosstab's cells (scaled to Kish's effective n when weighted, so the
 * test sees the sample size the weights leave), with empty rows and columns dropped, since a
 * code nobody chose has no expected count.
 */
export function testCounts(input: CountsInput, fn: string, { allowMultiRows = false }: { allowMultiRows?: boolean } = {}): TestCounts {
  let counts: number[][];
  let rowCodes: string[];
  let colCodes: string[];
  if (Array.isArray(input)) {
    const rows = input as readonly (readonly number[])[];
    const width = rows[0]?.length ?? 0;
    rows.forEach((row, r) => {
      if (!Array.isArray(row) || row.length !== width) throw new TypeError(`${fn}: row ${r + 1} of the counts has ${Array.isArray(row) ? row.length : 'no'} cells; expected ${width}, like row 1`);
      row.forEach((v, c) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new TypeError(`${fn}: count [${r}][${c}] is ${String(v)}; expected a finite number ≥ 0`);
      });
    });
    counts = rows.map((row) => [...row]);
    rowCodes = rows.map((_, r) => String(r));
    colCodes = Array.from({ length: width }, (_, c) => String(c));
  } else {
    const x = input as Crosstab;
    if (!x || !Array.isArray(x.counts)) throw new TypeError(`${fn}: expected a crosstab (from crosstab()) or an array of rows of counts; got ${typeof input}`);
    const multi = [MULTI.has(x.rowType) && !allowMultiRows ? x.rows : null, MULTI.has(x.colType) ? x.columns : null].filter((v) => v !== null);
    if (multi.length > 0) {
      throw new TypeError(`${fn}: ${multi.join(' and ')} ${multi.length > 1 ? 'are' : 'is a'} multiple-response question${multi.length > 1 ? 's' : ''}, whose cells count a case more than once; expected single-response questions`);
    }
    const scale = x.weight && x.n > 0 ? x.weight.effectiveN / x.n : 1;
    counts = x.counts.map((row) => row.map((v: number) => v * scale));
    rowCodes = [...x.rowCodes];
    colCodes = [...x.colCodes];
  }
  const keepRows = counts.map((row) => row.some((v) => v > 0));
  const keepCols = colCodes.map((_, c) => counts.some((row) => row[c]! > 0));
  return {
    counts: counts.filter((_, r) => keepRows[r]).map((row) => row.filter((_, c) => keepCols[c])),
    rowCodes: rowCodes.filter((_, r) => keepRows[r]),
    colCodes: colCodes.filter((_, c) => keepCols[c]),
  };
}
