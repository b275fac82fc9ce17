import { dealShuffled, drawWeighted, type Counts } from '../allocate.js';
import type { Rng } from '../rng.js';
import type { Row } from '../row.js';
import { nearWeight, type PoolExpert } from './experts-pool.js';
import { CHAMBER_ORDER, CHAMBERS, GOAL_NOT_ACHIEVED, MAX_GUIDANCE_PER_EXPERT, TWO_VISITS, type ChamberCode } from './targets.js';

/** A company as the guidance step needs it. */
export interface GuidanceCompany {
  readonly chamber: ChamberCode;
  readonly industry: string;
  /** Index into CHAMBERS[chamber].bestPractices when the company became a best practice. */
  readonly bestPractice?: number;
}

/** Guidance: themes per region exactly as published, visits, outcomes and a matched specialist. */
export function guidanceRows(matched: readonly number[], companies: readonly GuidanceCompany[], ids: readonly string[], consultant: ReadonlyMap<number, string>, pool: readonly PoolExpert[], g: Rng): Row[] {
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
