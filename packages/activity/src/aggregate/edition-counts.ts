import type { ColumnTable } from 'arquero';
import { tabulate, type Codebook } from '@smesec/survey';
import { activityCodebook } from '../codebook/activity-codebooks.js';
import { activityRulesOf } from '../codebook/rules.js';

export interface EditionCount {
  /** Edition code, `3` or `2`. */
  readonly edition: string;
  /** 第3版, 第2版. */
  readonly label: string;
  /** Practices of the edition. */
  readonly count: number;
  /** Publication month (ISO `YYYY-MM`) and as printed, when the codebook records it. */
  readonly published: string | null;
  readonly publishedText: string | null;
  /** The seed (`000`) and line of the cover printing the date, or null. */
  readonly source: { readonly seed: string; readonly line: number } | null;
}

export interface EditionCountsOptions {
  /** The `practices` codebook (default: built-in). */
  codebook?: Codebook;
}

/** Practices per edition of the practice collection, newest edition first, with its publication date. */
export function editionCounts(practices: ColumnTable, { codebook = activityCodebook('practices') }: EditionCountsOptions = {}): EditionCount[] {
  const editions = activityRulesOf(codebook).editions;
  const f = tabulate(practices, 'edition', { codebook });
  const column = codebook.columns.find((c) => c.id === 'edition');
  const labels = new Map(column && 'options' in column ? column.options.map((o) => [o.code, o.label]) : []);
  return f.items.map((item) => {
    const e = editions.find((x) => x.code === item.code);
    return {
      edition: item.code,
      label: labels.get(item.code) ?? item.code,
      count: item.count,
      published: e?.published ?? null,
      publishedText: e?.publishedText ?? null,
      source: e ? { ...e.source } : null,
    };
  });
}
