import { findPrefecture } from '../prefectures/prefectures.js';
import { columnOf, type Codebook } from './schema.js';

/** The code of the 無回答 row that `includeMissing` adds to a table. */
export const MISSING_CODE = '_missing';
/** The code of the 非該当 (not asked) row that `includeMissing` adds on base `all`. */
export const NOT_ASKED_CODE = '_not_asked';
/** The label of the 無回答 (no answer) row of a table. */
export const MISSING_LABEL = '無回答';
/** The label of the 非該当 (not asked) row of a conditional question's table on base `all`. */
export const NOT_ASKED_LABEL = '非該当';

/** The Japanese label of a column. */
export function labelOf(codebook: Codebook, columnId: string): string {
  return columnOf(codebook, columnId).label;
}

/**
 * The display label of a code: an option's label, a prefecture's name, or the code itself for
 * numbers. Outputs are keyed by codes; labels are looked up only at render time.
 */
export function optionLabel(codebook: Codebook, columnId: string, code: string): string {
  const col = columnOf(codebook, columnId);
  if (code === MISSING_CODE) return MISSING_LABEL;
  if (code === NOT_ASKED_CODE) return NOT_ASKED_LABEL;
  if (col.type === 'single' || col.type === 'multi') return col.options.find((o) => o.code === code)?.label ?? code;
  if (col.type === 'multi-prefecture' && col.nationwide?.code === code) return col.nationwide.label;
  if (col.type === 'prefecture' || col.type === 'multi-prefecture') return findPrefecture(code)?.name ?? code;
  if (col.type === 'scale') return col.points.find((p) => String(p.value) === code)?.label ?? code;
  if ((col.type === 'integer' || col.type === 'number') && col.unit) return `${code}${col.unit}`;
  return code;
}
