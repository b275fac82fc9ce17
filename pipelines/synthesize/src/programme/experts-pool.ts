import { canSupport } from '@smesec/experts';
import { neighboursOf } from '../neighbours.js';
import type { Row } from '../row.js';

/** What the matching needs to know of a specialist. */
export interface PoolExpert {
  readonly id: string;
  readonly residence: string;
  readonly regions: readonly string[];
  readonly themes: readonly string[];
}

/**
 * The specialists on the active list (the FY2024 codebook's rules: skill answers given, employer allows SME
 * support, consent to listing): only they are matched with companies.
 */
export function activePool(experts: readonly Row[], skillColumns: readonly string[]): PoolExpert[] {
  return experts
    .filter((r) => skillColumns.some((c) => r[c] != null) && r['sme_support_allowed'] !== 'no' && r['list_consent'] !== 'no')
    .map((r) => ({
      id: String(r['respondent_id']),
      residence: String(r['residence_prefecture']),
      regions: (r['support_regions'] as readonly string[] | null) ?? [],
      themes: (r['guidance_themes'] as readonly string[] | null) ?? [],
    }));
}

/** Specialists who can work in a prefecture, weighted by how close they live. */
export function nearWeight(e: PoolExpert, prefecture: string): number {
  if (!canSupport(e.regions, prefecture)) return 0;
  return e.residence === prefecture ? 4 : neighboursOf(prefecture).includes(e.residence) ? 2 : 1;
}
