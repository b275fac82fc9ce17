import { dealByRank, dealMulti, dealShuffled, dealSingle, drawWeighted, type Counts } from '../allocate.js';
import { attendeeComment } from '../names.js';
import type { Rng } from '../rng.js';
import type { Row } from '../row.js';
import { activePool, nearWeight, type PoolExpert } from './experts-pool.js';
import {
  CHAMBERS, COMMENT_SHARE, DESIRED_SUPPORT, EMPLOYEES, EXPERTS_PER_SESSION, GOAL_NOT_ACHIEVED, MATURITY, MAX_GUIDANCE_PER_EXPERT, MOTIVATION, PEOPLE,
  SEARCH_METHODS, SELECTION_CRITERIA, SUPPORT_STATUS, TOPICS, TWO_VISITS, WANTS_CONSULTATION_BLANK, type ChamberCode,
} from './targets.js';

export interface Programme {
  readonly attendees: Row[];
  readonly consultations: Row[];
  readonly guidance: Row[];
}

interface Company {
  chamber: ChamberCode;
  session: string;
  prefecture: string;
  industry: string;
  /** Index into CHAMBERS[chamber].bestPractices when the company became a best practice. */
  bestPractice?: number;
}

const CHAMBER_ORDER: readonly ChamberCode[] = ['osaka', 'nagoya', 'saitama'];
const multi = <C extends string>(m: Map<number, Set<C>>, order: ReadonlyArray<readonly [C, number]>, i: number): string[] => {
  const s = m.get(i);
  return s ? order.map(([c]) => c as string).filter((c) => s.has(c as C)) : [];
};

/** Companies of each chamber with exact sessions, prefectures and industries, best-practice companies marked. */
function companiesOf(rng: Rng): Company[] {
  const out: Company[] = [];
  for (const chamber of CHAMBER_ORDER) {
    const plan = CHAMBERS[chamber];
    const sessions = dealShuffled(plan.sessions, rng) as string[];
    const prefectures = dealShuffled(plan.prefectures, rng) as string[];
    const industries = dealShuffled(plan.industries, rng) as string[];
    const mine = sessions.map((session, k) => ({ chamber, session, prefecture: prefectures[k]!, industry: industries[k]! }) as Company);
    plan.bestPractices.forEach((bp, b) => {
      const c = rng.pick(mine.filter((m) => m.industry === bp.industry && m.bestPractice === undefined));
      c.bestPractice = b;
    });
    // Registration order: by session, companies within a session in random order.
    out.push(...plan.sessions.flatMap(([s]) => rng.shuffle(mine.filter((m) => m.session === s))));
  }
  return out;
}

/** `forced` plus `k − |forced|` more of `from`, drawn by weight. */
function narrow(from: readonly number[], k: number, forced: readonly number[], weight: (i: number) => number, rng: Rng): number[] {
  const rest = from.filter((i) => !forced.includes(i));
  return [...forced, ...drawWeighted(rest, k - forced.length, weight, rng)];
}

/**
 * The consultation sessions and guidance visits: attendees with exact margins, consultations
 * drawn from those who asked for one, guidance from consultations that asked for it, each with a
 * listed specialist who can work in the region (and, for guidance, on the theme).
 */
export function generateProgramme(experts: readonly Row[], skillColumns: readonly string[], rng: Rng): Programme {
  const companies = companiesOf(rng.fork('companies'));
  const n = companies.length;
  const all = Array.from({ length: n }, (_, i) => i);
  const ids = all.map((i) => `C${String(i + 1).padStart(4, '0')}`);
  const a = rng.fork('attendees');
  const employees = dealShuffled(EMPLOYEES, a);
  const size = (i: number) => Math.max(0, ['1to20', '21to50', '51to100', '101to300', '301plus'].indexOf(employees[i] ?? '1to20'));
  const people = dealByRank(all.map((i) => -(size(i) + 1.5 * a.normal())), [...PEOPLE].reverse(), 'people');
  const guidelineIndustry = (i: number) => companies[i]!.industry === 'manufacturing_auto' || companies[i]!.industry === 'medical_welfare';
  const motivation = dealSingle(all, MOTIVATION, (c, i) => (c === 'industry_guideline' && guidelineIndustry(i) ? 6 : c === 'customer_request' && guidelineIndustry(i) ? 2 : 1), a, 'motivation');
  const status = dealSingle(all, SUPPORT_STATUS, (c, i) => (c === 'received' ? 0.5 + size(i) : c === 'not_needed' ? 2 - 0.3 * size(i) : 1), a, 'expert_support_status');
  const answered = (blank: number) => {
    const skip = new Set(drawWeighted(all, blank, () => 1, a));
    return all.filter((i) => !skip.has(i));
  };
  const desired = dealMulti({
    people: answered(DESIRED_SUPPORT.blank),
    counts: DESIRED_SUPPORT.counts,
    weight: (c, i) => (c === 'industry_guideline' ? (guidelineIndustry(i) ? 5 : 0.5) : c === 'incident_response' && motivation.get(i) === 'incident' ? 4 : 1),
    rng: a,
    what: 'desired_support',
  });
  const criteria = dealMulti({ people: answered(SELECTION_CRITERIA.blank), counts: SELECTION_CRITERIA.counts, weight: (c, i) => (c === 'cost' ? 1.5 - 0.2 * size(i) : 1), rng: a, what: 'selection_criteria' });
  const search = dealMulti({ people: answered(SEARCH_METHODS.blank), counts: SEARCH_METHODS.counts, weight: () => 1, rng: a, what: 'search_methods' });

  // The funnel, chamber by chamber; best-practice companies go all the way through.
  const f = rng.fork('funnel');
  const eager = (i: number) => (status.get(i) === 'wanted' ? 3 : status.get(i) === 'received' ? 1.5 : 0.7) * (motivation.get(i) === 'anxious' ? 1.5 : 1);
  const wantsConsultation = new Set<number>();
  const consulted: number[] = [];
  const matched: number[] = [];
  for (const chamber of CHAMBER_ORDER) {
    const plan = CHAMBERS[chamber].funnel;
    const here = all.filter((i) => companies[i]!.chamber === chamber);
    const forced = here.filter((i) => companies[i]!.bestPractice !== undefined);
    const wants = narrow(here, plan.wantsConsultation, forced, eager, f);
    wants.forEach((i) => wantsConsultation.add(i));
    consulted.push(...narrow(wants, plan.consulted, forced, eager, f).sort((x, y) => x - y));
  }
  const noAnswer = new Set(drawWeighted(all.filter((i) => !wantsConsultation.has(i)), WANTS_CONSULTATION_BLANK, () => 1, f));

  const attendees: Row[] = all.map((i) => ({
    company_id: ids[i]!,
    session_id: companies[i]!.session,
    chamber: companies[i]!.chamber,
    prefecture: companies[i]!.prefecture,
    people: Number(people[i]),
    industry: companies[i]!.industry,
    employees: employees[i]!,
    motivation: motivation.get(i)!,
    desired_support: multi(desired, DESIRED_SUPPORT.counts, i),
    expert_support_status: status.get(i)!,
    selection_criteria: multi(criteria, SELECTION_CRITERIA.counts, i),
    search_methods: multi(search, SEARCH_METHODS.counts, i),
    wants_consultation: wantsConsultation.has(i) ? 'yes' : noAnswer.has(i) ? null : 'no',
    comment: a.chance(COMMENT_SHARE) ? attendeeComment(a) : null,
  }));

  // Individual consultations: a few specialists per session, each seeing several companies.
  const pool = activePool(experts, skillColumns);
  const c = rng.fork('consultations');
  const consultant = new Map<number, string>();
  for (const chamber of CHAMBER_ORDER) {
    for (const [session] of CHAMBERS[chamber].sessions) {
      const here = consulted.filter((i) => companies[i]!.session === session);
      const staff = drawWeighted(pool.map((_, k) => k), EXPERTS_PER_SESSION, (k) => nearWeight(pool[k]!, CHAMBERS[chamber].prefecture), c).map((k) => pool[k]!.id);
      c.shuffle(here).forEach((i, k) => consultant.set(i, staff[k % staff.length]!));
    }
  }
  const maturity = dealSingle(consulted, MATURITY, (m, i) => (m === 'organised' ? 0.5 + size(i) : m === 'not_started' ? 2 - 0.4 * size(i) : 1), c, 'maturity');
  const guideline = (i: number) => (companies[i]!.industry === 'manufacturing_auto' ? 'jama_japia' : companies[i]!.industry === 'medical_welfare' ? 'medical_3ministries' : 'none');
  const topicWeight: Record<string, (i: number) => number> = {
    template: (i) => (maturity.get(i) === 'gathering' || maturity.get(i) === 'partial' ? 2 : 1),
    validation: (i) => (maturity.get(i) === 'partial' || maturity.get(i) === 'organised' ? 3 : 0.6),
    guideline: (i) => (guideline(i) === 'none' ? 0.6 : 5),
    getting_started: (i) => (maturity.get(i) === 'not_started' || maturity.get(i) === 'gathering' ? 3 : 0.3),
    incident: (i) => (motivation.get(i) === 'incident' ? 4 : 1),
    other: () => 0.5,
  };
  const topics = dealMulti({ people: consulted, counts: TOPICS.counts, weight: (t, i) => topicWeight[t]!(i), rng: c, what: 'topics' });
  const wantsGuidance = new Set<number>();
  for (const chamber of CHAMBER_ORDER) {
    const plan = CHAMBERS[chamber].funnel;
    const here = consulted.filter((i) => companies[i]!.chamber === chamber);
    const forced = here.filter((i) => companies[i]!.bestPractice !== undefined);
    const wants = narrow(here, plan.wantsGuidance, forced, (i) => (maturity.get(i) === 'organised' ? 0.5 : 1.5), c);
    wants.forEach((i) => wantsGuidance.add(i));
    matched.push(...narrow(wants, plan.matched, forced, () => 1, c).sort((x, y) => x - y));
  }
  const consultations: Row[] = consulted.map((i) => ({
    company_id: ids[i]!,
    expert_id: consultant.get(i)!,
    maturity: maturity.get(i)!,
    topics: multi(topics, TOPICS.counts, i),
    industry_guideline: guideline(i),
    wants_guidance: wantsGuidance.has(i) ? 'yes' : 'no',
  }));

  return { attendees, consultations, guidance: guidanceRows(matched, companies, ids, consultant, pool, rng.fork('guidance')) };
}

/** Guidance: themes per region exactly as published, visits, outcomes and a matched specialist. */
function guidanceRows(matched: readonly number[], companies: readonly Company[], ids: readonly string[], consultant: ReadonlyMap<number, string>, pool: readonly PoolExpert[], g: Rng): Row[] {
  const theme = new Map<number, string>();
  const withdrawn = new Set<number>();
  for (const chamber of CHAMBER_ORDER) {
    const plan = CHAMBERS[chamber];
    const here = matched.filter((i) => companies[i]!.chamber === chamber);
    const left = new Map(plan.themes.map(([t, k]) => [t as string, k]));
    for (const i of here) {
      const b = companies[i]!.bestPractice;
      if (b === undefined) continue;
      const t = plan.bestPractices[b]!.theme;
      theme.set(i, t);
      left.set(t, left.get(t)! - 1);
    }
    const open = g.shuffle(here.filter((i) => !theme.has(i)));
    if (plan.withdrawnTheme) {
      const w = open.pop()!;
      withdrawn.add(w);
      theme.set(w, plan.withdrawnTheme);
    }
    const dealt = dealShuffled([...left] as Counts, g);
    if (dealt.length !== open.length) throw new Error(`${chamber}: ${open.length} companies for ${dealt.length} themes`);
    open.forEach((i, k) => theme.set(i, dealt[k]!));
  }
  const done = matched.filter((i) => !withdrawn.has(i));
  const plain = done.filter((i) => companies[i]!.bestPractice === undefined);
  const twoVisits = new Set(drawWeighted(plain, TWO_VISITS, () => 1, g));
  const notAchieved = new Set(drawWeighted(plain, GOAL_NOT_ACHIEVED.no, (i) => (theme.get(i) === 'cloud' ? 10 : 0.1), g));
  const partly = new Set(drawWeighted(plain.filter((i) => !notAchieved.has(i)), GOAL_NOT_ACHIEVED.partly, (i) => (theme.get(i) === 'incident' || theme.get(i) === 'education' ? 5 : 1), g));

  // Specialists: listed, able to guide the theme, working in the region. Best-practice pairs
  // share one; otherwise the consultation's specialist when able, else one nearby.
  const load = new Map<string, number>();
  const expertOf = new Map<number, string>();
  // As in the report's table, each best practice but the two pairs has a specialist of its own.
  const bestPracticeExperts = new Set<string>();
  const isBp = (i: number) => companies[i]!.bestPractice !== undefined;
  const eligible = (e: PoolExpert, group: readonly number[], themes: readonly string[], pref: string) =>
    themes.every((t) => e.themes.includes(t)) &&
    nearWeight(e, pref) > 0 &&
    (load.get(e.id) ?? 0) + group.length <= MAX_GUIDANCE_PER_EXPERT &&
    !(group.some(isBp) && bestPracticeExperts.has(e.id));
  const assign = (group: number[], pref: string) => {
    const themes = [...new Set(group.map((i) => theme.get(i)!))];
    const own = pool.find((e) => e.id === consultant.get(group[0]!));
    let chosen = own && eligible(own, group, themes, pref) && g.chance(0.6) ? own : undefined;
    if (!chosen) {
      const ok = pool.filter((e) => eligible(e, group, themes, pref));
      if (ok.length === 0) throw new Error(`no listed specialist for ${themes.join('+')} in ${pref}`);
      chosen = ok[drawWeighted(ok.map((_, k) => k), 1, (k) => nearWeight(ok[k]!, pref) * (load.has(ok[k]!.id) ? 2 : 1), g)[0]!]!;
    }
    for (const i of group) expertOf.set(i, chosen.id);
    load.set(chosen.id, (load.get(chosen.id) ?? 0) + group.length);
    if (group.some(isBp)) bestPracticeExperts.add(chosen.id);
  };
  for (const chamber of CHAMBER_ORDER) {
    const plan = CHAMBERS[chamber];
    const here = matched.filter((i) => companies[i]!.chamber === chamber);
    const byBp = (b: number) => here.find((i) => companies[i]!.bestPractice === b)!;
    plan.bestPractices.forEach((bp, b) => {
      if (bp.sameExpertAs !== undefined) assign([byBp(bp.sameExpertAs), byBp(b)], plan.prefecture);
    });
    // Best practices first, so that they find specialists of their own while the pool is wide.
    for (const i of [...g.shuffle(here.filter(isBp)), ...g.shuffle(here.filter((i) => !isBp(i)))]) if (!expertOf.has(i)) assign([i], plan.prefecture);
  }

  return matched.map((i) => {
    const isDone = !withdrawn.has(i);
    return {
      company_id: ids[i]!,
      expert_id: expertOf.get(i)!,
      region: companies[i]!.chamber,
      theme: theme.get(i)!,
      status: isDone ? 'done' : 'withdrawn',
      visits: isDone ? (twoVisits.has(i) ? 2 : 3) : 0,
      goal_achieved: isDone ? (notAchieved.has(i) ? 'no' : partly.has(i) ? 'partly' : 'yes') : null,
      best_practice: isDone ? (companies[i]!.bestPractice !== undefined ? 'yes' : 'no') : null,
      industry: companies[i]!.industry,
    };
  });
}
