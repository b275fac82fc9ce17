import type { ExpertsResults } from '../analysis/analyse.js';
import { int } from './format.js';
import type { ReportSection } from './types.js';

/** The active list's make-up: respondents, exclusions by reason (first applicable), listed. */
export function activeListSection({ results, source }: { results: ExpertsResults; source: string }): ReportSection {
  const n = results.n;
  const listed = results.activeList.listed;
  const excluded = results.activeList.excluded.map((e) => ({ code: e.exclusion.reason, label: e.exclusion.label, count: e.count }));
  return {
    id: 'active-list',
    title: 'アクティブリスト（試作）',
    lead: `スキル調査の回答 ${int(n)} 件のうち ${int(n - listed)} 件は集計・分析の対象としつつリスト掲載から除外し、${int(listed)} 名を掲載しています。氏名・連絡先は掲載に同意した登録セキスペのみ表示します。`,
    figures: [
      {
        id: 'experts-active-list',
        title: 'アクティブリスト掲載対象の内訳',
        caption: `n=${int(n)}（全回答者）・除外理由は先に該当したものを1つ計上`,
        source,
        chart: {
          kind: 'bar',
          sort: 'none',
          multi: false,
          items: [{ code: 'listed', label: '掲載', count: listed, pct: n > 0 ? (100 * listed) / n : NaN }, ...excluded.map((e) => ({ ...e, label: `除外: ${e.label}`, pct: n > 0 ? (100 * e.count) / n : NaN }))],
        },
        table: {
          id: 'experts-active-list',
          title: 'アクティブリスト掲載対象の内訳',
          columns: [
            { key: 'status', header: '区分', kind: 'text' },
            { key: 'count', header: '件数', kind: 'count' },
          ],
          rows: [{ status: '回答', count: n }, ...excluded.map((e) => ({ status: `除外: ${e.label}`, count: e.count })), { status: '掲載', count: listed }],
        },
      },
    ],
  };
}
