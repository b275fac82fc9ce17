import type { BestPractice, BestPracticesSource } from '@smesec/programme';
import { publishedSourceLine } from './published-source.js';
import type { ReportTable } from './types.js';

/** A table transcribed from a published report, with its source line (document and pages). */
export interface PublishedTable {
  readonly table: ReportTable;
  readonly source: string;
}

/**
 * The 指導事例集 (best-practice cases) as the published report prints them: No., 地域,
 * 指導先企業・団体名, 業種, 指導専門家, 事例タイトル, with the report and its page as the source.
 * Text is shown as transcribed (a line break in a name is kept for the renderer).
 */
export function bestPracticesTable(cases: readonly BestPractice[], source: BestPracticesSource | null): PublishedTable {
  return {
    table: {
      id: 'guidance-best-practices',
      title: '指導事例集（ベストプラクティス）',
      columns: [
        { key: 'no', header: 'No.', kind: 'text' },
        { key: 'region', header: '地域', kind: 'text' },
        { key: 'organisation', header: '指導先企業・団体名', kind: 'text' },
        { key: 'industry', header: '業種', kind: 'text' },
        { key: 'expert', header: '指導専門家', kind: 'text' },
        { key: 'title', header: '事例タイトル', kind: 'text' },
      ],
      rows: cases.map((c) => ({ no: c.no, region: c.region, organisation: c.organisation, industry: c.industry, expert: c.expert, title: c.title })),
    },
    source: source ? publishedSourceLine(cases.map((c) => ({ ...source, page: c.page }))) : '',
  };
}
