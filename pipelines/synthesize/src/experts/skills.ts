import { abilityClass, domainStatistic, passMark, ratingOf, subitemScore, type SkillDomain, type SkillScheme, type SkillSubitem } from '@smesec/experts';
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
const NO_BLANKS: ReadonlySet<string> = new Set();

function draw(probs: readonly number[], rng: Rng): number {
  let u = rng.next();
  for (let v = 0; v < probs.length; v++) {
    u -= probs[v]!;
    if (u < 0) return v;
  }
  return probs.length - 1;
}

/** The ◎/○/blank code of one domain's answers (in the domain's column order) under the scheme. */
export function domainRating(domain: SkillDomain, values: readonly (number | null)[], scheme: SkillScheme): string {
  let at = 0;
  let notHeld = 0;
  for (const s of domain.subitems) {
    const part = values.slice(at, at + s.columns.length);
    at += s.columns.length;
    if (subitemScore(part, scheme.missingAs) < passMark(s, scheme)) notHeld++;
  }
  return ratingOf(notHeld, scheme.ratings);
}

/**
 * Fill one sub-item's answers at `values[at…]`; when `held` is asked for, redraw (a bounded number
 * of times) until the sum reaches the pass mark. Cheaper than redrawing the whole domain.
 */
function drawSubitem(values: (number | null)[], at: number, sub: SkillSubitem, blank: readonly boolean[], probs: readonly number[], held: boolean, scheme: SkillScheme, rng: Rng): void {
  const mark = passMark(sub, scheme);
  for (let attempt = 0; ; attempt++) {
    let sum = 0;
    for (let k = at; k < at + sub.columns.length; k++) {
      values[k] = blank[k] ? null : draw(probs, rng);
      sum += values[k] ?? scheme.missingAs;
    }
    if (!held || sum >= mark || attempt >= 200) return;
  }
}

/**
 * Move one answer of a straight line (all answers equal) up or down by one while the domain keeps
 * its class and rating: a respondent rarely rates every question of a domain the same.
 */
function unstraighten(values: (number | null)[], fits: () => boolean, rng: Rng): boolean {
  for (const k of rng.shuffle(values.map((_, k) => k))) {
    const v = values[k];
    if (v == null) continue;
    for (const next of rng.shuffle([v - 1, v + 1]).filter((x) => x >= 0 && x <= 3)) {
      values[k] = next;
      if (fits()) return true;
    }
    values[k] = v;
  }
  return false;
}

/** Answers to one domain (its column order) that the published rule puts in class `cls`. */
function answersFor(domain: SkillDomain, cls: string, blanks: ReadonlySet<string>, scheme: SkillScheme, rng: Rng): (number | null)[] {
  const blank = domain.subitems.flatMap((s) => s.columns).map((c) => blanks.has(c));
  const probs = ANSWER_PROBS[cls]!;
  // A blank answer can put a sub-item's pass mark out of reach, and ◎ with it.
  let at = 0;
  const reachable = domain.subitems.every((sub) => {
    const open = blank.slice(at, (at += sub.columns.length)).filter((b) => !b).length;
    return 3 * open >= passMark(sub, scheme);
  });
  const wantDouble = cls === 'solo' && reachable && rng.chance(SOLO_DOUBLE);
  const values = new Array<number | null>(blank.length);
  for (let attempt = 0; attempt < 20000; attempt++) {
    const double = wantDouble && attempt < 5000;
    let from = 0;
    for (const sub of domain.subitems) {
      drawSubitem(values, from, sub, blank, probs, double, scheme, rng);
      from += sub.columns.length;
    }
    const fits = () => abilityClass(domainStatistic(values, scheme.ability), scheme.ability) === cls && (!double || domainRating(domain, values, scheme) === 'double');
    if (!fits()) continue;
    const given = values.filter((v) => v !== null);
    if (given.every((v) => v === given[0]) && !rng.chance(KEEP_STRAIGHT) && !unstraighten(values, fits, rng)) continue;
    return [...values];
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
  const domainColumns = new Map(scheme.domains.map((d) => [d.id, d.subitems.flatMap((s) => s.columns)]));
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
      const values = answersFor(d, classes[i]!, blanks.get(i) ?? NO_BLANKS, scheme, rng);
      domainColumns.get(d.id)!.forEach((c, k) => answers[i]!.set(c, values[k]!));
    }
  }
  for (const i of noSkill) for (const c of columns) answers[i]!.set(c, null);
  return { columns, answers: answers.map((m) => columns.map((c) => m.get(c) ?? null)), ability };
}
