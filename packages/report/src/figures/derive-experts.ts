import type { ColumnTable } from 'arquero';
import { activeList, excludeFromList, publicRecords, scoreSkills, type PublicRecord } from '@smesec/experts';
import type { Codebook } from '@smesec/survey';

/** What the report derives from the experts table: skill scores, list eligibility, the public list. */
export interface DerivedExperts {
  readonly scores: ColumnTable;
  readonly eligibility: ColumnTable;
  /** The public active list as a table (listed specialists, published fields). */
  readonly list: ColumnTable;
  readonly records: readonly PublicRecord[];
}

// Figures, the report model and the pipeline all need these; on a million rows scoring takes
// seconds, so each table is derived once. Keyed by the (immutable) table and its codebook.
const cache = new WeakMap<ColumnTable, WeakMap<Codebook, DerivedExperts>>();

/** Scores, eligibility and the public list of an experts table, computed once per table and codebook. */
export function deriveExperts(table: ColumnTable, { codebook }: { codebook: Codebook }): DerivedExperts {
  const byCodebook = cache.get(table) ?? new WeakMap<Codebook, DerivedExperts>();
  cache.set(table, byCodebook);
  const hit = byCodebook.get(codebook);
  if (hit) return hit;
  const scores = scoreSkills(table, { codebook });
  const eligibility = excludeFromList(table, { codebook, scores });
  const list = activeList(table, { codebook, scores, eligibility });
  const derived = { scores, eligibility, list, records: publicRecords(list, { codebook }) };
  byCodebook.set(codebook, derived);
  return derived;
}
