import type { BestPracticesRead, Programme } from '@smesec/programme';
import { bestPracticesTable, type PublishedTable } from './best-practices-figure.js';
import { scoringExampleTable } from './scoring-example-table.js';
import { skillDescriptionsTable } from './skill-descriptions-table.js';
import { themeDescriptionsTable } from './theme-descriptions-table.js';
import type { PublicRecord } from '@smesec/experts';
import type { Codebook, Figures } from '@smesec/survey';
import type { InstrumentResults, Results } from '../analysis/analyse.js';
import { activeListSection } from './active-list-section.js';
import { activityModel, type ActivityModel } from './activity-section.js';
import { coverageSection, expertsFieldsSection, expertsProfileSection, expertsSkillsSection } from './experts-sections.js';
import { frequencyOf } from './frequency-figure.js';
import { KEY_FIGURE_IDS, previousFrequencies, previousResults } from '../figures/figure-ids.js';
import { priorYear, yearOverYear, type YearOverYear } from './year-over-year.js';
import { attendeesSection, consultationsSection, guidanceSection, overviewFunnel } from './programme-sections.js';
import type { KeyNumber, ReportFigure, ReportSection } from './types.js';

export interface ReportModel {
  /** e.g. 令和6年度 */
  readonly year: string;
  readonly title: string;
  readonly keyNumbers: readonly KeyNumber[];
  readonly funnel: ReportFigure;
  readonly sections: readonly ReportSection[];
  /** The public active list: listed specialists, public fields only (codes). */
  readonly activeList: readonly PublicRecord[];
  /**
   * How many specialists the active list has: what the page asks before it reads
   * {@link ReportModel.activeList}, which is built only when read (at a million rows the records
   * took more memory than the file, and a page over its embedding limit never needs them).
   */
  readonly activeListCount: number;
  /** The experts codebook: labels of the list's codes, and what the page's search validates against. */
  readonly expertsCodebook: Codebook;
  readonly figures: Figures;
  /** The previous year's figures when a comparison was asked for. */
  readonly previous?: Figures;
  /** The changes since the previous year, when one was given. */
  readonly changes?: YearOverYear;
  /** The programme activity section, when its records were given. */
  readonly activity?: ActivityModel;
  /**
   * Tables transcribed from the published report, placed by the template like figures (by
   * `table.id`): the S1–S6 abilities and the scoring example from the skills rules, the guidance
   * themes from their option descriptions, and the 指導事例集 when the data folder has one.
   */
  readonly published: readonly PublishedTable[];
}

export interface BuildReportModelOptions {
  /** Year label (default: the codebook set's label). */
  year?: string;
  /** From `toFigures` of the same results. */
  figures: Figures;
  /** Previous years' figures.json, oldest first: the last is 前年度. */
  history?: readonly Figures[];
  /** The label of the last of `history` (default: the year before `year` when the label counts years, e.g. 令和6年度). */
  previousYear?: string;
  /** The year's published 指導事例集 (`best-practices.csv`), when the data folder has one. */
  bestPractices?: Pick<BestPracticesRead, 'cases' | 'source'>;
}

/** What the model needs of the analysis, or throw: a report without it would show made-up zeros. */
function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the report needs ${what}, which the analysis does not have`);
  return value;
}

/** Everything the dashboard shows, from the one analysis of the run. */
export function buildReportModel(results: Results, { year = results.programme.codebooks.label, figures, history = [], previousYear = priorYear(year), bestPractices }: BuildReportModelOptions): ReportModel {
  const previous = history.at(-1);
  const lastYear = previous ? previousFrequencies(previous, results.instruments, previousYear ? { year: previousYear } : {}) : undefined;
  const prior = previous ? previousResults(previous, results, previousYear ? { year: previousYear } : {}) : undefined;
  const instrument = (id: string): InstrumentResults => need(results.instruments.get(id), `the instrument ${id}`);
  const source = (...ids: string[]) => `出典: ${ids.map((id) => `${instrument(id).codebook.label}（${year}）`).join('、')}`;
  const expertsInstrument = instrument('experts');
  const experts = need(results.experts, 'the experts results');
  const flow = need(results.flow, 'the attendees, consultations and guidance');
  const ex = { instrument: expertsInstrument, results: experts, source: source('experts'), ...(lastYear ? { previous: lastYear } : {}), ...(prior ? { prior } : {}) };
  const programme = { attendees: instrument('attendees'), consultations: instrument('consultations'), guidance: instrument('guidance'), flow, source, ...(lastYear ? { previous: lastYear } : {}), ...(prior ? { prior } : {}) };
  const sum = (id: string, column: string) => {
    const stats = frequencyOf(instrument(id), column).stats;
    return need(stats, `the sum of ${id}.${column}`).sum;
  };
  const sessions = frequencyOf(instrument('attendees'), 'session_id').items.filter((i) => i.count > 0).length;
  const key = (id: string, value: number, label: string, unit: string, sub?: string): KeyNumber => ({
    id,
    label,
    value,
    unit,
    ...(sub ? { sub } : {}),
    ...(previous && previous[id] !== undefined ? { previous: previous[id] } : {}),
  });
  const f = flow.funnel;
  const keys = [
    key(KEY_FIGURE_IDS.attended, f.attended, '相談会参加企業', '社', `${sum('attendees', 'people')}名・${sessions}回開催`),
    key(KEY_FIGURE_IDS.consulted, f.consulted, '個別相談', '社'),
    key(KEY_FIGURE_IDS.guided, f.guided, 'マネジメント指導', '社', `訪問 ${sum('guidance', 'visits')}回`),
    key(KEY_FIGURE_IDS.bestPractices, f.bestPractices, 'ベストプラクティス', '事例'),
    key(KEY_FIGURE_IDS.experts, experts.n, 'スキル調査 有効回答', '件'),
    key(KEY_FIGURE_IDS.listed, experts.activeList.listed, 'アクティブリスト掲載', '名'),
    key(KEY_FIGURE_IDS.chamberCovered, experts.chamber.covered.length, '商工会議所等とつながりのある専門家がいる地域', '都道府県'),
  ];
  return {
    year,
    title: `中小企業と登録セキスペのマッチング実証 ${year} 報告`,
    keyNumbers: keys,
    funnel: overviewFunnel(programme),
    sections: [
      expertsProfileSection(ex),
      expertsSkillsSection(ex),
      expertsFieldsSection(ex),
      coverageSection(ex),
      activeListSection({ results: experts, source: source('experts'), ...(prior ? { prior } : {}) }),
      attendeesSection(programme),
      consultationsSection(programme),
      guidanceSection(programme),
    ],
    get activeList() {
      return experts.records;
    },
    activeListCount: experts.list.numRows(),
    expertsCodebook: expertsInstrument.codebook,
    figures,
    ...(previous && lastYear ? { previous, changes: yearOverYear(results, lastYear, { keys, history, year }) } : {}),
    ...(results.activity ? { activity: activityModel(results.activity.view) } : {}),
    published: publishedTables(results.programme, bestPractices),
  };
}

/**
 * The published tables the year's data describe: each only when its data are there (a codebook
 * without descriptions or an example, a folder without best-practices.csv gives none).
 */
function publishedTables(programme: Programme, bestPractices: BuildReportModelOptions['bestPractices']): PublishedTable[] {
  const scheme = programme.experts.rules.skills;
  const guidance = programme.guidance.codebook;
  const themes = guidance.columns.find((c) => c.id === 'theme');
  return [
    ...(scheme.domains.some((d) => d.description) ? [skillDescriptionsTable(scheme)] : []),
    ...[scoringExampleTable(scheme)].filter((t): t is PublishedTable => t !== null),
    ...(themes && 'options' in themes && themes.options.some((o) => o.description) ? [themeDescriptionsTable(guidance)] : []),
    ...(bestPractices && bestPractices.cases.length > 0 ? [bestPracticesTable(bestPractices.cases, bestPractices.source)] : []),
  ];
}
