import { PublishedSource, ruleOf, type Codebook } from '@smesec/survey';
import { z } from 'zod';

/** A sub-item (a, b, c) of a skill domain: the questions (columns) whose sum is compared with a pass mark. */
export const SkillSubitem = z.object({ id: z.string(), label: z.string(), columns: z.array(z.string()).min(1) });
export type SkillSubitem = z.infer<typeof SkillSubitem>;

export const SkillDomain = z.object({
  id: z.string(),
  label: z.string(),
  subitems: z.array(SkillSubitem).min(1),
  /** The support ability the domain stands for (実行可能な支援能力), as the published report describes it. */
  description: z.string().min(1).optional(),
  /** The NIST CSF 2.0 function the domain corresponds to, as printed (統治（Govern）). */
  csf: z.string().min(1).optional(),
  /** Where `description` is published. */
  descriptionSource: PublishedSource.optional(),
});
export type SkillDomain = z.infer<typeof SkillDomain>;

/** A ◎/○/blank rating: the first whose `maxNotHeld` admits the number of sub-items not held applies. */
export const Rating = z.object({
  code: z.string(),
  label: z.string(),
  /** Most sub-items that may fall short of their pass mark; absent means any number (the catch-all). */
  maxNotHeld: z.number().int().nonnegative().optional(),
});
export type Rating = z.infer<typeof Rating>;

/** An ability class: the first (highest `min` first) whose `min` the domain statistic reaches applies. */
export const AbilityClass = z.object({ code: z.string(), label: z.string(), min: z.number() });
export type AbilityClass = z.infer<typeof AbilityClass>;

export const AbilityRule = z.object({
  /** Statistic of a respondent's answers in the domain. */
  statistic: z.enum(['lower_median', 'upper_median', 'mean', 'min', 'max']),
  /** Value a missing answer counts as (0 in the FY2024 codebook). */
  missingAs: z.number().default(0),
  classes: z.array(AbilityClass).min(1),
});
export type AbilityRule = z.infer<typeof AbilityRule>;

/**
 * A worked example of the scoring, as a report publishes it: a few fictitious specialists' answers
 * to the sub-items of one domain (`answers`: sub-item id → one answer per question). The sums,
 * the sub-items held and the rating are computed from them with the scheme, never stored.
 */
export const ScoringExample = z
  .object({
    title: z.string().min(1),
    domain: z.string(),
    experts: z.array(z.object({ label: z.string().min(1), answers: z.record(z.string(), z.array(z.number().int())) }).strict()).min(1),
    source: PublishedSource.optional(),
  })
  .strict();
export type ScoringExample = z.infer<typeof ScoringExample>;

/**
 * The skill scoring rules of a year, kept in the codebook (`rules.skills`) so another year can
 * change them without code changes.
 */
export const SkillScheme = z
  .object({
    /** Pass mark (評点) by number of questions in a sub-item: `{"1": 3, "2": 5, …}`. */
    passMarks: z.record(z.string().regex(/^\d+$/), z.number()),
    /** Value a missing answer counts as in the sub-item sum (0 in the FY2024 codebook). */
    missingAs: z.number().default(0),
    ratings: z.array(Rating).min(1),
    ability: AbilityRule,
    domains: z.array(SkillDomain).min(1),
    /** Where the domains' NIST CSF 2.0 correspondence (`csf`) is published. */
    csfSource: PublishedSource.optional(),
    example: ScoringExample.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.example) {
      const d = s.domains.find((x) => x.id === s.example!.domain);
      if (!d) ctx.addIssue({ code: 'custom', path: ['example', 'domain'], message: `the example's domain ${s.example.domain} is not a domain` });
      for (const [k, e] of (d ? s.example.experts : []).entries()) {
        for (const sub of d!.subitems) {
          const answers = e.answers[sub.id];
          if (answers?.length !== sub.columns.length) {
            ctx.addIssue({ code: 'custom', path: ['example', 'experts', k, 'answers', sub.id], message: `${e.label}: ${sub.id} needs ${sub.columns.length} answers, one per question` });
          }
        }
        for (const id of Object.keys(e.answers)) {
          if (!d!.subitems.some((sub) => sub.id === id)) ctx.addIssue({ code: 'custom', path: ['example', 'experts', k, 'answers', id], message: `${id} is not a sub-item of ${d!.id}` });
        }
      }
    }
    for (const d of s.domains) {
      for (const sub of d.subitems) {
        if (s.passMarks[String(sub.columns.length)] === undefined) {
          ctx.addIssue({ code: 'custom', message: `no pass mark for a sub-item of ${sub.columns.length} questions (${sub.id})` });
        }
      }
    }
    if (s.ratings.at(-1)?.maxNotHeld !== undefined) ctx.addIssue({ code: 'custom', message: 'the last rating must be the catch-all (no maxNotHeld)' });
  });
export type SkillScheme = z.infer<typeof SkillScheme>;

/** The skill scheme of an experts codebook (`rules.skills`), validated. */
export function skillSchemeOf(codebook: Codebook): SkillScheme {
  const given = ruleOf(codebook, 'skills', { fn: 'skill scoring', expected: 'the codebook of an instrument with skill scoring rules, such as experts' });
  const r = SkillScheme.safeParse(given);
  if (!r.success) {
    throw new Error(`codebook ${codebook.id}: rules.skills is invalid: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  for (const d of r.data.domains) {
    for (const sub of d.subitems) {
      for (const c of sub.columns) {
        if (!codebook.columns.some((col) => col.id === c)) throw new Error(`codebook ${codebook.id}: skill column ${c} (${sub.id}) is not a column`);
      }
    }
  }
  return r.data;
}

/** Every skill column of a scheme, in domain and sub-item order. */
export function skillColumns(scheme: SkillScheme): string[] {
  return scheme.domains.flatMap((d) => d.subitems.flatMap((s) => s.columns));
}
