import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import { activitySummary, activityView, type ActivitySummary, type ActivityTables, type ActivityView } from '@smesec/activity';
import {
  abilityByTable,
  activeList,
  assignmentFit,
  chamberCoverage,
  excludeFromList,
  listOfferOfList,
  publicRecords,
  scoreSkills,
  supportCoverage,
  type AbilityClass,
  type AssignmentFit,
  type Exclusion,
  type ListOffer,
  type PrefectureCoverage,
  type PublicRecord,
  type Rating,
  type SkillDomain,
} from '@smesec/experts';
import type { ExpertsRules, Programme, ProgrammeInstrument, SkillGroup } from '@smesec/programme';
import { codeColumn, codedOf, countIds, crosstab, storedColumn, tabulate, type Codebook, type Condition, type Crosstab, type Frequency, type ReadResult, type TableColumn } from '@smesec/survey';

/** Column types that have per-code frequencies; ids, free text and dates do not. */
const TABULATED = new Set(['single', 'multi', 'integer', 'scale', 'prefecture', 'multi-prefecture']);

/** One instrument's accepted table and its frequencies with the codebook's default bases. */
export interface InstrumentResults {
  readonly codebook: Codebook;
  readonly table: ColumnTable;
  readonly n: number;
  /** Every single, multiple, numeric and prefecture question, in codebook order. */
  readonly frequencies: ReadonlyMap<string, Frequency>;
}

/** A count and its share of a base. */
export interface Share {
  readonly count: number;
  /** Percent of the base; NaN when the base is 0. */
  readonly pct: number;
}

/** The skill results of one support domain, in the scheme's order of ratings and classes. */
export interface DomainSkills {
  readonly domain: SkillDomain;
  readonly ratings: readonly (Share & { readonly rating: Rating })[];
  readonly ability: readonly (Share & { readonly class: AbilityClass })[];
  /** Ability class by a respondent attribute (rows: the attribute's options, columns: the classes). */
  readonly abilityBy: Readonly<Record<'experience_years' | 'affiliation', Crosstab>>;
}

/** The share of each ability class over the domains of a reported group (all respondents × domains). */
export interface GroupSkills {
  readonly group: SkillGroup;
  readonly classes: readonly { readonly class: AbilityClass; readonly pct: number }[];
}

export interface ExpertsResults {
  readonly n: number;
  readonly scores: ColumnTable;
  readonly eligibility: ColumnTable;
  /** The public active list as a table (listed specialists, published fields). */
  readonly list: ColumnTable;
  readonly records: readonly PublicRecord[];
  readonly domains: readonly DomainSkills[];
  readonly groups: readonly GroupSkills[];
  readonly activeList: { readonly listed: number; readonly excluded: readonly { readonly exclusion: Exclusion; readonly count: number }[] };
  readonly chamber: PrefectureCoverage;
  readonly support: PrefectureCoverage;
  /** What the list offers, counted over its public records. */
  readonly offer: ListOffer;
}

export interface FunnelResults {
  readonly attended: number;
  readonly wantedConsultation: number;
  readonly consulted: number;
  readonly wantedGuidance: number;
  readonly matched: number;
  readonly guided: number;
  readonly bestPractices: number;
}

export interface ProgrammeResults {
  readonly funnel: FunnelResults;
  /** Guidance rows carried out (the guided rule): the base of the theme and best-practice tables. */
  readonly guided: ColumnTable;
  /** The rule that says which rows were carried out. */
  readonly guidedRule: Condition;
  readonly industryByChamber: Crosstab;
  readonly themeByRegion: Crosstab;
  /** Best practices per guidance region, in the region column's option order. */
  readonly bestPracticeByRegion: readonly { readonly code: string; readonly label: string; readonly count: number }[];
  /** Each assignment checked against its expert (when the experts were read). */
  readonly fit?: AssignmentFit;
}

export interface ActivityResults {
  readonly tables: ActivityTables;
  /** Every count of the programme activity (flattened into the `activity.*` ids). */
  readonly summary: ActivitySummary;
  readonly view: ActivityView;
}

/** Everything the report states, computed once per run from the validated instruments. */
export interface Results {
  readonly programme: Programme;
  /** By instrument id, for the instruments that were read. */
  readonly instruments: ReadonlyMap<string, InstrumentResults>;
  readonly experts?: ExpertsResults;
  /** When attendees, consultations and guidance were read. */
  readonly flow?: ProgrammeResults;
  readonly activity?: ActivityResults;
}

export interface AnalyseOptions {
  /** The codebooks the instruments were read with, with their typed rules. */
  programme: Programme;
  /** The programme-activity records, for the `activity.*` figures and section. */
  activity?: ActivityTables;
}

const share = (count: number, n: number): Share => ({ count, pct: n > 0 ? (100 * count) / n : NaN });

/** Rows whose single-response answer is one of the condition's codes. */
function matching(t: ColumnTable, cond: Condition): ColumnTable {
  return t.filter(aq.escape((d: Record<string, unknown>) => cond.in.includes(d[cond.column] as string))).reify();
}

/** A yes/no column of the condition (`yes` or null), for the coverage counts that compare with one code: a byte per row, tested once per distinct answer. */
function flag(t: ColumnTable, cond: Condition): TableColumn<string | null> {
  const { ids, values } = codedOf(t, cond.column);
  const yes = Uint8Array.from(values, (v) => (v != null && cond.in.includes(v as string) ? 1 : 0));
  const index = new Uint8Array(t.numRows());
  for (let i = 0; i < index.length; i++) index[i] = yes[ids[i]!]!;
  return codeColumn(['yes'], index);
}

function countMatching(t: ColumnTable, cond: Condition): number {
  const values = t.array(cond.column) as ArrayLike<string | null>;
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] != null && cond.in.includes(values[i]!)) k++;
  return k;
}

export function instrumentResults(table: ColumnTable, codebook: Codebook): InstrumentResults {
  const frequencies = new Map<string, Frequency>();
  for (const col of codebook.columns) if (TABULATED.has(col.type)) frequencies.set(col.id, tabulate(table, col.id, { codebook }));
  return { codebook, table, n: table.numRows(), frequencies };
}

/** The skills, the active list, coverage and what the list offers, from the experts' file and its typed rules. */
export function expertsResults(table: ColumnTable, { codebook, rules }: ProgrammeInstrument<ExpertsRules>): ExpertsResults {
  const scheme = rules.skills;
  const n = table.numRows();
  const scores = scoreSkills(table, { codebook });
  const eligibility = excludeFromList(table, { codebook, scores, rules: rules.activeList });
  const list = activeList(table, { codebook, scores, eligibility });
  // The records are built when something reads them (the page, the list's CSV), and what the list
  // offers is counted over them one at a time: at 1M rows, keeping them all for the counts took
  // more memory than the file.
  let records: readonly PublicRecord[] | undefined;
  const counts = (t: ColumnTable, column: string) => {
    const coded = codedOf(t, column);
    const byId = countIds(coded);
    const { values } = coded;
    const m = new Map<unknown, number>();
    values.forEach((v, id) => byId[id]! > 0 && m.set(v, (m.get(v) ?? 0) + byId[id]!));
    return m;
  };
  const { table: joined, codebook: abilityCodebook } = abilityByTable(table, scores, { codebook, by: ['experience_years', 'affiliation'] });
  const domains = scheme.domains.map((domain): DomainSkills => {
    const ratings = counts(scores, `${domain.id}_rating`);
    const ability = counts(scores, `${domain.id}_ability`);
    return {
      domain,
      ratings: scheme.ratings.map((rating) => ({ rating, ...share(ratings.get(rating.code) ?? 0, n) })),
      ability: scheme.ability.classes.map((c) => ({ class: c, ...share(ability.get(c.code) ?? 0, n) })),
      abilityBy: {
        experience_years: crosstab(joined, 'experience_years', `${domain.id}_ability`, { codebook: abilityCodebook }),
        affiliation: crosstab(joined, 'affiliation', `${domain.id}_ability`, { codebook: abilityCodebook }),
      },
    };
  });
  const groups = scheme.groups.map((group): GroupSkills => {
    const members = domains.filter((d) => group.domains.includes(d.domain.id));
    return {
      group,
      classes: scheme.ability.classes.map((c, k) => {
        const count = members.reduce((a, d) => a + d.ability[k]!.count, 0);
        return { class: c, pct: n > 0 ? (100 * count) / (n * members.length) : NaN };
      }),
    };
  });
  const exclusion = counts(eligibility, 'exclusion');
  // Listed is not excluded (`excludeFromList`): read off the exclusions' count, not counted again.
  const listed = exclusion.get(null) ?? 0;
  const connection = rules.chamberConnection;
  return {
    n,
    scores,
    eligibility,
    list,
    get records() {
      return (records ??= publicRecords(list, { codebook, rules: rules.activeList }));
    },
    domains,
    groups,
    activeList: { listed, excluded: rules.activeList.exclusions.map((e) => ({ exclusion: e, count: exclusion.get(e.reason) ?? 0 })) },
    chamber: chamberCoverage(aq.table({ connected: flag(table, connection), residence_prefecture: storedColumn(table, 'residence_prefecture') ?? Array.from(table.array('residence_prefecture') as ArrayLike<unknown>) } as Parameters<typeof aq.table>[0]), {
      connection: 'connected',
      yes: 'yes',
    }),
    support: supportCoverage(table),
    offer: listOfferOfList(list, { codebook, rules: rules.activeList }),
  };
}

function flowResults(
  { attendees, consultations, guidance }: { attendees: ColumnTable; consultations: ColumnTable; guidance: ColumnTable },
  { programme, experts }: { programme: Programme; experts?: { table: ColumnTable; eligibility: ColumnTable } },
): ProgrammeResults {
  const gui = programme.guidance;
  const guided = matching(guidance, gui.rules.guided);
  const best = matching(guided, gui.rules.bestPractice);
  const region = gui.codebook.columns.find((c) => c.id === 'region');
  const regionCounts = new Map<unknown, number>();
  for (const r of Array.from(best.array('region') as ArrayLike<unknown>)) regionCounts.set(r, (regionCounts.get(r) ?? 0) + 1);
  return {
    funnel: {
      attended: attendees.numRows(),
      wantedConsultation: countMatching(attendees, programme.attendees.rules.wantsConsultation),
      consulted: consultations.numRows(),
      wantedGuidance: countMatching(consultations, programme.consultations.rules.wantsGuidance),
      matched: guidance.numRows(),
      guided: guided.numRows(),
      bestPractices: best.numRows(),
    },
    guided,
    guidedRule: gui.rules.guided,
    industryByChamber: crosstab(attendees, 'chamber', 'industry', { codebook: programme.attendees.codebook }),
    themeByRegion: crosstab(guided, 'region', 'theme', { codebook: gui.codebook }),
    bestPracticeByRegion: (region?.type === 'single' ? region.options : []).map((o) => ({ code: o.code, label: o.label, count: regionCounts.get(o.code) ?? 0 })),
    ...(experts ? { fit: assignmentFit(guidance, experts.table, { codebook: programme.experts.codebook, eligibility: experts.eligibility }) } : {}),
  };
}

/**
 * The one analysis of a report run: frequencies of every instrument, the experts' skills, list
 * and coverage, the programme's flow, and the programme activity. `toFigures` flattens it into
 * figures.json; the report model reads its typed fields.
 */
export function analyse(read: ReadonlyMap<string, ReadResult>, { programme, activity }: AnalyseOptions): Results {
  const instruments = new Map<string, InstrumentResults>();
  for (const cb of programme.codebooks.instruments) {
    const r = read.get(cb.id);
    if (r) instruments.set(cb.id, instrumentResults(r.table, cb));
  }
  const table = (id: string) => instruments.get(id)?.table;
  const expertsTable = table('experts');
  const experts = expertsTable ? expertsResults(expertsTable, programme.experts) : undefined;
  const [attendees, consultations, guidance] = [table('attendees'), table('consultations'), table('guidance')];
  const flow =
    attendees && consultations && guidance
      ? flowResults({ attendees, consultations, guidance }, { programme, ...(expertsTable && experts ? { experts: { table: expertsTable, eligibility: experts.eligibility } } : {}) })
      : undefined;
  let act: ActivityResults | undefined;
  if (activity) {
    const summary = activitySummary(activity);
    act = { tables: activity, summary, view: activityView(activity, { summary }) };
  }
  return { programme, instruments, ...(experts ? { experts } : {}), ...(flow ? { flow } : {}), ...(act ? { activity: act } : {}) };
}
