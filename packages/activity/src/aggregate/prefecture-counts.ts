import type { ColumnTable } from 'arquero';
import { columnOf, PREFECTURES, tabulate, type Codebook } from '@smesec/survey';

export interface PrefectureCounts {
  /** Rows per JIS code, all 47 keys (`01`–`47`) present, zeros included. */
  readonly counts: Readonly<Record<string, number>>;
  /** Rows naming no prefecture: they cannot be placed on a map. */
  readonly unplaced: number;
  /** Rows naming more than one prefecture (each is counted in every prefecture it names). */
  readonly multiple: number;
}

export interface PrefectureCountsOptions {
  /** The table's codebook. */
  codebook: Codebook;
  /** A `prefecture` or `multi-prefecture` column (`prefecture` of events, `prefectures` of communities). */
  column: string;
}

/**
 * Rows per prefecture, for a 47-prefecture tile map. A row naming several prefectures (関西SEC-net's
 * seven, a seminar series held in five) counts once in each, so the counts may add up past the rows.
 */
export function prefectureCounts(table: ColumnTable, { codebook, column }: PrefectureCountsOptions): PrefectureCounts {
  const col = columnOf(codebook, column);
  if (col.type !== 'prefecture' && col.type !== 'multi-prefecture') throw new Error(`${codebook.id}.${column} is ${col.type}, not a prefecture column`);
  const f = tabulate(table, column, { codebook });
  const counts = Object.fromEntries(PREFECTURES.map((p) => [p.code, f.items.find((i) => i.code === p.code)?.count ?? 0]));
  const values = table.array(column) as ArrayLike<unknown>;
  let multiple = 0;
  for (let i = 0; i < values.length; i++) if (Array.isArray(values[i]) && (values[i] as unknown[]).length > 1) multiple++;
  return { counts, unplaced: f.missing, multiple };
}
