import type { ColumnTable } from 'arquero';
import { optionLabel, PREFECTURES, type Codebook } from '@smesec/survey';
import { excludeFromList } from '../active-list/eligibility.js';
import { canSupport } from '../coverage/coverage.js';
import { idColumnOf, scoreSkills } from '../skills/score-skills.js';
import json from './guidance-regions.json' with { type: 'json' };

/** Prefecture JIS code of each guidance region code (`guidance-regions.json`). */
export const guidanceRegions: Readonly<Record<string, string>> = json.regions;

export interface AssignmentFitOptions {
  /** The experts codebook. */
  codebook: Codebook;
  /** From `excludeFromList`, row-aligned with `experts` (computed when absent). */
  eligibility?: ColumnTable;
  /** Guidance region code → prefecture JIS code (default `guidanceRegions`). */
  regions?: Readonly<Record<string, string>>;
}

export type FitCheck = 'expert_known' | 'listed' | 'theme' | 'region';

/** One guidance row checked against its expert. Ids and codes only: nothing personal. */
export interface FitRow {
  readonly company_id: string;
  readonly expert_id: string;
  readonly region: string | null;
  readonly theme: string | null;
  readonly listed: boolean;
  readonly theme_ok: boolean;
  readonly region_ok: boolean;
  readonly all_ok: boolean;
  /** The checks that fail, in the order above. */
  readonly fails: readonly FitCheck[];
  /** Each failure in Japanese. */
  readonly reasons: readonly string[];
}

export interface AssignmentFit {
  readonly rows: readonly FitRow[];
  /** Rows where any check fails. */
  readonly misfits: readonly FitRow[];
  /** Rows checked, rows passing each check and all of them, and the misfits. */
  readonly counts: { readonly n: number; readonly listed: number; readonly themeOk: number; readonly regionOk: number; readonly allOk: number; readonly misfit: number };
}

/**
 * Does each guidance assignment fit its expert: is the expert on the active list, does the
 * expert take the row's theme (guidance_themes), and can the expert reach the region's
 * prefecture (support_regions, 全国 included)? Every row is checked, withdrawn ones too: the
 * assignment was made either way.
 */
export function assignmentFit(guidance: ColumnTable, experts: ColumnTable, { codebook, eligibility, regions = guidanceRegions }: AssignmentFitOptions): AssignmentFit {
  const elig = eligibility ?? excludeFromList(experts, { codebook, scores: scoreSkills(experts, { codebook }) });
  const idCol = idColumnOf(codebook);
  const ids = experts.array(idCol) as ArrayLike<string>;
  const listed = elig.array('listed') as ArrayLike<boolean>;
  const themes = experts.array('guidance_themes') as ArrayLike<readonly string[] | null>;
  const supports = experts.array('support_regions') as ArrayLike<readonly string[] | null>;
  const at = new Map(Array.from(ids, (id, i) => [id, i]));
  const col = (c: string) => guidance.array(c) as ArrayLike<string | null>;
  const [company, expert, region, theme] = ['company_id', 'expert_id', 'region', 'theme'].map(col) as [ArrayLike<string | null>, ArrayLike<string | null>, ArrayLike<string | null>, ArrayLike<string | null>];
  const rows: FitRow[] = Array.from({ length: guidance.numRows() }, (_, r) => {
    const e = String(expert[r] ?? '');
    const i = at.get(e);
    const t = theme[r] ?? null;
    const g = region[r] ?? null;
    const pref = g == null ? undefined : regions[g];
    const known = i !== undefined;
    const isListed = known && !!listed[i];
    const themeOk = known && t != null && (themes[i] ?? []).includes(t);
    const regionOk = known && pref !== undefined && canSupport(supports[i], pref);
    const fails: FitCheck[] = [];
    const reasons: string[] = [];
    const fail = (check: FitCheck, reason: string) => {
      fails.push(check);
      reasons.push(reason);
    };
    if (!known) fail('expert_known', `専門家ID ${e} が専門家データにない`);
    if (!isListed) fail('listed', 'アクティブリスト非掲載');
    if (!themeOk) fail('theme', `指導テーマ「${t == null ? '無回答' : optionLabel(codebook, 'guidance_themes', t)}」が対応テーマにない`);
    if (!regionOk) fail('region', `支援可能地域に${PREFECTURES.find((p) => p.code === pref)?.name ?? '所在地不明'}（地域 ${g ?? '無回答'}）がない`);
    return { company_id: String(company[r] ?? ''), expert_id: e, region: g, theme: t, listed: isListed, theme_ok: themeOk, region_ok: regionOk, all_ok: fails.length === 0, fails, reasons };
  });
  const count = (f: (x: FitRow) => boolean) => rows.filter(f).length;
  const misfits = rows.filter((x) => !x.all_ok);
  const counts = {
    n: rows.length,
    listed: count((x) => x.listed),
    themeOk: count((x) => x.theme_ok),
    regionOk: count((x) => x.region_ok),
    allOk: count((x) => x.all_ok),
    misfit: misfits.length,
  };
  return { rows, misfits, counts };
}
