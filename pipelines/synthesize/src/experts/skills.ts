import { abilityClass, domainStatistic, passMark, ratingOf, subitemScore, type SkillDomain, type SkillScheme } from '@smesec/experts';
import { dealByRank, drawWeighted } from '../allocate.js';
import type { Rng } from '../rng.js';
import { ABILITY, PARTIAL_SKILL_BLANKS } from '../targets.js';
import type { Profile } from './profile.js';

/** Skill answers per respondent (scheme column order, null = blank) and the classes they yield. */
export interface Skills {
  readonly columns: readonly string[];
  readonly answers: readonly (readonly (number | null)[])[];
  /** Ability class per domain id, per respondent. */
  readonly ability: ReadonlyMap<string, readonly string[]>;
}

/**
 * Answer probabilities of 0, 1, 2, 3 given the class a respondent is dealt in a domain. The
 * answers are then redrawn until the published rule (lower median) gives that class, so the
 * class counts are exact while the patterns vary.
 */
const ANSWER_PROBS: Readonly<Record<string, readonly number[]>> = {
  solo: [0.01, 0.05, 0.22, 0.72],
  supported: [0.03, 0.17, 0.58, 0.22],
  not_yet: [0.28, 0.44, 0.24, 0.04],
};
/** Share of solo respondents whose answers are made to hold every sub-item (◎). */
const SOLO_DOUBLE = 0.85;
/** Chance of keeping a pattern whose answers in the domain are all equal (straight-lining). */
const KEEP_STRAIGHT = 0.1;

function draw(probs: readonly number[], rng: Rng): number {
  let u = rng.next();
  for (let v = 0; v < probs.length; v++) {
    u -= probs[v]!;
    if (u < 0) return v;
  }
  return probs.length - 1;
}

/** The ◎/○/blank code of one domain's answers under the scheme. */
export function domainRating(domain: SkillDomain, values: ReadonlyMap<string, number | null>, scheme: SkillScheme): string {
  const notHeld = domain.subitems.filter((s) => subitemScore(s.columns.map((c) => values.get(c) ?? null), scheme.missingAs) < passMark(s, scheme)).length;
  return ratingOf(notHeld, scheme.ratings);
}

function answersFor(domain: SkillDomain, cls: string, blanks: ReadonlySet<string>, scheme: SkillScheme, rng: Rng): Map<string, number | null> {
  const cols = domain.subitems.flatMap((s) => s.columns);
  const wantDouble = cls === 'solo' && rng.chance(SOLO_DOUBLE);
  for (let attempt = 0; attempt < 20000; attempt++) {
    const values = new Map(cols.map((c) => [c, blanks.has(c) ? null : draw(ANSWER_PROBS[cls]!, rng)] as const));
    const list = [...values.values()];
    if (abilityClass(domainStatistic(list, scheme.ability), scheme.ability) !== cls) continue;
    const given = list.filter((v): v is number => v !== null);
    // Later attempts relax the soft wishes: a blank answer can make ◎ unreachable.
    if (attempt < 10000 && given.every((v) => v === given[0]) && !rng.chance(KEEP_STRAIGHT)) continue;
    if (attempt < 5000 && wantDouble && domainRating(domain, values, scheme) !== 'double') continue;
    return values;
  }
  throw new Error(`no answers give class ${cls} in ${domain.id} with blanks ${[...blanks].join(',')}`);
}

/**
 * Skill answers whose per-domain ability classes match the published table exactly. Respondents
 * are ranked per domain by their proficiency plus domain-specific noise; S5/S6 (incident response
 * and recovery) lean on whether they offer emergency support, as the report says the two go
 * together.
 */
export function generateSkills(profile: Profile, scheme: SkillScheme, rng: Rng): Skills {
  const { n, noSkill } = profile;
  const columns = scheme.domains.flatMap((d) => d.subitems.flatMap((s) => s.columns));
  const answering = Array.from({ length: n }, (_, i) => i).filter((i) => !noSkill.has(i));
  const partial = new Set(drawWeighted(answering, PARTIAL_SKILL_BLANKS, () => 1, rng));
  const blanks = new Map<number, Set<string>>();
  // At most one blank per domain, so every class stays reachable.
  for (const i of partial) {
    const domains = rng.shuffle(scheme.domains).slice(0, 1 + rng.int(3));
    blanks.set(i, new Set(domains.map((d) => rng.pick(d.subitems.flatMap((s) => s.columns)))));
  }

  const ability = new Map<string, string[]>();
  const answers = Array.from({ length: n }, () => new Map<string, number | null>());
  for (const d of scheme.domains) {
    const target = ABILITY[d.id];
    if (!target) throw new Error(`no published ability counts for ${d.id}`);
    const [solo, supported, notYet] = target;
    const incidentDomain = d.id === 'S5' || d.id === 'S6';
    const keys = answering.map((i) => -(profile.proficiency[i]! + (incidentDomain && profile.forms[i]!.includes('incident') ? 0.8 : 0) + 0.55 * rng.normal()));
    const dealt = dealByRank(keys, [['solo', solo], ['supported', supported], ['not_yet', notYet - noSkill.size]], `ability ${d.id}`);
    const classes = new Array<string>(n).fill('not_yet');
    answering.forEach((i, k) => (classes[i] = dealt[k]!));
    ability.set(d.id, classes);
    for (const i of answering) {
      for (const [c, v] of answersFor(d, classes[i]!, blanks.get(i) ?? new Set(), scheme, rng)) answers[i]!.set(c, v);
    }
  }
  for (const i of noSkill) for (const c of columns) answers[i]!.set(c, null);
  return { columns, answers: answers.map((m) => columns.map((c) => m.get(c) ?? null)), ability };
}
