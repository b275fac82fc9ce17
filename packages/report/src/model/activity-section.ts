import type { ActivityView } from '@smesec/activity';
import { PREFECTURES } from '@smesec/survey';
import { activityKeyId } from '../figures/figure-ids.js';
import { int } from './format.js';
import { matrixFigure } from './matrix-figure.js';
import type { ChartItem, ReportFigure, ReportSection, ReportTable } from './types.js';

/** A key number of the activity section, named by its figure id. */
export type ActivityKeyNumber = ActivityView['keyNumbers'][number] & { readonly id: string };

/** The programme activity: the view model (its key numbers named by figure id), and its figures as a report section. */
export interface ActivityModel {
  readonly view: Omit<ActivityView, 'keyNumbers'> & { readonly keyNumbers: readonly ActivityKeyNumber[] };
  readonly section: ReportSection;
}

function prefectureFigure(view: ActivityView, key: 'communities' | 'events', id: string, title: string, unit: string, source: string): ReportFigure {
  const values = Object.fromEntries(PREFECTURES.map((p) => [p.code, view.prefectures[p.code]?.[key] ?? 0]));
  const covered = PREFECTURES.filter((p) => values[p.code]! > 0).length;
  const table: ReportTable = {
    id,
    title,
    columns: [
      { key: 'code', header: '都道府県コード', kind: 'text' },
      { key: 'prefecture', header: '都道府県', kind: 'text' },
      { key: 'count', header: `${unit === '団体' ? 'コミュニティ' : 'イベント'}数`, kind: 'count' },
    ],
    rows: PREFECTURES.map((p) => ({ code: p.code, prefecture: p.name, count: values[p.code]! })),
  };
  return {
    id,
    title,
    caption: `${covered}都道府県・都道府県の記載がない${int(view.unplaced[key])}${unit}は地図に含まない・複数の都道府県にまたがるものは各都道府県に計上`,
    source,
    chart: { kind: 'tilemap', values, legendTitle: unit === '団体' ? '団体数' : '件数' },
    table,
  };
}

/** The figures of the 「地域SECURITY・普及啓発活動」 section from the activity view model. */
export function activityModel(view: ActivityView): ActivityModel {
  const source = `出典: ${view.sources.map((s) => s.document).join('、')}`;
  const editions = new Map(view.purposes.editions.map((e) => [e.edition, e]));
  const purposeItems: ChartItem[] = view.purposes.rows.map((r) => ({
    code: `${r.edition}-${r.purpose}`,
    label: `【${editions.get(r.edition)?.label ?? r.edition}】${r.label}`,
    count: r.indexRows,
    pct: NaN,
  }));
  const purposes: ReportFigure = {
    id: 'activity-purposes',
    title: '目的別プラクティスの一覧（版 × 目的）',
    caption: `各版の「目的別プラクティスの一覧」の掲載行数・${view.purposes.editions.map((e) => `${e.label} ${int(e.count)}件`).join('、')}`,
    source,
    note: '一つのプラクティスが複数の目的に掲載されるため、行数の合計はプラクティス数を超えます。',
    chart: { kind: 'bar', items: purposeItems, sort: 'none', multi: false, measure: 'count' },
    table: {
      id: 'activity-purposes',
      title: '目的別プラクティスの一覧',
      columns: [
        { key: 'edition', header: '版', kind: 'text' },
        { key: 'purpose', header: '目的', kind: 'text' },
        { key: 'rows', header: '一覧の掲載行数', kind: 'count' },
        { key: 'practices', header: 'プラクティス数', kind: 'count' },
      ],
      rows: view.purposes.rows.map((r) => ({ edition: editions.get(r.edition)?.label ?? r.edition, purpose: r.label, rows: r.indexRows, practices: r.practices })),
    },
  };
  const tl = view.targetLevel;
  const targetLevel = matrixFigure({
    id: 'activity-target-level',
    // The series the events were taken from is data (the activity codebook's targetLevelSeries).
    title: `対象別・レベル別のイベント${tl.series ? `（${tl.series}）` : ''}`,
    caption: `${int(tl.total)}件（対象が複数のイベントは各対象に計上）・対象の区分がないもの ${int(tl.uncoded)}件`,
    source,
    corner: '対象 ＼ レベル',
    rows: tl.targets,
    columns: tl.levels,
    counts: tl.counts,
    rowTotals: tl.rowTotals,
    columnTotals: tl.colTotals,
    total: tl.total,
  });
  return {
    view: { ...view, keyNumbers: view.keyNumbers.map((k) => ({ ...k, id: activityKeyId(k.of) })) },
    section: {
      id: 'activity',
      title: view.title,
      lead: '地域SECURITY（地域のセキュリティコミュニティ）の形成・運営のプラクティス、普及啓発のイベント、SECURITY ACTION の自己宣言など、公表資料に記載された実績です（合成データではありません）。',
      figures: [
        prefectureFigure(view, 'communities', 'activity-communities-map', '都道府県別 地域SECURITYコミュニティ', '団体', source),
        prefectureFigure(view, 'events', 'activity-events-map', '都道府県別 イベント・セミナー', '件', source),
        purposes,
        targetLevel,
      ],
    },
  };
}
