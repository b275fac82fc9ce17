import type { ColumnTable } from 'arquero';
import type { MeasuresOptions } from './measures-by-category.js';
import { withoutReposts } from './without-reposts.js';

export interface OrganisationCount {
  /** The body as the bullet names it (経済産業省, IPA, NISC, …). */
  readonly organisation: string;
  readonly count: number;
}

/**
 * National measures per organisation, most measures first. A bullet naming several bodies counts
 * for each. Names are kept as written: the text spells some bodies two ways (Grafsec, and its full
 * name with Grafsec in brackets), and merging them would be a guess. Ties are in code-point order,
 * which unlike a locale's collation is the same on every runtime.
 */
export function measuresByOrganisation(measures: ColumnTable, { includeReposts = false }: Omit<MeasuresOptions, 'codebook'> = {}): OrganisationCount[] {
  const rows = withoutReposts(measures, includeReposts).select('organisation').unroll('organisation');
  return (rows.groupby('organisation').count({ as: 'count' }).objects() as { organisation: string; count: number }[])
    .map((o) => ({ organisation: o.organisation, count: o.count }))
    .sort((a, b) => b.count - a.count || (a.organisation < b.organisation ? -1 : a.organisation > b.organisation ? 1 : 0));
}
