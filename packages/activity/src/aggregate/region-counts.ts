import type { ColumnTable } from 'arquero';
import { codesOf, columnOf, optionLabel, tabulate, type Codebook } from '@smesec/survey';
import { activityCodebook } from '../codebook/activity-codebooks.js';

export interface RegionCount {
  /** Region code: the survey's codes, with 沖縄 (`okinawa`) kept apart from 九州 (`kyushu`). */
  readonly region: string;
  /** 北海道, 東北, …, 九州, 沖縄. */
  readonly label: string;
  readonly communities: number;
  /** Practices of both editions. */
  readonly practices: number;
  /** Practices per edition code (`3`, `2`). */
  readonly practicesByEdition: Readonly<Record<string, number>>;
}

export interface RegionCounts {
  /** One row per region, in codebook order (north to south), zero counts included. */
  readonly rows: readonly RegionCount[];
  /** Records the text gives no region for. */
  readonly unassigned: { readonly communities: number; readonly practices: number };
}

export interface RegionCountsOptions {
  /** The `communities` codebook (default: built-in). */
  communitiesCodebook?: Codebook;
  /** The `practices` codebook (default: built-in). */
  practicesCodebook?: Codebook;
}

/** Communities and practices per region (地方), as the extraction assigns them. */
export function regionCounts(
  communities: ColumnTable,
  practices: ColumnTable,
  { communitiesCodebook = activityCodebook('communities'), practicesCodebook = activityCodebook('practices') }: RegionCountsOptions = {},
): RegionCounts {
  const c = tabulate(communities, 'region', { codebook: communitiesCodebook });
  const p = tabulate(practices, 'region', { codebook: practicesCodebook });
  const editions = codesOf(columnOf(practicesCodebook, 'edition'));
  const byEdition = new Map<string, number>();
  for (const o of practices.groupby('region', 'edition').count({ as: 'n' }).objects() as { region: string | null; edition: string; n: number }[]) {
    byEdition.set(`${o.region}/${o.edition}`, o.n);
  }
  const count = (f: typeof c, code: string) => f.items.find((i) => i.code === code)?.count ?? 0;
  const rows = codesOf(columnOf(communitiesCodebook, 'region')).map((region) => ({
    region,
    label: optionLabel(communitiesCodebook, 'region', region),
    communities: count(c, region),
    practices: count(p, region),
    practicesByEdition: Object.fromEntries(editions.map((e) => [e, byEdition.get(`${region}/${e}`) ?? 0])),
  }));
  return { rows, unassigned: { communities: c.missing, practices: p.missing } };
}
