import type { ExpertsResults } from '../analysis/analyse.js';
import type { PreviousResults } from '../figures/figure-ids.js';
import { int } from './format.js';
import { previousCells, previousColumns, previousLabelOf } from './previous-cells.js';
import type { ChartItem, ReportSection } from './types.js';

/** The active list's make-up: respondents, exclusions by reason (first applicable), listed; with last year's when given. */
export function activeListSection({ results, source, prior }: { results: ExpertsResults; source: string; prior?: PreviousResults }): ReportSection {
  const n = results.n;
  const listed = results.activeList.listed;
  const last = prior?.experts;
  const lastN = last?.n;
  const share = (k: number | undefined) => (k !== undefined && lastN !== undefined && lastN > 0 ? { previous: (100 * k) / lastN } : {});
  const excluded = results.activeList.excluded.map((e) => ({ code: e.exclusion.reason, label: e.exclusion.label, count: e.count, then: last?.activeList.excluded.get(e.exclusion.reason) }));
  const items: ChartItem[] = [
    { code: 'listed', label: '掲載', count: listed, pct: n > 0 ? (100 * listed) / n : NaN, ...share(last?.activeList.listed) },
    ...excluded.map((e) => ({ code: e.code, label: `除外: ${e.label}`, count: e.count, pct: n > 0 ? (100 * e.count) / n : NaN, ...share(e.then) })),
  ];
  const prev = (count: number, then: number | undefined) => (last ? previousCells('count', 'count', count, then) : {});
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
        ...(items.some((i) => i.previous !== undefined) ? { previousLabel: previousLabelOf(prior?.year) } : {}),
        chart: { kind: 'bar', sort: 'none', multi: false, items },
        table: {
          id: 'experts-active-list',
          title: 'アクティブリスト掲載対象の内訳',
          columns: [
            { key: 'status', header: '区分', kind: 'text' },
            { key: 'count', header: '件数', kind: 'count' },
            ...(last ? previousColumns('count', 'count', { unit: '件' }) : []),
          ],
          rows: [
            { status: '回答', count: n, ...prev(n, lastN) },
            ...excluded.map((e) => ({ status: `除外: ${e.label}`, count: e.count, ...prev(e.count, e.then) })),
            { status: '掲載', count: listed, ...prev(listed, last?.activeList.listed) },
          ],
        },
      },
    ],
  };
}
