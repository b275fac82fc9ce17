import { skillSchemeOf } from '@smesec/experts';
import { PREFECTURES, type Codebook, type Crosstab } from '@smesec/survey';
import type { ExpertsResults, InstrumentResults } from '../analysis/analyse.js';
import { int, round1 } from './format.js';
import type { PreviousFrequency, PreviousResults } from '../figures/figure-ids.js';
import { figureOf } from './frequency-figure.js';
import { previousCells, previousColumns, previousLabelOf } from './previous-cells.js';
import type { ChartItem, ReportFigure, ReportSection } from './types.js';

export interface ExpertsSectionInput {
  /** The experts instrument: table, codebook, frequencies. */
  instrument: InstrumentResults;
  results: ExpertsResults;
  source: string;
  /** The previous year's frequencies, by `<instrument>.<question>`. */
  previous?: ReadonlyMap<string, PreviousFrequency>;
  /** The previous year's skill and coverage values, matched to this year's codes. */
  prior?: PreviousResults;
}

const pct = (k: number, n: number) => (n > 0 ? (100 * k) / n : NaN);

/** A cell of a crosstab by its codes, or throw: a missing cell is a bug, never a 0 on the page. */
function cell(x: Crosstab, row: string, col: string | 'total'): number {
  const i = x.rowCodes.indexOf(row);
  const j = col === 'total' ? -1 : x.colCodes.indexOf(col);
  if (i < 0 || (col !== 'total' && j < 0)) throw new Error(`crosstab ${x.rows} × ${x.columns} has no cell ${row} × ${col}`);
  return j < 0 ? x.rowTotals[i]! : x.counts[i]![j]!;
}

export function expertsProfileSection({ instrument, source, previous }: ExpertsSectionInput): ReportSection {
  const f = figureOf(instrument, source, previous);
  const table = instrument.table;
  return {
    id: 'experts-profile',
    title: '回答者属性（セキュリティ専門家スキル調査）',
    lead: `スキル調査の有効回答 ${int(table.numRows())} 件の属性です。`,
    figures: [
      f('affiliation', { chart: 'stacked', title: '回答者の所属状況' }),
      f('age_band', { chart: 'stacked', title: '回答者の年齢分布' }),
      f('experience_years', { chart: 'stacked' }),
      f('support_experience', { chart: 'stacked' }),
      f('support_count', { keepOrder: true }),
    ],
  };
}

const STATISTIC: Readonly<Record<string, string>> = { lower_median: '下側中央値', upper_median: '上側中央値', mean: '平均', min: '最小値', max: '最大値' };

/**
 * The ability rule in words, from the codebook's rule (so a year that changes the rule gets its
 * own note): `各支援領域の回答（0〜3、無回答は0）の下側中央値が3なら「…」、2なら「…」、0・1なら「…」。`
 */
export function abilityRuleText(codebook: Codebook): string {
  const scheme = skillSchemeOf(codebook);
  const { statistic, missingAs, classes } = scheme.ability;
  const first = codebook.columns.find((c) => c.id === scheme.domains[0]?.subitems[0]?.columns[0]);
  const [lo, hi] = first?.type === 'scale' ? [first.min, first.max] : [0, 3];
  const byMin = [...classes].sort((a, b) => b.min - a.min);
  const when = byMin.map((c, i) => {
    if (statistic === 'mean') return `${c.min}以上`;
    const upper = i === 0 ? hi : byMin[i - 1]!.min - 1;
    const values: number[] = [];
    for (let v = Math.max(lo, Math.ceil(c.min)); v <= upper; v++) values.push(v);
    return values.join('・');
  });
  const parts = byMin.map((c, i) => `${when[i]}なら「${c.label}」`);
  return `分類の規則: 各支援領域の回答（${lo}〜${hi}、無回答は${missingAs}）の${STATISTIC[statistic] ?? statistic}が${parts.join('、')}。`;
}

/** `・前年度 n=221` after a caption, when the previous year's base is known. */
const previousBase = (n: number | undefined) => (n !== undefined ? `・前年度 n=${int(n)}` : '');

export function expertsSkillsSection({ instrument, results, source, prior }: ExpertsSectionInput): ReportSection {
  const codebook = instrument.codebook;
  const scheme = skillSchemeOf(codebook);
  const n = results.n;
  const classes = scheme.ability.classes;
  const last = prior?.experts;
  const withPrevious = last ? { previousLabel: previousLabelOf(prior.year) } : {};
  const abilityRows = results.domains.map((d) => ({
    code: d.domain.id,
    label: `${d.domain.id} ${d.domain.label}`,
    segments: d.ability.map((a): ChartItem => {
      const then = last?.ability.get(d.domain.id)?.get(a.class.code)?.pct;
      return { code: a.class.code, label: a.class.label, count: a.count, pct: a.pct, ...(then !== undefined && Number.isFinite(then) ? { previous: then } : {}) };
    }),
  }));
  const ability: ReportFigure = {
    id: 'experts-ability',
    title: '保有スキル状況（S1〜S6 実行可能な支援能力）',
    caption: `n=${int(n)}（全回答者）・スキル無回答者は「${classes[classes.length - 1]!.label}」に含む${previousBase(last?.n)}`,
    source,
    note: abilityRuleText(codebook),
    ...(abilityRows.some((r) => r.segments.some((s) => s.previous !== undefined)) ? withPrevious : {}),
    chart: { kind: 'stacked', rows: abilityRows },
    table: {
      id: 'experts-ability',
      title: '保有スキル状況（S1〜S6）',
      columns: [
        { key: 'domain', header: 'スキル（支援領域）', kind: 'text' },
        ...classes.flatMap((c) => [
          { key: `${c.code}_count`, header: `${c.label}（人）`, kind: 'count' as const },
          { key: `${c.code}_pct`, header: `${c.label}（%）`, kind: 'pct' as const },
          ...(last ? previousColumns(`${c.code}_pct`, 'pct', { prefix: c.label }) : []),
        ]),
      ],
      rows: abilityRows.map((r) => ({
        domain: r.label,
        ...Object.fromEntries(
          r.segments.flatMap((s) => [
            [`${s.code}_count`, s.count],
            [`${s.code}_pct`, round1(s.pct)],
            ...(last ? Object.entries(previousCells(`${s.code}_pct`, 'pct', s.pct, last.ability.get(r.code)?.get(s.code)?.pct)) : []),
          ]),
        ),
      })),
    },
  };
  const ratingGroups = results.domains.map((d) => ({
    code: d.domain.id,
    label: d.domain.id,
    items: d.ratings
      .filter((r) => r.rating.label !== '')
      .map((r): ChartItem => {
        const then = last?.rating.get(d.domain.id)?.get(r.rating.code);
        return { code: r.rating.code, label: r.rating.label, count: r.count, pct: r.pct, ...(then !== undefined ? { previousCount: then } : {}) };
      }),
  }));
  const ratingName = (r: { label: string }) => (r.label === '' ? '無表記' : r.label);
  const rating: ReportFigure = {
    id: 'experts-rating',
    title: '支援領域ごとの保有スキル評価（◎・○の人数）',
    caption: `n=${int(n)}（全回答者）${previousBase(last?.n)}`,
    source,
    note: '◎: 領域のすべての小項目が評点以上、○: 1つの小項目のみ評点に達しない（小項目の評点は質問数1〜5に応じて3・5・7・10・13点）。',
    ...(ratingGroups.some((g) => g.items.some((i) => i.previousCount !== undefined)) ? withPrevious : {}),
    chart: { kind: 'grouped', groups: ratingGroups },
    table: {
      id: 'experts-rating',
      title: '支援領域ごとの保有スキル評価',
      columns: [
        { key: 'domain', header: 'スキル（支援領域）', kind: 'text' },
        ...scheme.ratings.flatMap((r) => [
          { key: r.code, header: `${ratingName(r)}（人）`, kind: 'count' as const },
          ...(last ? previousColumns(r.code, 'count', { prefix: ratingName(r), unit: '人' }) : []),
        ]),
      ],
      rows: results.domains.map((d) => ({
        domain: `${d.domain.id} ${d.domain.label}`,
        ...Object.fromEntries(
          d.ratings.flatMap((r) => [[r.rating.code, r.count], ...(last ? Object.entries(previousCells(r.rating.code, 'count', r.count, last.rating.get(d.domain.id)?.get(r.rating.code))) : [])]),
        ),
      })),
    },
  };
  const experience = codebook.columns.find((c) => c.id === 'experience_years');
  const bands = experience && experience.type === 'single' ? experience.options : [];
  const solo = classes[0]!;
  const first = results.domains[0]!.abilityBy.experience_years;
  /** Last year's share of the first class among the respondents of an experience band, when it had both. */
  const soloShareThen = (domain: string, band: string): number | undefined => {
    const row = last?.abilityBy.experience_years.get(domain)?.get(band);
    const [k, total] = [row?.get(solo.code), row?.get('total')];
    return k !== undefined && total !== undefined && total > 0 ? (100 * k) / total : undefined;
  };
  const byExperience: ReportFigure = {
    id: 'experts-solo-by-experience',
    title: `実務経験年数別「${solo.label}」の割合（${scheme.domains[0]!.id}〜${scheme.domains.at(-1)!.id}）`,
    caption: `各経験年数の回答者を母数とする割合・${bands.map((b) => `${b.label} n=${int(cell(first, b.code, 'total'))}`).join('、')}・経験年数の無回答 ${int(n - first.n)}`,
    source,
    ...(last && results.domains.some((d) => bands.some((b) => soloShareThen(d.domain.id, b.code) !== undefined)) ? withPrevious : {}),
    chart: {
      kind: 'grouped',
      measure: 'pct',
      groups: results.domains.map((d) => ({
        code: d.domain.id,
        label: d.domain.id,
        items: bands.map((b): ChartItem => {
          const k = cell(d.abilityBy.experience_years, b.code, solo.code);
          const then = soloShareThen(d.domain.id, b.code);
          return { code: b.code, label: b.label, count: k, pct: pct(k, cell(d.abilityBy.experience_years, b.code, 'total')), ...(then !== undefined ? { previous: then } : {}) };
        }),
      })),
    },
    table: {
      id: 'experts-solo-by-experience',
      title: `実務経験年数別「${solo.label}」の割合`,
      columns: [
        { key: 'domain', header: 'スキル（支援領域）', kind: 'text' },
        ...bands.flatMap((b) => [
          { key: `${b.code}_count`, header: `${b.label}（人）`, kind: 'count' as const },
          { key: `${b.code}_pct`, header: `${b.label}（%）`, kind: 'pct' as const },
          ...(last ? previousColumns(`${b.code}_pct`, 'pct', { prefix: b.label }) : []),
        ]),
      ],
      rows: results.domains.map((d) => ({
        domain: `${d.domain.id} ${d.domain.label}`,
        ...Object.fromEntries(
          bands.flatMap((b) => {
            const k = cell(d.abilityBy.experience_years, b.code, solo.code);
            const share = pct(k, cell(d.abilityBy.experience_years, b.code, 'total'));
            return [
              [`${b.code}_count`, k],
              [`${b.code}_pct`, round1(share)],
              ...(last ? Object.entries(previousCells(`${b.code}_pct`, 'pct', share, soloShareThen(d.domain.id, b.code))) : []),
            ];
          }),
        ),
      })),
    },
  };
  return {
    id: 'experts-skills',
    title: '登録セキスペの保有スキル',
    ...(groupLead(results) ? { lead: groupLead(results) } : {}),
    figures: [ability, rating, byExperience],
  };
}

/**
 * The skills lead from the codebook's reported groups: for each group the share of the class the
 * codebook names for it (else its most common class), computed, never written in.
 */
function groupLead({ groups }: ExpertsResults): string {
  const parts = groups.map((g) => {
    const c = g.classes.find((x) => x.class.code === g.group.class) ?? [...g.classes].sort((a, b) => b.pct - a.pct)[0]!;
    return `${g.group.domains.join('・')}（${g.group.label}）では約${Math.round(c.pct)}%が「${c.class.label}」`;
  });
  return parts.length ? `${parts.join('、')}と回答しています。` : '';
}

export function expertsFieldsSection({ instrument, source, previous }: ExpertsSectionInput): ReportSection {
  const f = figureOf(instrument, source, previous);
  return {
    id: 'experts-fields',
    title: '保有資格・得意業種・支援形態',
    figures: [
      f('qualifications'),
      f('industries'),
      f('support_forms'),
      f('guidance_themes'),
      f('fee_band', { keepOrder: true }),
      f('support_periods', { keepOrder: true }),
    ],
  };
}

export function coverageSection({ instrument, results, source, prior }: ExpertsSectionInput): ReportSection {
  const table = instrument.table;
  const { chamber, support } = results;
  const name = (code: string) => PREFECTURES.find((p) => p.code === code)!.name;
  // The maps have no marker; the tables get last year's count of each prefecture when that year had the coverage.
  const prefTable = (id: string, title: string, counts: Readonly<Record<string, number>>, header: string, last: ReadonlyMap<string, number> | undefined) => ({
    id,
    title,
    columns: [
      { key: 'code', header: '都道府県コード', kind: 'text' as const },
      { key: 'prefecture', header: '都道府県', kind: 'text' as const },
      { key: 'count', header, kind: 'count' as const },
      ...(last ? previousColumns('count', 'count', { unit: '人' }) : []),
    ],
    rows: PREFECTURES.map((p) => ({ code: p.code, prefecture: p.name, count: counts[p.code] ?? 0, ...(last ? previousCells('count', 'count', counts[p.code] ?? 0, last.get(p.code)) : {}) })),
  });
  const connected = Object.values(chamber.counts).reduce((a, b) => a + b, 0);
  return {
    id: 'coverage',
    title: '地域別の状況（商工会議所・商工会とのつながり、支援可能地域）',
    figures: [
      {
        id: 'experts-chamber-coverage',
        title: '（居住地別）商工会議所・商工会とつながりがある登録セキスペ',
        caption: `n=${int(connected)}（つながり「あり」の回答者）・${chamber.covered.length}都道府県に存在、${chamber.uncovered.length}県は不在`,
        source,
        chart: { kind: 'tilemap', values: chamber.counts, legendTitle: '人数' },
        table: prefTable('experts-chamber-coverage', '居住地別 商工会議所・商工会とつながりがある登録セキスペ', chamber.counts, 'つながりがある登録セキスペ（人）', prior?.experts?.chamber),
        details: [`不在の${chamber.uncovered.length}県: ${chamber.uncovered.map(name).join('、') || 'なし'}`],
      },
      {
        id: 'experts-support-coverage',
        title: '都道府県別 支援可能な登録セキスペ（全国対応を含む）',
        caption: `n=${int(table.numRows())}（全回答者）・${support.covered.length}都道府県で支援可能`,
        source,
        chart: { kind: 'tilemap', values: support.counts, legendTitle: '人数' },
        table: prefTable('experts-support-coverage', '都道府県別 支援可能な登録セキスペ', support.counts, '支援可能な登録セキスペ（人）', prior?.experts?.support),
        details: support.uncovered.length ? [`支援可能な登録セキスペがいない都道府県: ${support.uncovered.map(name).join('、')}`] : ['47都道府県すべてで支援可能な登録セキスペがいます。'],
      },
    ],
  };
}
