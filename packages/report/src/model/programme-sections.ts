import { labelOf, optionLabel, type Codebook, type Crosstab, type Frequency } from '@smesec/survey';
import type { FunnelResults, InstrumentResults, ProgrammeResults } from '../analysis/analyse.js';
import { previousCells, previousColumns, previousLabelOf } from './previous-cells.js';
import { int, round1 } from './format.js';
import type { PreviousCrosstab, PreviousFrequency, PreviousResults } from '../figures/figure-ids.js';
import { figureOf, frequencyOf } from './frequency-figure.js';
import { matrixFigure } from './matrix-figure.js';
import type { ChartItem, ReportFigure, ReportSection } from './types.js';

export interface ProgrammeSectionInput {
  attendees: InstrumentResults;
  consultations: InstrumentResults;
  guidance: InstrumentResults;
  flow: ProgrammeResults;
  /** The source line of figures drawn from these instruments: `出典: …（令和6年度）`. */
  source: (...instruments: ('attendees' | 'consultations' | 'guidance')[]) => string;
  /** The previous year's frequencies, by `<instrument>.<question>`. */
  previous?: ReadonlyMap<string, PreviousFrequency>;
  /** The previous year's crosstabs and funnel, matched to this year's codes. */
  prior?: PreviousResults;
}

/** A numeric question's sum, or throw. */
function sumOf(f: Frequency): number {
  if (!f.stats) throw new Error(`${f.column} has no sum: it is not numeric`);
  return f.stats.sum;
}

/** A crosstab as a heatmap figure with margins, and the same numbers as a table. */
function heatmapFigure(
  x: Crosstab,
  { id, title, codebook, source, caption, note, previous }: { id: string; title: string; codebook: Codebook; source: string; caption: string; note?: string; previous?: PreviousCrosstab | undefined },
): ReportFigure {
  const { rows, columns } = x;
  const lastN = previous?.get('total')?.get('total');
  return matrixFigure({
    id,
    title,
    caption: lastN !== undefined ? `${caption}・前年度 n=${int(lastN)}` : caption,
    ...(previous ? { previous } : {}),
    source,
    ...(note ? { note } : {}),
    corner: `${labelOf(codebook, rows)} ＼ ${labelOf(codebook, columns)}`,
    rows: x.rowCodes.map((c) => ({ code: c, label: optionLabel(codebook, rows, c) })),
    columns: x.colCodes.map((c) => ({ code: c, label: optionLabel(codebook, columns, c) })),
    counts: x.counts,
    rowTotals: x.rowTotals,
    columnTotals: x.colTotals,
    total: x.n,
  });
}

export function overviewFunnel({ flow, source, prior }: ProgrammeSectionInput): ReportFigure {
  const f = flow.funnel;
  const steps: [keyof FunnelResults, string, string][] = [
    ['attended', 'attended', '相談会参加企業'],
    ['consulted', 'consulted', '個別相談'],
    ['matched', 'matched', 'マッチング（指導決定）'],
    ['guided', 'guided', 'マネジメント指導実施'],
    ['bestPractices', 'best_practices', 'ベストプラクティス'],
  ];
  const first = f.attended;
  const last = prior?.flow?.funnel;
  const items: ChartItem[] = steps.map(([field, code, label]) => {
    const then = last?.[field];
    return { code, label, count: f[field], pct: first > 0 ? (100 * f[field]) / first : NaN, ...(then !== undefined ? { previousCount: then } : {}) };
  });
  return {
    id: 'funnel',
    title: '中小企業と登録セキスペのマッチングの流れ',
    caption: `相談会参加企業 ${int(first)} 社を100%とした割合${last?.attended !== undefined ? `・前年度 ${int(last.attended)} 社` : ''}`,
    source: source('attendees', 'consultations', 'guidance'),
    ...(items.some((i) => i.previousCount !== undefined) ? { previousLabel: previousLabelOf(prior?.year) } : {}),
    chart: { kind: 'funnel', steps: items },
    table: {
      id: 'funnel',
      title: 'マッチングの流れ（社数）',
      columns: [
        { key: 'step', header: '段階', kind: 'text' },
        { key: 'count', header: '社数', kind: 'count' },
        { key: 'pct', header: '参加企業に対する割合（%）', kind: 'pct' },
        { key: 'step_pct', header: '前段階からの割合（%）', kind: 'pct' },
        ...(last ? previousColumns('count', 'count', { unit: '社' }) : []),
      ],
      rows: items.map((s, i) => ({
        step: s.label,
        count: s.count,
        pct: round1(s.pct),
        step_pct: i === 0 ? null : round1((100 * s.count) / (items[i - 1]!.count || NaN)),
        ...(last ? previousCells('count', 'count', s.count, s.previousCount) : {}),
      })),
    },
  };
}

export function attendeesSection({ attendees, flow, source, previous, prior }: ProgrammeSectionInput): ReportSection {
  const codebook = attendees.codebook;
  const f = figureOf(attendees, source('attendees'), previous);
  const people = sumOf(frequencyOf(attendees, 'people'));
  const sessions = frequencyOf(attendees, 'session_id').items.filter((i) => i.count > 0).length;
  const chambers = frequencyOf(attendees, 'chamber').items.filter((i) => i.count > 0).map((i) => optionLabel(codebook, 'chamber', i.code));
  return {
    id: 'attendees',
    title: 'サイバーセキュリティ相談会（参加企業アンケート）',
    lead: `${chambers.join('・')}との共催で計${sessions}回開催し、${int(attendees.n)}社（${int(people)}名）が参加しました。`,
    figures: [
      heatmapFigure(flow.industryByChamber, {
        id: 'attendees-industry-by-chamber',
        title: '共催商工会議所別 参加企業の業種',
        codebook,
        source: source('attendees'),
        caption: `n=${int(attendees.n)}（参加企業）`,
        previous: prior?.flow?.industryByChamber,
      }),
      f('motivation'),
      f('desired_support'),
      f('expert_support_status', { chart: 'stacked' }),
      f('selection_criteria'),
      f('search_methods'),
      f('employees', { keepOrder: true }),
    ],
  };
}

export function consultationsSection({ consultations, source, previous }: ProgrammeSectionInput): ReportSection {
  const f = figureOf(consultations, source('consultations'), previous);
  return {
    id: 'consultations',
    title: '個別相談',
    lead: `相談会参加企業のうち ${int(consultations.n)} 社が登録セキスペによる個別相談を行いました。`,
    figures: [f('topics'), f('maturity', { keepOrder: true }), f('industry_guideline')],
  };
}

/**
 * Assignments not carried out still count in the visits table (with their visits, usually 0):
 * said with their number and status, as the data has them.
 */
function notGuidedNote(guidance: InstrumentResults, flow: ProgrammeResults): string {
  const { column, in: codes } = flow.guidedRule;
  const status = guidance.table.array(column) as ArrayLike<string | null>;
  const byStatus = new Map<string, number>();
  for (let i = 0; i < status.length; i++) {
    const s = status[i];
    if (s != null && codes.includes(s)) continue;
    const label = s == null ? '無回答' : optionLabel(guidance.codebook, column, s);
    byStatus.set(label, (byStatus.get(label) ?? 0) + 1);
  }
  if (byStatus.size === 0) return '';
  return `${[...byStatus].map(([label, k]) => `「${label}」の${int(k)}社`).join('、')}も訪問回数に含みます。`;
}

export function guidanceSection({ guidance, flow, source, previous, prior }: ProgrammeSectionInput): ReportSection {
  const codebook = guidance.codebook;
  const f = figureOf(guidance, source('guidance'), previous);
  const n = flow.funnel.bestPractices;
  const last = prior?.flow;
  const lastN = last?.funnel.bestPractices;
  const bestItems: ChartItem[] = flow.bestPracticeByRegion.map((r) => {
    const then = last?.bestPracticeByRegion.get(r.code);
    return { code: r.code, label: r.label, count: r.count, pct: n > 0 ? (100 * r.count) / n : NaN, ...(then !== undefined && lastN !== undefined && lastN > 0 ? { previous: (100 * then) / lastN } : {}) };
  });
  const best: ReportFigure = {
    id: 'guidance-best-practice-by-region',
    title: '地域別 指導事例集（ベストプラクティス）掲載件数',
    caption: `n=${int(n)}（掲載事例）`,
    source: source('guidance'),
    ...(bestItems.some((i) => i.previous !== undefined) ? { previousLabel: previousLabelOf(prior?.year) } : {}),
    chart: { kind: 'bar', sort: 'none', multi: false, items: bestItems },
    table: {
      id: 'guidance-best-practice-by-region',
      title: '地域別 ベストプラクティス掲載件数',
      columns: [
        { key: 'region', header: '地域', kind: 'text' },
        { key: 'count', header: '件数', kind: 'count' },
        ...(last ? previousColumns('count', 'count', { unit: '件' }) : []),
      ],
      rows: flow.bestPracticeByRegion.map((r) => ({ region: r.label, count: r.count, ...(last ? previousCells('count', 'count', r.count, last.bestPracticeByRegion.get(r.code)) : {}) })),
    },
  };
  return {
    id: 'guidance',
    title: 'マネジメント指導',
    lead: `個別相談を経てマッチングした ${int(flow.funnel.matched)} 社のうち、${int(flow.funnel.guided)} 社に訪問指導を実施しました（総訪問回数 ${int(sumOf(frequencyOf(guidance, 'visits')))} 回）。`,
    figures: [
      heatmapFigure(flow.themeByRegion, {
        id: 'guidance-theme-by-region',
        title: 'マネジメント指導実施件数（地域 × 指導テーマ）',
        codebook,
        source: source('guidance'),
        caption: `n=${int(flow.guided.numRows())}（指導を実施した企業）`,
        previous: prior?.flow?.themeByRegion,
      }),
      f('visits', { keepOrder: true, ...(notGuidedNote(guidance, flow) ? { note: notGuidedNote(guidance, flow) } : {}) }),
      f('goal_achieved', { chart: 'stacked' }),
      best,
    ],
  };
}
