import { toCsv } from '@smesec/survey';

/**
 * `figures.json` (a `Figures` map, or the JSON as written, where a non-finite value is null) as a
 * long CSV, one row per figure (`id,value`) in the map's order: the shape R and pandas read
 * straight into a data frame. Plain UTF-8 without a byte-order mark and LF line ends (ids are
 * ascii); a null or non-finite value is an empty cell.
 *
 * ```ts
 * writeFileSync('figures.csv', figuresCsv(figures)); // id,value\nexperts.n,221\n…
 * ```
 */
export function figuresCsv(figures: Readonly<Record<string, number | null>>): string {
  return toCsv(['id', 'value'], Object.entries(figures), { bom: false, newline: '\n' });
}
