import type { CodebookSet } from '@smesec/survey';
import { activityCodebook, activityCodebooks } from '../codebook/activity-codebooks.js';
import { editionCounts, type EditionCount } from '../aggregate/edition-counts.js';
import { measuresByCategory, type CategoryCount } from '../aggregate/measures-by-category.js';
import { prefectureCounts } from '../aggregate/prefecture-counts.js';
import { purposeCounts, type PurposeCount } from '../aggregate/purpose-counts.js';
import { regionCounts, type RegionCount } from '../aggregate/region-counts.js';
import type { ActivityTables } from '../read/activity.js';

export interface ActivitySummaryOptions {
  /** The codebooks the tables were read with (default: built-in). */
  codebooks?: CodebookSet;
}

/** One row of program_figures.csv: a number the programme states, with its upper end for a range. */
export interface StatedFigure {
  /** `figure_id` of the row (snake_case ascii). */
  readonly figureId: string;
  readonly value: number;
  /** The upper end where the text gives a range, else null. */
  readonly max: number | null;
}

/**
 * The counts of the programme activity, typed: what the report states of it (the report package
 * flattens them into the `activity.*` figure ids of docs/figure-ids.md).
 */
export interface ActivitySummary {
  readonly communities: {
    /** Rows of communities.csv. */
    readonly count: number;
    /** Prefectures named by at least one community. */
    readonly prefecturesCovered: number;
  };
  readonly practices: {
    /** Practices of every edition. */
    readonly count: number;
    /** Practices per edition, newest first. */
    readonly editions: readonly EditionCount[];
    /** Index-table rows and distinct practices per edition and purpose. */
    readonly purposes: readonly PurposeCount[];
  };
  /** Communities and practices per region (north to south), and those without one. */
  readonly regions: { readonly rows: readonly RegionCount[]; readonly unassigned: { readonly communities: number; readonly practices: number } };
  readonly events: {
    readonly count: number;
    /** Events with an ISO date. */
    readonly dated: number;
    /** Prefectures with at least one event. */
    readonly prefecturesCovered: number;
  };
  readonly measures: {
    /** Bullets of the measures list, 再掲 included. */
    readonly count: number;
    /** 再掲 bullets. */
    readonly reposted: number;
    /** Measures per target group, 再掲 left out. */
    readonly categories: readonly CategoryCount[];
  };
  /** The rows of program_figures.csv, in file order. */
  readonly program: readonly StatedFigure[];
}

const SNAKE = /^[a-z][a-z0-9_]*$/;

/** Every count of the programme activity, computed once from its tables. */
export function activitySummary(tables: ActivityTables, { codebooks = activityCodebooks }: ActivitySummaryOptions = {}): ActivitySummary {
  const cb = (id: Parameters<typeof activityCodebook>[0]) => activityCodebook(id, codebooks);
  const covered = (counts: Readonly<Record<string, number>>) => Object.values(counts).filter((n) => n > 0).length;
  const regions = regionCounts(tables.communities, tables.practices, { communitiesCodebook: cb('communities'), practicesCodebook: cb('practices') });
  const ids = tables.programFigures.array('figure_id') as ArrayLike<string>;
  const values = tables.programFigures.array('value') as ArrayLike<number>;
  const maxima = tables.programFigures.array('value_max') as ArrayLike<number | null>;
  const program = Array.from(ids, (figureId, i): StatedFigure => {
    // The figure id becomes part of a dotted figure id: a dot or space in it would silently make a different one.
    if (!SNAKE.test(figureId)) throw new Error(`program_figures.csv: figure_id ${JSON.stringify(figureId)} is not snake_case ascii`);
    return { figureId, value: values[i]!, max: maxima[i] ?? null };
  });
  return {
    communities: {
      count: tables.communities.numRows(),
      prefecturesCovered: covered(prefectureCounts(tables.communities, { codebook: cb('communities'), column: 'prefectures' }).counts),
    },
    practices: {
      count: tables.practices.numRows(),
      editions: editionCounts(tables.practices, { codebook: cb('practices') }),
      purposes: purposeCounts(tables.practiceIndex, { codebook: cb('practice_index') }),
    },
    regions: { rows: regions.rows, unassigned: regions.unassigned },
    events: {
      count: tables.events.numRows(),
      dated: tables.events.numRows() - countNull(tables.events.array('date') as ArrayLike<unknown>),
      prefecturesCovered: covered(prefectureCounts(tables.events, { codebook: cb('events'), column: 'prefecture' }).counts),
    },
    measures: {
      count: tables.measures.numRows(),
      reposted: tables.measures.numRows() - countNull(tables.measures.array('reposted_of') as ArrayLike<unknown>),
      categories: measuresByCategory(tables.measures, { codebook: cb('measures') }),
    },
    program,
  };
}

function countNull(values: ArrayLike<unknown>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] == null) n++;
  return n;
}
