import { toCsv } from '@smesec/survey';
import type { ReportTable } from './types.js';

/** A dashboard table as CSV for Excel: Japanese headers, UTF-8 with BOM, formula-safe. */
export function reportTableCsv(t: ReportTable): string {
  return toCsv(
    t.columns.map((c) => c.header),
    t.rows.map((r) => t.columns.map((c) => r[c.key] ?? null)),
  );
}
