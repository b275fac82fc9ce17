import { dealByRank, dealMulti, drawWeighted, type Counts } from '../allocate.js';
import type { Rng } from '../rng.js';
import { AFFILIATION, AGE_BAND, EXCLUDED, EXPERIENCE, INDUSTRIES, QUALIFICATIONS, SUPPORT_COUNT, SUPPORT_EXPERIENCE, SUPPORT_FORMS } from '../targets.js';

/** The respondents' background answers, one entry per respondent (index = respondent). */
export interface Profile {
  readonly n: number;
  /** The respondent who skipped most questions (affiliation, experience, support, …). */
  readonly sparse: number;
  /** Respondents who left every skill question blank (the sparse one among them). */
  readonly noSkill: ReadonlySet<number>;
  readonly age: readonly (string | null)[];
  readonly experience: readonly (string | null)[];
  readonly affiliation: readonly (string | null)[];
  readonly supportExperience: readonly (string | null)[];
  readonly supportCount: readonly (string | null)[];
  /** Latent skill level: drives the ability classes, fees and themes. */
  readonly proficiency: readonly number[];
  readonly qualifications: readonly (readonly string[])[];
  readonly industries: readonly (readonly string[])[];
  readonly forms: readonly (readonly string[])[];
}

/** Position of each row's code in `counts` scaled to about −1…1 (missing = 0). */
function ordinalScore(codes: readonly (string | null)[], counts: Counts): number[] {
  const order = counts.filter(([c]) => c !== null).map(([c]) => c);
  const top = Math.max(1, order.length - 1);
  return codes.map((c) => (c === null ? 0 : (2 * order.indexOf(c)) / top - 1));
}

/** Deal ordered categories by rank among `rows`; the others get null. */
function dealAmong(n: number, rows: readonly number[], keys: (i: number) => number, counts: Counts, what: string): (string | null)[] {
  const dealt = dealByRank(rows.map(keys), counts.filter(([c]) => c !== null), what);
  const out = new Array<string | null>(n).fill(null);
  rows.forEach((i, k) => (out[i] = dealt[k]!));
  return out;
}

const inOrder = <C extends string>(codes: ReadonlySet<C> | undefined, order: ReadonlyArray<readonly [C, number]>): C[] =>
  codes ? order.map(([c]) => c).filter((c) => codes.has(c)) : [];

/** Background answers with exact margins and the correlations the report implies. */
export function generateProfile(n: number, rng: Rng): Profile {
  const all = Array.from({ length: n }, (_, i) => i);
  const seniority = all.map(() => rng.normal());
  const age = dealByRank(all.map((i) => seniority[i]! + 0.6 * rng.normal()), AGE_BAND, 'age_band');
  const ageZ = ordinalScore(age, AGE_BAND);

  const sparse = rng.int(n);
  const others = all.filter((i) => i !== sparse);
  const noSkill = new Set([sparse, ...drawWeighted(others, EXCLUDED.noSkillAnswers - 1, () => 1, rng)]);

  // Experience follows age loosely: careers start at different ages and some changed fields.
  const experience = dealAmong(n, others, (i) => 0.8 * ageZ[i]! + 0.7 * rng.normal(), EXPERIENCE, 'experience_years');
  const expZ = ordinalScore(experience, EXPERIENCE);
  // Independents are older on the whole (consultants after a career in a company).
  const affiliation = dealAmong(n, others, (i) => -(0.6 * ageZ[i]! + 0.3 * expZ[i]! + rng.normal()), AFFILIATION, 'affiliation');
  const indep = affiliation.map((a) => (a === 'independent' ? 1 : 0));
  const supportExperience = dealAmong(n, others, (i) => 0.9 * expZ[i]! + 0.6 * indep[i]! + 0.8 * rng.normal(), SUPPORT_EXPERIENCE, 'support_experience');
  const supporters = all.filter((i) => supportExperience[i] === 'yes');
  const supportCount = dealAmong(n, supporters, (i) => 0.7 * expZ[i]! + 0.6 * indep[i]! + 0.8 * rng.normal(), SUPPORT_COUNT, 'support_count');
  const countZ = supportCount.map((c, i) => (c === null ? (supportExperience[i] === 'none' ? -1 : 0) : ordinalScore([c], SUPPORT_COUNT)[0]!));
  const proficiency = all.map((i) => 0.5 * expZ[i]! + 0.3 * countZ[i]! + 0.15 * indep[i]! + 0.6 * rng.normal());

  const qualBlank = new Set([sparse, ...drawWeighted(others, QUALIFICATIONS.blank - 1, () => 1, rng)]);
  const qualRows = all.filter((i) => !qualBlank.has(i));
  const qualWeight: Record<string, (i: number) => number> = {
    itc: (i) => 1 + 1.5 * indep[i]! + 0.4 * ageZ[i]!,
    sme_consultant: (i) => 0.6 + 2 * indep[i]!,
    labor_consultant: (i) => 0.5 + indep[i]!,
    it_strategist: (i) => 1 + 0.5 * Math.max(0, proficiency[i]!),
    system_auditor: (i) => 1 + 0.6 * Math.max(0, ageZ[i]!),
    cisa: (i) => 0.8 + 0.6 * Math.max(0, proficiency[i]!),
    cissp: (i) => 0.6 + (1 - indep[i]!) + 0.5 * Math.max(0, proficiency[i]!),
    other: () => 2,
  };
  const quals = dealMulti({ people: qualRows, counts: QUALIFICATIONS.counts, weight: (c, i) => qualWeight[c]!(i), rng, what: 'qualifications' });

  // A taste per respondent and industry makes choices cluster like real specialisms.
  const taste = all.map(() => new Map(INDUSTRIES.counts.map(([c]) => [c as string, Math.exp(0.9 * rng.normal())])));
  const industryNone = new Set(drawWeighted(all, INDUSTRIES.none, (i) => (supportExperience[i] === 'yes' ? 0.6 : 1.6) + (noSkill.has(i) ? 2 : 0), rng));
  const industries = dealMulti({
    people: all.filter((i) => !industryNone.has(i)),
    counts: INDUSTRIES.counts,
    weight: (c, i) => taste[i]!.get(c)!,
    rng,
    what: 'industries',
  });

  const formNone = new Set(drawWeighted(all, SUPPORT_FORMS.none, (i) => (noSkill.has(i) ? 3 : 0.2) + (indep[i] ? 0 : 0.5), rng));
  const formWeight: Record<string, (i: number) => number> = {
    visit: () => 1,
    online: () => 1,
    lecture: (i) => 1 + 0.3 * ageZ[i]!,
    // Emergency support is offered by the few who feel able to respond (report: "連動する").
    incident: (i) => Math.exp(1.6 * proficiency[i]!),
    product: (i) => 1 + 0.6 * (1 - indep[i]!),
    long_term: (i) => 1 + 0.8 * indep[i]!,
    other: () => 0.4,
  };
  const forms = dealMulti({ people: all.filter((i) => !formNone.has(i)), counts: SUPPORT_FORMS.counts, weight: (c, i) => formWeight[c]!(i), rng, what: 'support_forms' });

  return {
    n,
    sparse,
    noSkill,
    age,
    experience,
    affiliation,
    supportExperience,
    supportCount,
    proficiency,
    qualifications: all.map((i) => inOrder(quals.get(i), QUALIFICATIONS.counts)),
    industries: all.map((i) => (industryNone.has(i) ? ['none'] : inOrder(industries.get(i), INDUSTRIES.counts))),
    forms: all.map((i) => (formNone.has(i) ? ['none'] : inOrder(forms.get(i), SUPPORT_FORMS.counts))),
  };
}
