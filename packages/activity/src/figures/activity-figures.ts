import type { CodebookSet, Figures } from '@smesec/survey';
import { activityCodebook, activityCodebooks } from '../codebook/activity-codebooks.js';
import { editionCounts } from '../aggregate/edition-counts.js';
import { measuresByCategory } from '../aggregate/measures-by-category.js';
import { prefectureCounts } from '../aggregate/prefecture-counts.js';
import { purposeCounts } from '../aggregate/purpose-counts.js';
import { regionCounts } from '../aggregate/region-counts.js';
import type { ActivityTables } from '../read/activity.js';

export interface ActivityFiguresOptions {
  /** The codebooks the tables were read with (default: built-in). */
  codebooks?: CodebookSet;
}

const SNAKE = /^[a-z][a-z0-9_]*$/;

/**
 * The programme-activity figures as a flat map (see the package README for every id). Fixed ids:
 * `activity.communities.count`, `activity.practices.edition.<2|3>.count`,
 * `activity.practices.edition.<2|3>.purpose.<code>.count` (index-table rows),
 * `activity.events.count`, `activity.measures.count`, `activity.program.<figure_id>`.
 */
export function activityFigures(tables: ActivityTables, { codebooks = activityCodebooks }: ActivityFiguresOptions = {}): Figures {
  const cb = (id: Parameters<typeof activityCodebook>[0]) => activityCodebook(id, codebooks);
  const out: Figures = {};
  out['activity.communities.count'] = tables.communities.numRows();
  out['activity.practices.count'] = tables.practices.numRows();
  for (const e of editionCounts(tables.practices, { codebook: cb('practices') })) out[`activity.practices.edition.${e.edition}.count`] = e.count;
  for (const p of purposeCounts(tables.practiceIndex, { codebook: cb('practice_index') })) {
    out[`activity.practices.edition.${p.edition}.purpose.${p.purpose}.count`] = p.indexRows;
    out[`activity.practices.edition.${p.edition}.purpose.${p.purpose}.practices`] = p.practices;
  }
  const regions = regionCounts(tables.communities, tables.practices, { communitiesCodebook: cb('communities'), practicesCodebook: cb('practices') });
  for (const r of regions.rows) {
    out[`activity.communities.region.${r.region}.count`] = r.communities;
    out[`activity.practices.region.${r.region}.count`] = r.practices;
  }
  out['activity.communities.region.missing'] = regions.unassigned.communities;
  out['activity.practices.region.missing'] = regions.unassigned.practices;
  const communityPrefs = prefectureCounts(tables.communities, { codebook: cb('communities'), column: 'prefectures' });
  out['activity.communities.prefectures_covered'] = Object.values(communityPrefs.counts).filter((n) => n > 0).length;

  out['activity.events.count'] = tables.events.numRows();
  out['activity.events.dated.count'] = tables.events.numRows() - countNull(tables.events.array('date') as ArrayLike<unknown>);
  const eventPrefs = prefectureCounts(tables.events, { codebook: cb('events'), column: 'prefecture' });
  out['activity.events.prefectures_covered'] = Object.values(eventPrefs.counts).filter((n) => n > 0).length;

  out['activity.measures.count'] = tables.measures.numRows();
  out['activity.measures.reposted.count'] = tables.measures.numRows() - countNull(tables.measures.array('reposted_of') as ArrayLike<unknown>);
  for (const c of measuresByCategory(tables.measures, { codebook: cb('measures') })) out[`activity.measures.category.${c.category}.count`] = c.count;

  const ids = tables.programFigures.array('figure_id') as ArrayLike<string>;
  const values = tables.programFigures.array('value') as ArrayLike<number>;
  const maxima = tables.programFigures.array('value_max') as ArrayLike<number | null>;
  for (let i = 0; i < ids.length; i++) {
    // A figure id becomes part of a dotted id: a dot or space in it would silently make a different id.
    if (!SNAKE.test(ids[i]!)) throw new Error(`program_figures.csv: figure_id ${JSON.stringify(ids[i])} is not snake_case ascii`);
    out[`activity.program.${ids[i]}`] = values[i]!;
    if (maxima[i] != null) out[`activity.program.${ids[i]}.max`] = maxima[i]!;
  }
  return out;
}

function countNull(values: ArrayLike<unknown>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] == null) n++;
  return n;
}
