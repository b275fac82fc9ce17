import type { ColumnTable } from 'arquero';
import type { CodebookSet, Issue, ReadResult } from '@smesec/survey';
import type { ActivityFileId } from '../codebook/activity-codebooks.js';

/**
 * The six programme-activity tables, as read: one row per record, cells as codes (regions,
 * purposes, editions, levels), JIS prefecture codes, ISO dates, numbers, and arrays for list
 * columns. Column ids are the files' headers.
 */
export interface ActivityTables {
  /** `communities.csv`: regional security communities (地域SECURITY) and similar bodies. */
  readonly communities: ColumnTable;
  /** `practices.csv`: every practice of the 3rd and 2nd editions of the practice collection. */
  readonly practices: ColumnTable;
  /** `practice_index.csv`: the rows of the collections' 目的別プラクティスの一覧 index tables. */
  readonly practiceIndex: ColumnTable;
  /** `events.csv`: seminars, exercises, trainings and meetings. */
  readonly events: ColumnTable;
  /** `program_figures.csv`: headline figures stated in the texts. */
  readonly programFigures: ColumnTable;
  /** `measures.csv`: the bullets of the national measures list. */
  readonly measures: ColumnTable;
}

/** What `fromActivityFiles` and `loadActivity` return. */
export interface Activity extends ActivityTables {
  readonly codebooks: CodebookSet;
  /** The read result of each file (row numbers, rejected rows, stats), by codebook id. */
  readonly results: ReadonlyMap<ActivityFileId, ReadResult>;
  /** Every issue of every file, the cross-file checks included. */
  readonly issues: readonly Issue[];
}
