import type { ColumnTable } from 'arquero';
import { csvLines, optionLabel, storedColumn, toCsv, type Codebook, type CsvCell } from '@smesec/survey';
import { skillSchemeOf } from '../skills/scheme.js';

/**
 * Rows formatted and written per block: the list's rows never all exist as arrays of cells at
 * once, and a block is small enough for its garbage to die young (blocks of 4,096 rows outlived
 * the young generation, and at a million rows the heap grew by 400 MB before a full collection).
 */
const BLOCK = 256;

/**
 * The active list as CSV for Excel: Japanese headers, option labels instead of codes, multiple
 * answers joined with `、`, ◎/○ per domain; UTF-8 with BOM and formula-safe cells.
 */
export function activeListCsv(list: ColumnTable, options: { codebook: Codebook }): string {
  let out = '';
  for (const part of activeListCsvChunks(list, options)) out += part;
  return out;
}

/**
 * {@link activeListCsv} in consecutive pieces (the header, then blocks of rows), made as they are
 * asked for: a caller that writes each piece to a file never holds the whole text, which is about
 * 500 MB for a million specialists.
 */
export function* activeListCsvChunks(list: ColumnTable, { codebook }: { codebook: Codebook }): Generator<string, void, undefined> {
  const scheme = skillSchemeOf(codebook);
  const ratingLabel = new Map(scheme.ratings.map((r) => [r.code, r.label]));
  const names = list.columnNames();
  const header = names.map((c) => {
    const domain = scheme.domains.find((d) => `${d.id}_rating` === c);
    if (domain) return `${domain.id} ${domain.label}`;
    return codebook.columns.find((col) => col.id === c)?.label ?? c;
  });
  // One formatter per column, chosen once; each code's label is looked up once per column.
  const formats = names.map((c): ((v: unknown) => CsvCell) => {
    if (c.endsWith('_rating') && scheme.domains.some((d) => `${d.id}_rating` === c)) return (v) => ratingLabel.get(String(v)) ?? '';
    const col = codebook.columns.find((x) => x.id === c);
    const labels = new Map<string, string>();
    const label = (code: string) => {
      let l = labels.get(code);
      if (l === undefined) labels.set(code, (l = optionLabel(codebook, c, code)));
      return l;
    };
    const coded = col !== undefined && (col.type === 'single' || col.type === 'prefecture');
    return (v) => {
      if (v == null) return '';
      if (Array.isArray(v)) return (v as string[]).map(label).join('、');
      if (coded) return label(String(v));
      return typeof v === 'number' ? v : String(v);
    };
  });
  // Values read in place from each column, not copied out whole first (45 arrays of a million).
  const table = list.isFiltered() || list.isOrdered() ? list.reify() : list;
  const columns = names.map((c) => storedColumn(table, c)!);
  const n = table.numRows();
  yield toCsv(header, []);
  for (let start = 0; start < n; start += BLOCK) {
    const rows = Array.from({ length: Math.min(BLOCK, n - start) }, (_, j) => formats.map((f, k) => f(columns[k]!.at(start + j))));
    yield csvLines(rows);
  }
}
