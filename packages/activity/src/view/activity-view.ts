import { PREFECTURES, type CodebookSet } from '@smesec/survey';
import { activityCodebook, activityCodebooks } from '../codebook/activity-codebooks.js';
import type { EditionCount } from '../aggregate/edition-counts.js';
import { prefectureCounts } from '../aggregate/prefecture-counts.js';
import type { PurposeCount } from '../aggregate/purpose-counts.js';
import { targetLevel, type TargetLevelMatrix } from '../aggregate/target-level.js';
import { activitySummary, type ActivitySummary } from '../figures/activity-summary.js';
import type { ActivityTables } from '../read/activity.js';
import { citeDocument, sourceDocuments } from './citation.js';
import { keyNumbers, type KeyNumber } from './key-numbers.js';
import { practiceRows, type PracticeRow } from './practice-rows.js';

/** Counts of one prefecture tile. */
export interface PrefectureTile {
  /** Communities naming the prefecture (a community naming seven prefectures is in all seven). */
  readonly communities: number;
  /** Events held in the prefecture (likewise for a series naming several). */
  readonly events: number;
}

/**
 * What the dashboard section 「地域SECURITY・普及啓発活動」 draws. Pure data: codes with their
 * labels, no markup. Every count here is one of `activitySummary`.
 */
export interface ActivityView {
  /** The section title. */
  readonly title: string;
  /** Headline numbers in display order, each with unit, as-of date and source. */
  readonly keyNumbers: readonly KeyNumber[];
  /**
   * Tile map: all 47 JIS codes (`01`–`47`) as keys, zeros included. JavaScript puts integer-like
   * keys (`10`…`47`) before `01`…`09`, so iterate `PREFECTURES` for display order.
   */
  readonly prefectures: Readonly<Record<string, PrefectureTile>>;
  /** Records that name no prefecture and so are not on the map (四国4県, 名古屋, venue-only rows, …). */
  readonly unplaced: { readonly communities: number; readonly events: number };
  /**
   * Purpose × edition: each edition has its own purposes, so the matrix is one block per edition.
   * `editions` gives the column heads (with practice counts and publication dates); `rows` one
   * purpose each, in the document's order, with index-table rows and distinct practices.
   */
  readonly purposes: { readonly editions: readonly EditionCount[]; readonly rows: readonly PurposeCount[] };
  /** Events by 対象 × レベル, as the HAISL 2024年度 対象別・レベル別一覧 lays them out. */
  readonly targetLevel: TargetLevelMatrix;
  /** The searchable practices table, 3rd edition first. */
  readonly practices: readonly PracticeRow[];
  /**
   * The documents the records come from, for the section's source note: `document` is the
   * citation (「title」（publisher、date）); `seed` and `file` trace it in the extraction.
   */
  readonly sources: readonly { readonly seed: string; readonly file: string; readonly document: string }[];
}

export interface ActivityViewOptions {
  /** The codebooks the tables were read with (default: built-in). */
  codebooks?: CodebookSet;
  /** The summary already computed with `activitySummary` of the same tables (computed here otherwise). */
  summary?: ActivitySummary;
}

/** The view model of the 「地域SECURITY・普及啓発活動」 dashboard section. */
export function activityView(tables: ActivityTables, { codebooks = activityCodebooks, summary = activitySummary(tables, { codebooks }) }: ActivityViewOptions = {}): ActivityView {
  const practicesCodebook = activityCodebook('practices', codebooks);
  const editions = summary.practices.editions;
  const c = prefectureCounts(tables.communities, { codebook: activityCodebook('communities', codebooks), column: 'prefectures' });
  const e = prefectureCounts(tables.events, { codebook: activityCodebook('events', codebooks), column: 'prefecture' });
  const seedColumn = practicesCodebook.columns.find((col) => col.id === 'source_seed');
  const seeds = seedColumn && 'options' in seedColumn ? seedColumn.options : [];
  return {
    title: '地域SECURITY・普及啓発活動',
    keyNumbers: keyNumbers({ ...tables, summary }),
    prefectures: Object.fromEntries(PREFECTURES.map((p) => [p.code, { communities: c.counts[p.code] ?? 0, events: e.counts[p.code] ?? 0 }])),
    unplaced: { communities: c.unplaced, events: e.unplaced },
    purposes: { editions, rows: summary.practices.purposes },
    targetLevel: targetLevel(tables.events, { codebook: activityCodebook('events', codebooks) }),
    practices: practiceRows(tables.practices, { codebook: practicesCodebook }),
    sources: seeds.flatMap((o) => {
      const docs = sourceDocuments.filter((d) => d.seed === o.code);
      return docs.length > 0 ? docs.map((d) => ({ seed: o.code, file: o.label, document: citeDocument(d) })) : [{ seed: o.code, file: o.label, document: o.label }];
    }),
  };
}
