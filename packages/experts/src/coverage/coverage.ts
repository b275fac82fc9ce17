import type { ColumnTable } from 'arquero';
import { codedOf, countIds, PREFECTURES } from '@smesec/survey';

export interface PrefectureCoverage {
  /** Count per prefecture JIS code (`01`–`47`), zero included. */
  readonly counts: Readonly<Record<string, number>>;
  /** Prefectures with at least one, in JIS order. */
  readonly covered: readonly string[];
  /** Prefectures with none, in JIS order. */
  readonly uncovered: readonly string[];
}

function coverageOf(counts: Map<string, number>): PrefectureCoverage {
  const record = Object.fromEntries(PREFECTURES.map((p) => [p.code, counts.get(p.code) ?? 0]));
  return {
    counts: record,
    covered: PREFECTURES.filter((p) => record[p.code]! > 0).map((p) => p.code),
    uncovered: PREFECTURES.filter((p) => record[p.code] === 0).map((p) => p.code),
  };
}

export interface ChamberCoverageOptions {
  /** Column of the chamber connection (default `chamber_connection`). */
  connection?: string;
  /** Code meaning "has a connection" (default `yes`). */
  yes?: string;
  /** Prefecture column (default `residence_prefecture`). */
  residence?: string;
}

/**
 * Specialists with a chamber-of-commerce connection per prefecture of residence (the FY2024 programme
 * report, section 3 ④: 25 prefectures have one, 22 have none).
 */
export function chamberCoverage(table: ColumnTable, { connection = 'chamber_connection', yes = 'yes', residence = 'residence_prefecture' }: ChamberCoverageOptions = {}): PrefectureCoverage {
  // Rows are counted per stored prefecture, of those whose stored connection is `yes`.
  const conn = codedOf(table, connection);
  const pref = codedOf(table, residence);
  const perPref = new Float64Array(pref.values.length);
  countWhere(
    pref.ids,
    conn.ids,
    Uint8Array.from(conn.values, (v) => (v === yes ? 1 : 0)),
    perPref,
  );
  const counts = new Map<string, number>();
  pref.values.forEach((p, id) => {
    if (perPref[id]! > 0 && p != null) counts.set(p as string, (counts.get(p as string) ?? 0) + perPref[id]!);
  });
  return coverageOf(counts);
}

/** `counts[ids[i]]++` for the rows whose `when` id is marked in `marked`. */
function countWhere(ids: ArrayLike<number>, when: ArrayLike<number>, marked: Uint8Array, counts: Float64Array): void {
  for (let i = 0; i < ids.length; i++) if (marked[when[i]!] === 1) counts[ids[i]!]!++;
}

export interface SupportCoverageOptions {
  /** Multi-prefecture column of support regions (default `support_regions`). */
  regions?: string;
  /** Code meaning all 47 prefectures (default `nationwide`). */
  nationwide?: string;
}

/** Specialists able to support each prefecture: an explicit prefecture, or 全国 for all 47. */
export function supportCoverage(table: ColumnTable, { regions = 'support_regions', nationwide = 'nationwide' }: SupportCoverageOptions = {}): PrefectureCoverage {
  // Rows are counted per stored set of regions, and each set is spelt out once.
  const { ids, values } = codedOf(table, regions);
  const rows = countIds({ ids, values });
  const counts = new Map<string, number>();
  values.forEach((value, id) => {
    if (rows[id] === 0) return;
    const v = (value ?? []) as readonly string[];
    const prefs = v.includes(nationwide) ? PREFECTURES.map((p) => p.code) : v;
    for (const p of new Set(prefs)) counts.set(p, (counts.get(p) ?? 0) + rows[id]!);
  });
  return coverageOf(counts);
}

/** True when a respondent's support regions include the prefecture (explicitly or via 全国). */
export function canSupport(regions: readonly string[] | null | undefined, prefecture: string, nationwide = 'nationwide'): boolean {
  return !!regions && (regions.includes(nationwide) || regions.includes(prefecture));
}
