/**
 * # A frequency table in the browser
 *
 * The library's core takes bytes, not paths: a page gives it the bytes of a file the user picked
 * (`<input type=file>`), and the same reader as in Node sniffs Shift_JIS or UTF-8, validates
 * every cell against the codebook and returns codes. This module is what the page bundles
 * (esbuild, `build.ts`); it returns plain data, and the page's few lines of DOM code in
 * `index.html` draw it with `textContent`, so nothing from the file is ever parsed as HTML.
 */
import { codesOf, formatIssue, fromCsv, labelOf, optionLabel, tabulate, baseLabel, type Codebook } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';

/** An entry of a `<select>`. */
export interface Choice {
  readonly id: string;
  readonly label: string;
}

/** One line of the frequency table. */
export interface FrequencyRow {
  readonly code: string;
  readonly label: string;
  readonly count: number;
  /** Percent of the base with one decimal, e.g. `40.7%`. */
  readonly pct: string;
}

export interface FrequencyView {
  /** `支援を得意とする業種（有効回答者 n=221、無回答0）`: what the shares are of. */
  readonly caption: string;
  readonly rows: readonly FrequencyRow[];
  /** `read 221 rows (shift_jis), 0 rejected`. */
  readonly summary: string;
  /** Every problem found, worded for the analyst (file:row:column: message). */
  readonly issues: readonly string[];
}

const codebookOf = (instrument: string): Codebook => {
  const cb = fy2024.instruments.find((c) => c.id === instrument);
  if (!cb) throw new Error(`unknown instrument ${instrument}`);
  return cb;
};

/** The FY2024 instruments, for the first `<select>`. */
export function instruments(): Choice[] {
  return fy2024.instruments.map((c) => ({ id: c.id, label: c.label }));
}

/** The questions of an instrument with a fixed set of answers (choices, prefectures, scales). */
export function questions(instrument: string): Choice[] {
  return codebookOf(instrument)
    .columns.filter((c) => codesOf(c).length > 0)
    .map((c) => ({ id: c.id, label: c.label }));
}

/** Read a CSV file's bytes and tabulate one question on its published base. */
export function frequencyView(bytes: Uint8Array, { instrument, question, file }: { instrument: string; question: string; file: string }): FrequencyView {
  const codebook = codebookOf(instrument);
  // Lenient: show the table of the valid rows and list the problems, as an analyst would want.
  const { table, issues, encoding, stats } = fromCsv(bytes, { codebook, file, mode: 'lenient' });
  const f = tabulate(table, question, { codebook });
  return {
    caption: `${labelOf(codebook, question)}（${baseLabel(f.base)} n=${f.n}、無回答${f.missing}）`,
    rows: f.items.map((i) => ({ code: i.code, label: optionLabel(codebook, question, i.code), count: i.count, pct: Number.isFinite(i.pct) ? `${i.pct.toFixed(1)}%` : '' })),
    summary: `read ${stats.rows} rows (${encoding}), ${stats.rejected} rejected`,
    issues: issues.map((i) => formatIssue(i)),
  };
}
