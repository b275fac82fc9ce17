import { round1 } from './format.js';
import type { TableCell, TableColumn } from './types.js';

/** A value the previous year did not have (an option, a row, a domain): said so, never a 0. */
export const NOT_LAST_YEAR = '前年度なし';

/** What a chart's previous-year values are called: 前年度（令和6年度）, or 前年度 when that year's label is unknown. */
export const previousLabelOf = (year: string | undefined) => (year ? `前年度（${year}）` : '前年度');

/**
 * The 前年度 and 増減 columns of a value column `key`: a share's change is in points, a count's in
 * its own unit. `prefix` names the value when a table has several (「単独で支援可能 前年度（%）」).
 */
export function previousColumns(key: string, kind: 'pct' | 'count', { prefix = '', unit = '' }: { prefix?: string; unit?: string } = {}): TableColumn[] {
  const p = prefix ? `${prefix} ` : '';
  return kind === 'pct'
    ? [
        { key: `${key}_prev`, header: `${p}前年度（%）`, kind: 'pct' },
        { key: `${key}_change`, header: `${p}増減（ポイント）`, kind: 'points' },
      ]
    : [
        { key: `${key}_prev`, header: `${p}前年度（${unit}）`, kind: 'count' },
        { key: `${key}_change`, header: `${p}増減（${unit}）`, kind: 'count' },
      ];
}

/** The cells of {@link previousColumns}: last year's value and the change, or 前年度なし and no change when that year lacked it. */
export function previousCells(key: string, kind: 'pct' | 'count', now: number, last: number | undefined): Record<string, TableCell> {
  if (last === undefined || !Number.isFinite(last)) return { [`${key}_prev`]: NOT_LAST_YEAR, [`${key}_change`]: null };
  return kind === 'pct' ? { [`${key}_prev`]: round1(last), [`${key}_change`]: round1(now - last) } : { [`${key}_prev`]: last, [`${key}_change`]: now - last };
}
