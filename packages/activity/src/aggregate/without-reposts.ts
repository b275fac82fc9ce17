import type { ColumnTable } from 'arquero';

/**
 * The measures without their 再掲 bullets (unless `includeReposts`): the published measures list repeats three
 * measures under a second section, and counting them twice would inflate per-body totals.
 */
export function withoutReposts(measures: ColumnTable, includeReposts = false): ColumnTable {
  return includeReposts ? measures : measures.filter((d: { reposted_of: string | null }) => d.reposted_of == null);
}
