import { dealByRank, dealMulti, dealShuffled, dealSingle, drawWeighted } from '../allocate.js';
import { attendeeComment } from '../names.js';
import type { Rng } from '../rng.js';
import type { Row } from '../row.js';
import { activePool, nearWeight } from './experts-pool.js';
import { guidanceRows } from './guidance-rows.js';
import {
  CHAMBER_ORDER, CHAMBERS, COMMENT_SHARE, DESIRED_SUPPORT, EMPLOYEES, EXPERTS_PER_SESSION, MATURITY, MOTIVATION, PEOPLE, SEARCH_METHODS, SELECTION_CRITERIA,
  SUPPORT_STATUS, TOPICS, WANTS_CONSULTATION_BLANK, type ChamberCode,
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
