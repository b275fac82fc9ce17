import type { ColumnTable } from 'arquero';
import { optionLabel, toCsv, type Codebook } from '@smesec/survey';
import { skillSchemeOf } from '../skills/scheme.js';

/**
 * The active list as CSV for Excel: Japanese headers, option labels instead of codes, multiple
 * answers joined with `、`, ◎/○ per domain; UTF-8 with BOM and formula-safe cells.
 */
export function activeListCsv(list: ColumnTable, { codebook }: { codebook: Codebook }): string {
  const scheme = skillSchemeOf(codebook);
  const ratingLabel = new Map(scheme.ratings.map((r) => [r.code, r.label]));
  const names = list.columnNames();
  const header = names.map((c) => {
    const domain = scheme.domains.find((d) => `${d.id}_rating` === c);
    if (domain) return `${domain.id} ${domain.label}`;
    return codebook.columns.find((col) => col.id === c)?.label ?? c;
  });
  const arrays = names.map((c) => list.array(c) as ArrayLike<unknown>);
  const rows = Array.from({ length: list.numRows() }, (_, i) =>
    names.map((c, k) => {
      const v = arrays[k]![i];
      if (c.endsWith('_rating') && scheme.domains.some((d) => `${d.id}_rating` === c)) return ratingLabel.get(String(v)) ?? '';
      const col = codebook.columns.find((x) => x.id === c);
      if (v == null) return '';
      if (Array.isArray(v)) return v.map((code: string) => optionLabel(codebook, c, code)).join('、');
      if (col && (col.type === 'single' || col.type === 'prefecture')) return optionLabel(codebook, c, String(v));
      return typeof v === 'number' ? v : String(v);
    }),
  );
  return toCsv(header, rows);
}
