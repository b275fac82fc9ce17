import { skillSchemeOf } from '@smesec/experts';
import type { Codebook } from '@smesec/survey';
import { dealByRank, dealMulti, drawWeighted } from '../allocate.js';
import { achievementsText, organizationName, personNames, selfPrText } from '../names.js';
import type { Rng } from '../rng.js';
import type { Row } from '../row.js';
import { EXCLUDED, EXCLUSION_OVERLAPS, FEE_BAND, GUIDANCE_THEMES, SUPPORT_PERIODS } from '../targets.js';
import { generateProfile } from './profile.js';
import { generateRegions } from './regions.js';
import { generateSkills } from './skills.js';

export interface GenerateExpertsOptions {
  /** The experts codebook (its `rules.skills` drives the skill scoring). */
  codebook: Codebook;
  rng: Rng;
  /** Number of the first respondent id (ids are `E` and seven digits). */
  firstId?: number;
}

/** Respondent id as written: `E0000001`. */
export const expertId = (k: number): string => `E${String(k).padStart(7, '0')}`;

const ABILITY_WEIGHT: Readonly<Record<string, number>> = { solo: 3, supported: 1.5, not_yet: 0.4 };

/**
 * One calibrated set of 221 specialists: every published margin of the skill survey exact, the
 * unpublished ones as documented in data/README.md, rows in a shuffled order.
 */
export function generateExperts(n: number, { codebook, rng, firstId = 1 }: GenerateExpertsOptions): Row[] {
  const scheme = skillSchemeOf(codebook);
  const profile = generateProfile(n, rng.fork('profile'));
  const skills = generateSkills(profile, scheme, rng.fork('skills'));
  const all = Array.from({ length: n }, (_, i) => i);
  const indep = (i: number) => (profile.affiliation[i] === 'independent' ? 1 : 0);
  const has = (list: readonly string[], code: string) => (list.includes(code) ? 1 : 0);
  const classWeight = (domain: string, i: number) => ABILITY_WEIGHT[skills.ability.get(domain)![i]!]!;

  const regions = generateRegions(n, new Set([profile.sparse]), {
    chamber: (i) => 0.5 + 1.5 * indep(i) + has(profile.qualifications[i]!, 'sme_consultant') + has(profile.qualifications[i]!, 'itc'),
    nationwide: (i) => 0.5 + indep(i) + 1.5 * has(profile.forms[i]!, 'online') * (1 - has(profile.forms[i]!, 'visit')) + 0.3 * has(profile.forms[i]!, 'online'),
    reach: (i) => 0.8 * indep(i) + 0.4 * profile.proficiency[i]!,
  }, rng.fork('regions'));

  // Active-list exclusions, with overlaps that only the published precedence sorts out.
  const r = rng.fork('eligibility');
  const noSkill = [...profile.noSkill];
  const answering = all.filter((i) => !profile.noSkill.has(i));
  const employed = (i: number) => (profile.affiliation[i] === 'employed' ? 1 : 0);
  const prohibited = new Set([
    ...drawWeighted(answering, EXCLUDED.employerProhibits, employed, r),
    ...drawWeighted(noSkill.filter((i) => i !== profile.sparse), EXCLUSION_OVERLAPS.noSkillAlsoProhibited, employed, r),
  ]);
  const refused = new Set([
    ...drawWeighted(answering.filter((i) => !prohibited.has(i)), EXCLUDED.noConsent, () => 1, r),
    ...drawWeighted(answering.filter((i) => prohibited.has(i)), EXCLUSION_OVERLAPS.prohibitedAlsoNoConsent, () => 1, r),
  ]);

  const t = rng.fork('themes');
  const themeBlank = new Set([...noSkill, ...drawWeighted(answering, GUIDANCE_THEMES.blank - noSkill.length, (i) => Math.exp(-1.5 * profile.proficiency[i]!), t)]);
  const themeWeight: Record<string, (i: number) => number> = {
    rules: (i) => classWeight('S1', i),
    assets: (i) => classWeight('S2', i),
    cloud: (i) => classWeight('S3', i),
    incident: (i) => classWeight('S5', i) * (1 + has(profile.forms[i]!, 'incident')),
    education: (i) => classWeight('S3', i) * (1 + 0.5 * has(profile.forms[i]!, 'lecture')),
  };
  const themes = dealMulti({ people: all.filter((i) => !themeBlank.has(i)), counts: GUIDANCE_THEMES.counts, weight: (c, i) => themeWeight[c]!(i), rng: t, what: 'guidance_themes' });

  // Fees rise with skill and independence; the excluded more often left the fee blank.
  const f = rng.fork('fees');
  const feeMissing = FEE_BAND.find(([c]) => c === null)?.[1] ?? 0;
  const feeBlank = new Set(drawWeighted(all, feeMissing, (i) => (profile.noSkill.has(i) ? 20 : prohibited.has(i) ? 4 : 1), f));
  const feeRows = all.filter((i) => !feeBlank.has(i));
  const feeDealt = dealByRank(feeRows.map((i) => 0.6 * profile.proficiency[i]! + 0.5 * indep(i) + 0.8 * f.normal()), FEE_BAND.filter(([c]) => c !== null), 'fee_band');
  const fee = new Array<string | null>(n).fill(null);
  feeRows.forEach((i, k) => (fee[i] = feeDealt[k]!));

  const p = rng.fork('periods');
  const periodBlank = new Set([profile.sparse, ...drawWeighted(all.filter((i) => i !== profile.sparse), SUPPORT_PERIODS.blank - 1, (i) => (profile.noSkill.has(i) ? 10 : 1), p)]);
  const longTerm = (i: number) => has(profile.forms[i]!, 'long_term');
  const periodWeight: Record<string, (i: number) => number> = {
    spot: () => 1.2,
    '1to3m': () => 1,
    '3to6m': () => 1,
    '6to12m': (i) => 0.6 + longTerm(i),
    '12m_plus': (i) => 0.3 + 1.5 * longTerm(i),
  };
  const periods = dealMulti({ people: all.filter((i) => !periodBlank.has(i)), counts: SUPPORT_PERIODS.counts, weight: (c, i) => periodWeight[c]!(i), rng: p, what: 'support_periods' });

  // Rows in a random order, numbered in that order as a survey tool numbers its responses.
  const o = rng.fork('order');
  const order = o.shuffle(all);
  const names = personNames(n, o);
  return order.map((i, k) => {
    const name = names[k]!;
    const id = firstId + k;
    const row: Record<string, Row[string]> = {
      respondent_id: expertId(id),
      name,
      riss_number: `SYN-${String(id).padStart(7, '0')}`,
      email: `expert${String(id).padStart(7, '0')}@example.com`,
      affiliation: profile.affiliation[i]!,
      organization: profile.affiliation[i] === null ? null : organizationName(indep(i) === 1, name.split(' ')[0]!, o) || null,
      age_band: profile.age[i]!,
      experience_years: profile.experience[i]!,
      support_experience: profile.supportExperience[i]!,
      support_count: profile.supportCount[i]!,
      qualifications: profile.qualifications[i]!,
      industries: profile.industries[i]!,
      residence_prefecture: regions.residence[i]!,
      chamber_connection: regions.chamber[i]!,
      support_regions: regions.support[i]!,
      support_forms: profile.forms[i]!,
      guidance_themes: GUIDANCE_THEMES.counts.map(([c]) => c as string).filter((c) => themes.get(i)?.has(c as never)),
      fee_band: fee[i]!,
      support_periods: SUPPORT_PERIODS.counts.map(([c]) => c as string).filter((c) => periods.get(i)?.has(c as never)),
      sme_support_allowed: prohibited.has(i) ? 'no' : 'yes',
      list_consent: refused.has(i) ? 'no' : 'yes',
      achievements: profile.supportExperience[i] === 'yes' && o.chance(0.75) ? achievementsText(o) : null,
      self_pr: i !== profile.sparse && o.chance(0.6) ? selfPrText(o) : null,
    };
    skills.columns.forEach((c, j) => (row[c] = skills.answers[i]![j]!));
    return row;
  });
}
