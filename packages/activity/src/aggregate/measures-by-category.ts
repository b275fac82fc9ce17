import type { ColumnTable } from 'arquero';
import { optionLabel, tabulate, type Codebook } from '@smesec/survey';
import { activityCodebook } from '../codebook/activity-codebooks.js';
import { withoutReposts } from './without-reposts.js';

export interface CategoryCount {
  /** `smes`, `youth`, `regional`. */
  readonly category: string;
  /** 中小企業, 若年層, 地域における取組の支援. */
  readonly label: string;
  readonly count: number;
}

export interface MeasuresOptions {
  /** The `measures` codebook (default: built-in). */
  codebook?: Codebook;
  /** Count 再掲 bullets too (default false: each measure once, where it first appears). */
  includeReposts?: boolean;
}

/** National measures per target group: the ①②③ sections of (2) 重点的な対象とその内容. */
export function measuresByCategory(measures: ColumnTable, { codebook = activityCodebook('measures'), includeReposts = false }: MeasuresOptions = {}): CategoryCount[] {
  const f = tabulate(withoutReposts(measures, includeReposts), 'category', { codebook });
  return f.items.map((i) => ({ category: i.code, label: optionLabel(codebook, 'category', i.code), count: i.count }));
}
