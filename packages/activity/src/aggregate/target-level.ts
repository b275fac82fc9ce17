import type { ColumnTable } from 'arquero';
import { columnOf, matchKey, type Codebook } from '@smesec/survey';
import { activityCodebook } from '../codebook/activity-codebooks.js';
import { activityRulesOf } from '../codebook/rules.js';

export interface CodeLabel {
  readonly code: string;
  readonly label: string;
}

/** The code of the column for events whose level the text does not give. */
export const UNSPECIFIED_LEVEL = 'unspecified';

export interface TargetLevelMatrix {
  /** The series the events were taken from (a prefix of `series`), or null for all events. */
  readonly series: string | null;
  /** Rows: the coded 対象 (一般・中小企業, 自治体, 若年・学生). */
  readonly targets: readonly CodeLabel[];
  /** Columns: 初級, 中級, 上級, then `unspecified` (記載なし). */
  readonly levels: readonly CodeLabel[];
  /** counts[t][l]: events for target t at level l. */
  readonly counts: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly colTotals: readonly number[];
  /** Sum of all cells (an event naming two coded targets is in two cells). */
  readonly total: number;
  /** Events of the series naming none of the coded targets. */
  readonly uncoded: number;
}

export interface TargetLevelOptions {
  /** The `events` codebook: its `targets` and `targetLevelSeries` rules and the level options (default: built-in). */
  codebook?: Codebook;
  /**
   * Only events whose `series` starts with this text; default the codebook's `targetLevelSeries`
   * (the HAISL 2024年度 対象別・レベル別一覧). `null` takes every event.
   */
  series?: string | null;
}

/**
 * Events by target (対象) × level (レベル), as the HAISL 2024年度 対象別・レベル別一覧 lays them out.
 * The dump flattened that table, so most 一般・中小企業 and 自治体 events have no level: they sit
 * in the `unspecified` column rather than being guessed.
 */
export function targetLevel(events: ColumnTable, { codebook = activityCodebook('events'), series }: TargetLevelOptions = {}): TargetLevelMatrix {
  const rules = activityRulesOf(codebook);
  const prefix = series === undefined ? (rules.targetLevelSeries ?? null) : series;
  const levelColumn = columnOf(codebook, 'level');
  const levels: CodeLabel[] = [...('options' in levelColumn ? levelColumn.options.map((o) => ({ code: o.code, label: o.label })) : []), { code: UNSPECIFIED_LEVEL, label: '記載なし' }];
  const targets = rules.targets.map((t) => ({ code: t.code, label: t.label }));
  const targetOf = new Map(rules.targets.map((t, i) => [matchKey(t.label), i]));
  const counts = targets.map(() => levels.map(() => 0));
  const seriesValues = events.array('series') as ArrayLike<string | null>;
  const targetValues = events.array('target') as ArrayLike<readonly string[]>;
  const levelValues = events.array('level') as ArrayLike<string | null>;
  let uncoded = 0;
  for (let i = 0; i < events.numRows(); i++) {
    if (prefix !== null && !(seriesValues[i] ?? '').startsWith(prefix)) continue;
    const rows = (targetValues[i] ?? []).map((t) => targetOf.get(matchKey(t))).filter((t): t is number => t !== undefined);
    if (rows.length === 0) uncoded++;
    const l = levels.findIndex((x) => x.code === (levelValues[i] ?? UNSPECIFIED_LEVEL));
    if (l < 0) throw new Error(`level ${levelValues[i]} is not an option of ${codebook.id}.level`);
    for (const t of new Set(rows)) counts[t]![l]!++;
  }
  const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = levels.map((_, l) => counts.reduce((a, r) => a + r[l]!, 0));
  return { series: prefix, targets, levels, counts, rowTotals, colTotals, total: rowTotals.reduce((a, b) => a + b, 0), uncoded };
}
