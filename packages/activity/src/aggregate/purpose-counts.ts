import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { optionLabel, type Codebook } from '@smesec/survey';
import { activityCodebook } from '../codebook/activity-codebooks.js';
import { activityRulesOf } from '../codebook/rules.js';

export interface PurposeCount {
  /** Edition code, `3` or `2`. */
  readonly edition: string;
  /** Purpose code (`more_participants`, `involve_institutions`, …). */
  readonly purpose: string;
  /** The category as the index table prints it. */
  readonly label: string;
  /** Rows the index table prints under the category (a practice may appear on two rows). */
  readonly indexRows: number;
  /** Distinct practices those rows cite. */
  readonly practices: number;
}

export interface PurposeCountsOptions {
  /** The `practice_index` codebook: edition order and each edition's purposes (default: built-in). */
  codebook?: Codebook;
}

/**
 * Practices per purpose per edition as the collections' 目的別プラクティスの一覧 tables count them:
 * index rows under each category, and the distinct practices they cite. Every purpose of each
 * edition is listed, in the document's order, zero counts included.
 *
 * ```ts
 * purposeCounts(activity.practiceIndex).find((p) => p.purpose === 'involve_institutions');
 * // { edition: '2', purpose: 'involve_institutions', label: '地域の関係機関を巻き込む', indexRows: 17, practices: 17 }
 * ```
 */
export function purposeCounts(index: ColumnTable, { codebook = activityCodebook('practice_index') }: PurposeCountsOptions = {}): PurposeCount[] {
  const rule = activityRulesOf(codebook).editionOptions;
  if (!rule) throw new Error(`codebook ${codebook.id} has no editionOptions rule`);
  const key = (edition: unknown, tag: unknown) => `${String(edition)}\u0000${String(tag)}`;
  const rows = new Map(
    (index.groupby('edition', 'tag').count({ as: 'n' }).objects() as { edition: string; tag: string; n: number }[]).map((o) => [key(o.edition, o.tag), o.n]),
  );
  // One row may cite two practices (`31, 46`): unroll, then count distinct ids.
  const cited = index.select('edition', 'tag', 'practice_ids').unroll('practice_ids');
  const distinct = new Map(
    (cited.groupby('edition', 'tag').rollup({ n: aq.op.distinct('practice_ids') }).objects() as { edition: string; tag: string; n: number }[]).map((o) => [key(o.edition, o.tag), o.n]),
  );
  const editions = Object.keys(rule.allowed);
  const editionColumn = codebook.columns.find((c) => c.id === rule.by);
  const order = editionColumn && 'options' in editionColumn ? editionColumn.options.map((o) => o.code).filter((c) => editions.includes(c)) : editions;
  return order.flatMap((edition) =>
    rule.allowed[edition]!.map((purpose) => ({
      edition,
      purpose,
      label: optionLabel(codebook, rule.column, purpose),
      indexRows: rows.get(key(edition, purpose)) ?? 0,
      practices: distinct.get(key(edition, purpose)) ?? 0,
    })),
  );
}
