import type { ColumnTable } from 'arquero';
import { crosstab, labelOf, optionLabel, type Codebook, type Figures } from '@smesec/survey';
import { int, round1 } from './format.js';
import { frequencyFigure } from './frequency-figure.js';
import { guidedRows } from '../figures/programme-figures.js';
import { matrixFigure } from './matrix-figure.js';
import type { ChartItem, ReportFigure, ReportSection } from './types.js';

export interface ProgrammeSectionInput {
  attendees: ColumnTable;
  consultations: ColumnTable;
  guidance: ColumnTable;
  codebooks: { attendees: Codebook; consultations: Codebook; guidance: Codebook };
  figures: Figures;
  /** The source line of figures drawn from these instruments: `出典: …（令和6年度）`. */
  source: (...instruments: ('attendees' | 'consultations' | 'guidance')[]) => string;
}

/** A crosstab as a heatmap figure with margins, and the same numbers as a table. */
function heatmapFigure(
  t: ColumnTable,
  rows: string,
  columns: string,
  { id, title, codebook, source, caption, note }: { id: string; title: string; codebook: Codebook; source: string; caption: string; note?: string },
): ReportFigure {
  const x = crosstab(t, rows, columns, { codebook });
  return matrixFigure({
    id,
    title,
    caption,
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

export function overviewFunnel({ figures, source }: ProgrammeSectionInput): ReportFigure {
  const steps: [string, string][] = [
    ['attended', '相談会参加企業'],
    ['consulted', '個別相談'],
    ['matched', 'マッチング（指導決定）'],
    ['guided', 'マネジメント指導実施'],
    ['best_practices', 'ベストプラクティス'],
  ];
  const first = figures['funnel.attended'] ?? 0;
  const items: ChartItem[] = steps.map(([code, label]) => ({ code, label, count: figures[`funnel.${code}`] ?? 0, pct: first > 0 ? (100 * (figures[`funnel.${code}`] ?? 0)) / first : NaN }));
  return {
    id: 'funnel',
    title: '中小企業と登録セキスペのマッチングの流れ',
    caption: `相談会参加企業 ${int(first)} 社を100%とした割合`,
    source: source('attendees', 'consultations', 'guidance'),
    chart: { kind: 'funnel', steps: items },
    table: {
      id: 'funnel',
      title: 'マッチングの流れ（社数）',
      columns: [
        { key: 'step', header: '段階', kind: 'text' },
        { key: 'count', header: '社数', kind: 'count' },
        { key: 'pct', header: '参加企業に対する割合（%）', kind: 'pct' },
        { key: 'step_pct', header: '前段階からの割合（%）', kind: 'pct' },
      ],
      rows: items.map((s, i) => ({ step: s.label, count: s.count, pct: round1(s.pct), step_pct: i === 0 ? null : round1((100 * s.count) / (items[i - 1]!.count || NaN)) })),
    },
  };
}

export function attendeesSection(input: ProgrammeSectionInput): ReportSection {
  const { attendees, codebooks, source } = input;
  const codebook = codebooks.attendees;
  const f = (column: string, opts: Partial<Parameters<typeof frequencyFigure>[2]> = {}) => frequencyFigure(attendees, column, { codebook, source: source('attendees'), ...opts });
  const people = input.figures['attendees.people.sum'] ?? 0;
  return {
    id: 'attendees',
    title: 'サイバーセキュリティ相談会（参加企業アンケート）',
    lead: `大阪・名古屋・埼玉の3商工会議所との共催で計${input.figures['attendees.session_id.distinct'] ?? 0}回開催し、${int(attendees.numRows())}社（${int(people)}名）が参加しました。`,
    figures: [
      heatmapFigure(attendees, 'chamber', 'industry', {
        id: 'attendees-industry-by-chamber',
        title: '共催商工会議所別 参加企業の業種',
        codebook,
        source: source('attendees'),
        caption: `n=${int(attendees.numRows())}（参加企業）`,
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

export function consultationsSection({ consultations, codebooks, source }: ProgrammeSectionInput): ReportSection {
  const codebook = codebooks.consultations;
  const f = (column: string, opts: Partial<Parameters<typeof frequencyFigure>[2]> = {}) => frequencyFigure(consultations, column, { codebook, source: source('consultations'), ...opts });
  return {
    id: 'consultations',
    title: '個別相談',
    lead: `相談会参加企業のうち ${int(consultations.numRows())} 社が登録セキスペによる個別相談を行いました。`,
    figures: [f('topics'), f('maturity', { keepOrder: true }), f('industry_guideline')],
  };
}

export function guidanceSection({ guidance, codebooks, figures, source }: ProgrammeSectionInput): ReportSection {
  const codebook = codebooks.guidance;
  const guided = guidedRows(guidance);
  const f = (column: string, opts: Partial<Parameters<typeof frequencyFigure>[2]> = {}) => frequencyFigure(guidance, column, { codebook, source: source('guidance'), ...opts });
  const regions = (codebook.columns.find((c) => c.id === 'region') as { options: { code: string; label: string }[] }).options;
  const best: ReportFigure = {
    id: 'guidance-best-practice-by-region',
    title: '地域別 指導事例集（ベストプラクティス）掲載件数',
    caption: `n=${int(figures['funnel.best_practices'] ?? 0)}（掲載事例）`,
    source: source('guidance'),
    chart: {
      kind: 'bar',
      sort: 'none',
      multi: false,
      items: regions.map((r) => {
        const k = figures[`guidance.best_practice_by_region.${r.code}.count`] ?? 0;
        const n = figures['funnel.best_practices'] ?? 0;
        return { code: r.code, label: r.label, count: k, pct: n > 0 ? (100 * k) / n : NaN };
      }),
    },
    table: {
      id: 'guidance-best-practice-by-region',
      title: '地域別 ベストプラクティス掲載件数',
      columns: [
        { key: 'region', header: '地域', kind: 'text' },
        { key: 'count', header: '件数', kind: 'count' },
      ],
      rows: regions.map((r) => ({ region: r.label, count: figures[`guidance.best_practice_by_region.${r.code}.count`] ?? 0 })),
    },
  };
  return {
    id: 'guidance',
    title: 'マネジメント指導',
    lead: `個別相談を経てマッチングした ${int(figures['funnel.matched'] ?? 0)} 社のうち、${int(figures['funnel.guided'] ?? 0)} 社に訪問指導を実施しました（総訪問回数 ${int(figures['guidance.visits.sum'] ?? 0)} 回）。`,
    figures: [
      heatmapFigure(guided, 'region', 'theme', {
        id: 'guidance-theme-by-region',
        title: 'マネジメント指導実施件数（地域 × 指導テーマ）',
        codebook,
        source: source('guidance'),
        caption: `n=${int(guided.numRows())}（指導を実施した企業）`,
      }),
      f('visits', { keepOrder: true, note: '辞退した1社は訪問0回として含みます。' }),
      f('goal_achieved', { chart: 'stacked' }),
      best,
    ],
  };
}
