import { crosstabFigures, frequencyFigures, mergeFigures, type Figures } from '@smesec/survey';
import type { ExpertsResults, InstrumentResults, ProgrammeResults, Results } from '../analysis/analyse.js';

/*
 * The figure-id grammar (docs/figure-ids.md), in one place: every id of figures.json is written here, from
 * the typed results of `analyse`. Nothing else builds an id, and the report model never reads one.
 */

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
  return mergeFigures(out, x.offer);
}

function flowFigures(p: ProgrammeResults): Figures {
  const out: Figures = {
    ...crosstabFigures('attendees.industry_by_chamber', p.industryByChamber),
    ...crosstabFigures('guidance.theme_by_region', p.themeByRegion),
  };
  for (const r of p.bestPracticeByRegion) out[`guidance.best_practice_by_region.${r.code}.count`] = r.count;
  const f = p.funnel;
  Object.assign(out, {
    'funnel.attended': f.attended,
    'funnel.wanted_consultation': f.wantedConsultation,
    'funnel.consulted': f.consulted,
    'funnel.wanted_guidance': f.wantedGuidance,
    'funnel.matched': f.matched,
    'funnel.guided': f.guided,
    'funnel.best_practices': f.bestPractices,
  });
  if (p.fit) {
    const rows = p.fit.rows;
    const count = (test: (r: (typeof rows)[number]) => boolean) => rows.filter(test).length;
    Object.assign(out, {
      'guidance.assignment_fit.n': rows.length,
      'guidance.assignment_fit.listed.count': count((r) => r.listed),
      'guidance.assignment_fit.theme_ok.count': count((r) => r.theme_ok),
      'guidance.assignment_fit.region_ok.count': count((r) => r.region_ok),
      'guidance.assignment_fit.all_ok.count': count((r) => r.all_ok),
      'guidance.assignment_fit.misfit.count': p.fit.misfits.length,
    });
  }
  return out;
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
  if (results.activity) parts.push(results.activity.figures);
  return mergeFigures(...parts);
}

/** A question's frequency in another year, read back from that year's figures.json. */
export interface PreviousFrequency {
  readonly base: number;
  /** Count and share per option code, for the codes that year had. */
  readonly items: ReadonlyMap<string, { readonly count: number; readonly pct?: number }>;
}

/**
 * Another year's frequencies of this year's questions, read from its figures.json by the same
 * grammar that wrote them (`<instrument>.<question>.base`, `.<code>.count`, `.<code>.pct`). A
 * question that year did not have is absent; an option it did not have is absent from `items`.
 */
export function previousFrequencies(figures: Figures, instruments: ReadonlyMap<string, InstrumentResults>): Map<string, PreviousFrequency> {
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
      out.set(`${id}.${column}`, { base, items });
    }
  }
  return out;
}
