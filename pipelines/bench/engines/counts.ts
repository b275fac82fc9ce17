import { skillSchemeOf, activeListRulesOf } from '@smesec/experts';
import { PREFECTURES, type Codebook, type Column, type Figures } from '@smesec/survey';

/**
 * What the reference engines (DuckDB, the naive baseline) count; `figuresOf` turns the counts into
 * the `experts.*` figure ids. Written apart from the library's own tabulation on purpose: the
 * bench checks the library against an independent reading of the FY2024 codebook's rules.
 */
export interface ColumnCounts {
  /** Rows the question was asked of. */
  asked: number;
  /** Asked rows with no answer. */
  missing: number;
  /** Count per code (numbers as strings for scale items). */
  counts: Map<string, number>;
  /** Sum of a scale item's answers. */
  sum?: number;
}

export interface ExpertCounts {
  n: number;
  columns: Map<string, ColumnCounts>;
  /** Domain → rating code → respondents. */
  rating: Map<string, Map<string, number>>;
  /** Domain → ability class → respondents. */
  ability: Map<string, Map<string, number>>;
  /** `experience_years` / `affiliation` → domain → row code → ability class → respondents. */
  abilityBy: Map<string, Map<string, Map<string, Map<string, number>>>>;
  /** Exclusion reason (or `listed`) → respondents. */
  exclusion: Map<string, number>;
  /** Prefecture → respondents with a chamber connection living there. */
  chamber: Map<string, number>;
  /** Prefecture → respondents naming it among their support regions, 全国 excepted. */
  supportExplicit: Map<string, number>;
  /** Respondents who can support all 47 (全国). */
  nationwide: number;
}

/** Kinds of column with per-code figures. */
export const TABULATED = new Set(['single', 'multi', 'scale', 'prefecture', 'multi-prefecture']);
export const isMulti = (c: Column) => c.type === 'multi' || c.type === 'multi-prefecture';

/** The codes a tabulated column can take, in display order. */
export function codesOfColumn(c: Column): string[] {
  if (c.type === 'single' || c.type === 'multi') return c.options.map((o) => o.code);
  if (c.type === 'prefecture') return PREFECTURES.map((p) => p.code);
  if (c.type === 'multi-prefecture') return [...(c.nationwide ? [c.nationwide.code] : []), ...PREFECTURES.map((p) => p.code)];
  if (c.type === 'scale') return Array.from({ length: c.max - c.min + 1 }, (_, i) => String(c.min + i));
  return [];
}

const get = (m: Map<string, number> | undefined, k: string) => m?.get(k) ?? 0;

/** The figure ids of docs/figure-ids.md (and the experts package's extras) from the counts. */
export function figuresOf(x: ExpertCounts, { codebook }: { codebook: Codebook }): Figures {
  const p = codebook.id;
  const out: Figures = { [`${p}.n`]: x.n };
  const pct = (k: number, base: number) => (100 * k) / base;
  for (const col of codebook.columns) {
    if (!TABULATED.has(col.type)) continue;
    const c = x.columns.get(col.id);
    if (!c) continue;
    const valid = c.asked - c.missing;
    const multi = isMulti(col);
    const base = multi || col.type === 'scale' ? valid : col.askedWhen ? c.asked : x.n;
    const id = `${p}.${col.id}`;
    out[`${id}.base`] = base;
    out[`${id}.missing`] = c.missing;
    let responses = 0;
    let distinct = 0;
    for (const code of codesOfColumn(col)) {
      const k = get(c.counts, code);
      responses += k;
      if (k > 0) distinct++;
      out[`${id}.${code}.count`] = k;
      if (base > 0) out[`${id}.${code}.pct`] = pct(k, base);
    }
    if (multi) out[`${id}.responses`] = responses;
    else out[`${id}.distinct`] = distinct;
    if (col.type === 'scale' && valid > 0) out[`${id}.sum`] = c.sum ?? 0;
  }
  const scheme = skillSchemeOf(codebook);
  for (const d of scheme.domains) {
    for (const r of scheme.ratings) out[`${p}.rating.${d.id}.${r.code}.count`] = get(x.rating.get(d.id), r.code);
    for (const a of scheme.ability.classes) {
      const k = get(x.ability.get(d.id), a.code);
      out[`${p}.ability.${d.id}.${a.code}.count`] = k;
      out[`${p}.ability.${d.id}.${a.code}.pct`] = x.n > 0 ? pct(k, x.n) : NaN;
    }
  }
  const classes = scheme.ability.classes.map((a) => a.code);
  for (const [by, domains] of x.abilityBy) {
    const byCol = codebook.columns.find((c) => c.id === by)!;
    for (const d of scheme.domains) {
      const cells = domains.get(d.id) ?? new Map<string, Map<string, number>>();
      const rows = codesOfColumn(byCol);
      const id = `${p}.ability_by_${by}.${d.id}`;
      let n = 0;
      const colTotals = new Map<string, number>();
      for (const r of rows) {
        let rowTotal = 0;
        for (const a of classes) {
          const k = get(cells.get(r), a);
          out[`${id}.${r}.${a}.count`] = k;
          rowTotal += k;
          colTotals.set(a, (colTotals.get(a) ?? 0) + k);
        }
        out[`${id}.${r}.total.count`] = rowTotal;
        n += rowTotal;
      }
      for (const a of classes) out[`${id}.total.${a}.count`] = colTotals.get(a) ?? 0;
      out[`${id}.total.total.count`] = n;
    }
  }
  const listed = x.exclusion.get('listed') ?? 0;
  out[`${p}.active_list.count`] = listed;
  for (const ex of activeListRulesOf(codebook).exclusions) out[`${p}.active_list.excluded.${ex.reason}.count`] = x.exclusion.get(ex.reason) ?? 0;
  out[`${p}.active_list.excluded.count`] = x.n - listed;
  let covered = 0;
  for (const pref of PREFECTURES) {
    const k = get(x.chamber, pref.code);
    out[`${p}.chamber_coverage.${pref.code}.count`] = k;
    if (k > 0) covered++;
  }
  out[`${p}.chamber_coverage.prefectures_covered`] = covered;
  out[`${p}.chamber_coverage.prefectures_uncovered`] = PREFECTURES.length - covered;
  covered = 0;
  for (const pref of PREFECTURES) {
    const k = get(x.supportExplicit, pref.code) + x.nationwide;
    out[`${p}.support_coverage.${pref.code}.count`] = k;
    if (k > 0) covered++;
  }
  out[`${p}.support_coverage.prefectures_covered`] = covered;
  out[`${p}.support_coverage.prefectures_uncovered`] = PREFECTURES.length - covered;
  return out;
}
