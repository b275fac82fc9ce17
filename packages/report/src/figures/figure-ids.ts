import type { ActivitySummary, KeyNumberOf } from '@smesec/activity';
import type { ListOffer } from '@smesec/experts';
import { crosstabFigures, frequencyFigures, mergeFigures, PREFECTURES, type Crosstab, type Figures } from '@smesec/survey';
import type { ExpertsResults, FunnelResults, InstrumentResults, ProgrammeResults, Results } from '../analysis/analyse.js';

/*
 * The figure-id grammar (docs/figure-ids.md), in one place: every id of figures.json is written here, from
 * the typed results of `analyse`. Nothing else builds an id, and the report model never reads one.
 */

/** The funnel's ids, by the field of `FunnelResults` each flattens. */
const FUNNEL: Readonly<Record<keyof FunnelResults, string>> = {
  attended: 'funnel.attended',
  wantedConsultation: 'funnel.wanted_consultation',
  consulted: 'funnel.consulted',
  wantedGuidance: 'funnel.wanted_guidance',
  matched: 'funnel.matched',
  guided: 'funnel.guided',
  bestPractices: 'funnel.best_practices',
};

/**
 * The ids of the dashboard's key numbers, by what each is, so that the report model can name them
 * (and read another year's value back) without writing an id itself.
 */
export const KEY_FIGURE_IDS = {
  attended: FUNNEL.attended,
  consulted: FUNNEL.consulted,
  guided: FUNNEL.guided,
  bestPractices: FUNNEL.bestPractices,
  experts: 'experts.n',
  listed: 'experts.active_list.count',
  chamberCovered: 'experts.chamber_coverage.prefectures_covered',
} as const;

/** What the active list offers (`<prefix>.active_list.theme.*`, `.support_coverage.*`, `.nationwide.count`, `.fee_band.*`, `.menu.*`, `.content.*`). */
function offerFigures(o: ListOffer, prefix: string): Figures {
  const id = `${prefix}.active_list`;
  const out: Figures = {};
  for (const t of o.themes) out[`${id}.theme.${t.code}.count`] = t.count;
  for (const p of o.support.prefectures) out[`${id}.support_coverage.${p.code}.count`] = p.count;
  out[`${id}.support_coverage.prefectures_covered`] = o.support.covered;
  out[`${id}.support_coverage.prefectures_uncovered`] = o.support.uncovered;
  out[`${id}.nationwide.count`] = o.nationwide;
  for (const b of o.feeBands.bands) out[`${id}.fee_band.${b.code}.count`] = b.count;
  out[`${id}.fee_band.missing`] = o.feeBands.missing;
  for (const m of o.menus) {
    for (const c of m.contents) out[`${id}.content.${c.code}.count`] = c.count;
    out[`${id}.menu.${m.code}.count`] = m.count;
  }
  return out;
}

function expertsFigures(x: ExpertsResults, prefix = 'experts'): Figures {
  const out: Figures = {};
  for (const d of x.domains) {
    for (const r of d.ratings) out[`${prefix}.rating.${d.domain.id}.${r.rating.code}.count`] = r.count;
    for (const a of d.ability) {
      out[`${prefix}.ability.${d.domain.id}.${a.class.code}.count`] = a.count;
      out[`${prefix}.ability.${d.domain.id}.${a.class.code}.pct`] = a.pct;
    }
  }
  for (const by of ['experience_years', 'affiliation'] as const) {
    for (const d of x.domains) Object.assign(out, crosstabFigures(`${prefix}.ability_by_${by}.${d.domain.id}`, d.abilityBy[by]));
  }
  for (const g of x.groups) for (const c of g.classes) out[`${prefix}.ability_group.${g.group.id}.${c.class.code}.pct`] = c.pct;
  out[`${prefix}.active_list.count`] = x.activeList.listed;
  for (const e of x.activeList.excluded) out[`${prefix}.active_list.excluded.${e.exclusion.reason}.count`] = e.count;
  out[`${prefix}.active_list.excluded.count`] = x.n - x.activeList.listed;
  for (const [name, coverage] of [['chamber_coverage', x.chamber], ['support_coverage', x.support]] as const) {
    for (const [code, k] of Object.entries(coverage.counts)) out[`${prefix}.${name}.${code}.count`] = k;
    out[`${prefix}.${name}.prefectures_covered`] = coverage.covered.length;
    out[`${prefix}.${name}.prefectures_uncovered`] = coverage.uncovered.length;
  }
  return mergeFigures(out, offerFigures(x.offer, prefix));
}

function flowFigures(p: ProgrammeResults): Figures {
  const out: Figures = {
    ...crosstabFigures('attendees.industry_by_chamber', p.industryByChamber),
    ...crosstabFigures('guidance.theme_by_region', p.themeByRegion),
  };
  for (const r of p.bestPracticeByRegion) out[`guidance.best_practice_by_region.${r.code}.count`] = r.count;
  for (const [field, id] of Object.entries(FUNNEL)) out[id] = p.funnel[field as keyof FunnelResults];
  if (p.fit) {
    const c = p.fit.counts;
    Object.assign(out, {
      'guidance.assignment_fit.n': c.n,
      'guidance.assignment_fit.listed.count': c.listed,
      'guidance.assignment_fit.theme_ok.count': c.themeOk,
      'guidance.assignment_fit.region_ok.count': c.regionOk,
      'guidance.assignment_fit.all_ok.count': c.allOk,
      'guidance.assignment_fit.misfit.count': c.misfit,
    });
  }
  return out;
}

/** The `activity.*` ids (docs/figure-ids.md) of the activity summary. */
function activityFigures(s: ActivitySummary): Figures {
  const out: Figures = {};
  out[activityKeyId({ kind: 'communities' })] = s.communities.count;
  out['activity.practices.count'] = s.practices.count;
  for (const e of s.practices.editions) out[activityKeyId({ kind: 'edition', edition: e.edition })] = e.count;
  for (const p of s.practices.purposes) {
    out[`activity.practices.edition.${p.edition}.purpose.${p.purpose}.count`] = p.indexRows;
    out[`activity.practices.edition.${p.edition}.purpose.${p.purpose}.practices`] = p.practices;
  }
  for (const r of s.regions.rows) {
    out[`activity.communities.region.${r.region}.count`] = r.communities;
    out[`activity.practices.region.${r.region}.count`] = r.practices;
  }
  out['activity.communities.region.missing'] = s.regions.unassigned.communities;
  out['activity.practices.region.missing'] = s.regions.unassigned.practices;
  out['activity.communities.prefectures_covered'] = s.communities.prefecturesCovered;
  out[activityKeyId({ kind: 'events' })] = s.events.count;
  out['activity.events.dated.count'] = s.events.dated;
  out['activity.events.prefectures_covered'] = s.events.prefecturesCovered;
  out['activity.measures.count'] = s.measures.count;
  out['activity.measures.reposted.count'] = s.measures.reposted;
  for (const c of s.measures.categories) out[`activity.measures.category.${c.category}.count`] = c.count;
  for (const f of s.program) {
    out[activityKeyId({ kind: 'program', figureId: f.figureId })] = f.value;
    if (f.max !== null) out[`activity.program.${f.figureId}.max`] = f.max;
  }
  return out;
}

/** The figure id of a key number of the activity section. */
export function activityKeyId(of: KeyNumberOf): string {
  switch (of.kind) {
    case 'program':
      return `activity.program.${of.figureId}`;
    case 'edition':
      return `activity.practices.edition.${of.edition}.count`;
    case 'communities':
      return 'activity.communities.count';
    case 'events':
      return 'activity.events.count';
  }
}

/** figures.json: a flat map of every figure id to its number, flattened from the results. */
export function toFigures(results: Pick<Results, 'instruments' | 'experts' | 'flow' | 'activity'>): Figures {
  const parts: Figures[] = [];
  for (const [id, r] of results.instruments) {
    const out: Figures = { [`${id}.n`]: r.n };
    for (const [column, f] of r.frequencies) Object.assign(out, frequencyFigures(`${id}.${column}`, f));
    parts.push(out);
  }
  if (results.experts) parts.push(expertsFigures(results.experts));
  if (results.flow) parts.push(flowFigures(results.flow));
  if (results.activity) parts.push(activityFigures(results.activity.summary));
  return mergeFigures(...parts);
}

/** A question's frequency in another year, read back from that year's figures.json. */
export interface PreviousFrequency {
  /** That year's label (令和6年度), when known. */
  readonly year?: string;
  readonly base: number;
  /** Respondents asked who left it blank, when that year's figures have it. */
  readonly missing?: number;
  /** Count and share per option code, for the codes that year had. */
  readonly items: ReadonlyMap<string, { readonly count: number; readonly pct?: number }>;
}

/**
 * Another year's frequencies of this year's questions, read from its figures.json by the same
 * grammar that wrote them (`<instrument>.<question>.base`, `.<code>.count`, `.<code>.pct`). A
 * question that year did not have is absent; an option it did not have is absent from `items`.
 */
export function previousFrequencies(figures: Figures, instruments: ReadonlyMap<string, InstrumentResults>, { year }: { year?: string } = {}): Map<string, PreviousFrequency> {
  const out = new Map<string, PreviousFrequency>();
  for (const [id, r] of instruments) {
    for (const column of r.frequencies.keys()) {
      const prefix = `${id}.${column}.`;
      const base = figures[`${prefix}base`];
      if (base === undefined) continue;
      const items = new Map<string, { count: number; pct?: number }>();
      for (const [key, value] of Object.entries(figures)) {
        if (!key.startsWith(prefix)) continue;
        const m = /^([^.]+)\.(count|pct)$/.exec(key.slice(prefix.length));
        if (!m) continue;
        const item = items.get(m[1]!) ?? { count: NaN };
        if (m[2] === 'count') item.count = value;
        else item.pct = value;
        items.set(m[1]!, item);
      }
      const missing = figures[`${prefix}missing`];
      out.set(`${id}.${column}`, { ...(year ? { year } : {}), base, ...(missing !== undefined ? { missing } : {}), items });
    }
  }
  return out;
}

/** Another year's count and share of one row of a table (a class of a domain). */
export interface PreviousShare {
  readonly count: number;
  /** Absent when that year's figures hold only the count. */
  readonly pct?: number;
}

/**
 * A crosstab of another year, by this year's row code, then column code (`total` for a margin).
 * A row that year lacked is absent; so is a cell of a column it lacked.
 */
export type PreviousCrosstab = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The skills of another year, matched to this year's domains, classes and ratings. */
export interface PreviousExperts {
  /** That year's respondents (`experts.n`), when its figures have it. */
  readonly n?: number;
  /** Class share by domain id, then class code; a domain or class that year lacked is absent. */
  readonly ability: ReadonlyMap<string, ReadonlyMap<string, PreviousShare>>;
  /** Rating count by domain id, then rating code. */
  readonly rating: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Ability by a respondent attribute, by domain id. */
  readonly abilityBy: Readonly<Record<'experience_years' | 'affiliation', ReadonlyMap<string, PreviousCrosstab>>>;
  /** The active list's make-up: listed, and excluded by reason code (a reason that year lacked is absent). */
  readonly activeList: { readonly listed?: number; readonly excluded: ReadonlyMap<string, number> };
  /** Prefecture counts of the two coverages, by JIS code; absent when that year's figures lack the coverage. */
  readonly chamber?: ReadonlyMap<string, number>;
  readonly support?: ReadonlyMap<string, number>;
}

/** The programme flow of another year. */
export interface PreviousFlow {
  readonly industryByChamber?: PreviousCrosstab;
  readonly themeByRegion?: PreviousCrosstab;
  /** Best practices by region code. */
  readonly bestPracticeByRegion: ReadonlyMap<string, number>;
  /** The funnel's stages that year's figures have. */
  readonly funnel: Partial<Readonly<Record<keyof FunnelResults, number>>>;
}

/** Another year's values of this year's skill, coverage, crosstab and funnel results. */
export interface PreviousResults {
  /** That year's label (令和6年度), when known. */
  readonly year?: string;
  readonly experts?: PreviousExperts;
  readonly flow?: PreviousFlow;
}

/** A crosstab of another year at `prefix` (as `crosstabFigures` wrote it), at this year's codes; undefined when that year lacks it. */
function previousCrosstab(figures: Figures, prefix: string, x: Crosstab): PreviousCrosstab | undefined {
  if (figures[`${prefix}.total.total.count`] === undefined) return undefined;
  const out = new Map<string, Map<string, number>>();
  for (const r of [...x.rowCodes, 'total']) {
    const cols = new Map<string, number>();
    for (const c of [...x.colCodes, 'total']) {
      const v = figures[`${prefix}.${r}.${c}.count`];
      if (v !== undefined) cols.set(c, v);
    }
    if (cols.size > 0) out.set(r, cols);
  }
  return out;
}

/** A coverage's prefecture counts of another year (every prefecture is written, 0 included); undefined when that year lacks the coverage. */
function previousCoverage(figures: Figures, name: string): ReadonlyMap<string, number> | undefined {
  if (figures[`experts.${name}.prefectures_covered`] === undefined) return undefined;
  const out = new Map<string, number>();
  for (const { code } of PREFECTURES) {
    const v = figures[`experts.${name}.${code}.count`];
    if (v !== undefined) out.set(code, v);
  }
  return out;
}

/**
 * Another year's skill, coverage, crosstab and funnel values, read from its figures.json by the
 * grammar `toFigures` writes, at the codes of this year's results: the model matches them by
 * domain, class, rating and option code and never builds an id. What that year lacked is absent.
 */
export function previousResults(figures: Figures, results: Pick<Results, 'experts' | 'flow'>, { year }: { year?: string } = {}): PreviousResults {
  const x = results.experts;
  const p = results.flow;
  let experts: PreviousExperts | undefined;
  if (x) {
    const ability = new Map<string, Map<string, PreviousShare>>();
    const rating = new Map<string, Map<string, number>>();
    const abilityBy = { experience_years: new Map<string, PreviousCrosstab>(), affiliation: new Map<string, PreviousCrosstab>() };
    for (const d of x.domains) {
      const id = d.domain.id;
      const classes = new Map<string, PreviousShare>();
      for (const a of d.ability) {
        const count = figures[`experts.ability.${id}.${a.class.code}.count`];
        const pct = figures[`experts.ability.${id}.${a.class.code}.pct`];
        if (count !== undefined) classes.set(a.class.code, { count, ...(pct !== undefined ? { pct } : {}) });
      }
      if (classes.size > 0) ability.set(id, classes);
      const ratings = new Map<string, number>();
      for (const r of d.ratings) {
        const count = figures[`experts.rating.${id}.${r.rating.code}.count`];
        if (count !== undefined) ratings.set(r.rating.code, count);
      }
      if (ratings.size > 0) rating.set(id, ratings);
      for (const by of ['experience_years', 'affiliation'] as const) {
        const t = previousCrosstab(figures, `experts.ability_by_${by}.${id}`, d.abilityBy[by]);
        if (t) abilityBy[by].set(id, t);
      }
    }
    const n = figures['experts.n'];
    const listed = figures['experts.active_list.count'];
    const excluded = new Map<string, number>();
    for (const e of x.activeList.excluded) {
      const count = figures[`experts.active_list.excluded.${e.exclusion.reason}.count`];
      if (count !== undefined) excluded.set(e.exclusion.reason, count);
    }
    const chamber = previousCoverage(figures, 'chamber_coverage');
    const support = previousCoverage(figures, 'support_coverage');
    experts = { ...(n !== undefined ? { n } : {}), ability, rating, abilityBy, activeList: { ...(listed !== undefined ? { listed } : {}), excluded }, ...(chamber ? { chamber } : {}), ...(support ? { support } : {}) };
  }
  let flow: PreviousFlow | undefined;
  if (p) {
    const industryByChamber = previousCrosstab(figures, 'attendees.industry_by_chamber', p.industryByChamber);
    const themeByRegion = previousCrosstab(figures, 'guidance.theme_by_region', p.themeByRegion);
    const funnel: Partial<Record<keyof FunnelResults, number>> = {};
    for (const [field, id] of Object.entries(FUNNEL) as [keyof FunnelResults, string][]) if (figures[id] !== undefined) funnel[field] = figures[id];
    const bestPracticeByRegion = new Map<string, number>();
    for (const r of p.bestPracticeByRegion) {
      const count = figures[`guidance.best_practice_by_region.${r.code}.count`];
      if (count !== undefined) bestPracticeByRegion.set(r.code, count);
    }
    flow = { ...(industryByChamber ? { industryByChamber } : {}), ...(themeByRegion ? { themeByRegion } : {}), bestPracticeByRegion, funnel };
  }
  return { ...(year ? { year } : {}), ...(experts ? { experts } : {}), ...(flow ? { flow } : {}) };
}
