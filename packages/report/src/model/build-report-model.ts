import type { PublicRecord } from '@smesec/experts';
import { deriveExperts } from '../figures/derive-experts.js';
import { instrumentOf, type Codebook, type CodebookSet, type Figures, type ReadResult } from '@smesec/survey';
import { activityView, type ActivityTables } from '@smesec/activity';
import { activeListSection } from './active-list-section.js';
import { activityModel, type ActivityModel } from './activity-section.js';
import { coverageSection, expertsFieldsSection, expertsProfileSection, expertsSkillsSection } from './experts-sections.js';
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
  /** The experts codebook: labels of the list's codes, and what the page's search validates against. */
  readonly expertsCodebook: Codebook;
  readonly figures: Figures;
  /** The previous year's figures when a comparison was asked for. */
  readonly previous?: Figures;
  /** The programme activity section, when its records were given. */
  readonly activity?: ActivityModel;
}

export interface BuildReportModelOptions {
  codebooks: CodebookSet;
  /** From `computeFigures`. */
  figures: Figures;
  /** Year label (default: the codebook set's label). */
  year?: string;
  previous?: Figures;
  /** The programme-activity records (their section follows the survey sections). */
  activity?: ActivityTables;
}

/** Everything the dashboard shows, from the validated instruments and their figures. */
export function buildReportModel(results: ReadonlyMap<string, ReadResult>, { codebooks, figures, year = codebooks.label, previous, activity }: BuildReportModelOptions): ReportModel {
  const cb = (id: string) => instrumentOf(codebooks, id);
  const table = (id: string) => {
    const r = results.get(id);
    if (!r) throw new Error(`instrument ${id} was not read`);
    return r.table;
  };
  const source = (...ids: string[]) => `出典: ${ids.map((id) => `${cb(id).label}（${year}）`).join('、')}`;
  const experts = cb('experts');
  const expertsTable = table('experts');
  const { scores, eligibility, records } = deriveExperts(expertsTable, { codebook: experts });
  const ex = { table: expertsTable, codebook: experts, scores, eligibility, figures, source: source('experts') };
  const programme = {
    attendees: table('attendees'),
    consultations: table('consultations'),
    guidance: table('guidance'),
    codebooks: { attendees: cb('attendees'), consultations: cb('consultations'), guidance: cb('guidance') },
    figures,
    source,
  };
  const key = (id: string, label: string, unit: string, sub?: string): KeyNumber => ({
    id,
    label,
    value: figures[id] ?? NaN,
    unit,
    ...(sub ? { sub } : {}),
    ...(previous && previous[id] !== undefined ? { previous: previous[id] } : {}),
  });
  return {
    year,
    title: `中小企業と登録セキスペのマッチング実証 ${year} 報告`,
    keyNumbers: [
      key('funnel.attended', '相談会参加企業', '社', `${figures['attendees.people.sum'] ?? 0}名・${figures['attendees.session_id.distinct'] ?? 0}回開催`),
      key('funnel.consulted', '個別相談', '社'),
      key('funnel.guided', 'マネジメント指導', '社', `訪問 ${figures['guidance.visits.sum'] ?? 0}回`),
      key('funnel.best_practices', 'ベストプラクティス', '事例'),
      key('experts.n', 'スキル調査 有効回答', '件'),
      key('experts.active_list.count', 'アクティブリスト掲載', '名'),
      key('experts.chamber_coverage.prefectures_covered', '商工会議所等とつながりのある専門家がいる地域', '都道府県'),
    ],
    funnel: overviewFunnel(programme),
    sections: [
      expertsProfileSection(ex),
      expertsSkillsSection(ex),
      expertsFieldsSection(ex),
      coverageSection(ex),
      activeListSection({ codebook: experts, figures, source: source('experts') }),
      attendeesSection(programme),
      consultationsSection(programme),
      guidanceSection(programme),
    ],
    activeList: records,
    expertsCodebook: experts,
    figures,
    ...(previous ? { previous } : {}),
    ...(activity ? { activity: activityModel(activityView(activity, { figures })) } : {}),
  };
}
