import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { ruleOf, type Codebook } from '@smesec/survey';
import { z } from 'zod';

/** One exclusion from the active list; the first that applies (in order) is the reason counted. */
export const Exclusion = z.object({
  reason: z.string().regex(/^[a-z0-9_]+$/),
  label: z.string(),
  when: z.union([
    /** Every skill question left blank. */
    z.object({ allSkillsMissing: z.literal(true) }),
    /** A single-response answer is one of these codes. */
    z.object({ column: z.string(), in: z.array(z.string()).min(1) }),
  ]),
});
export type Exclusion = z.infer<typeof Exclusion>;

/** The active-list rules of a year (`rules.activeList`): exclusions in precedence order and published fields. */
export const ActiveListRules = z.object({
  exclusions: z.array(Exclusion),
  /** Fields every listed specialist's public record shows. */
  publicFields: z.array(z.string()),
  /** Personal contact fields shown for listed specialists only. */
  contactFields: z.array(z.string()),
});
export type ActiveListRules = z.infer<typeof ActiveListRules>;

/** The active-list rules of an experts codebook, validated. */
export function activeListRulesOf(codebook: Codebook): ActiveListRules {
  const r = ActiveListRules.safeParse(ruleOf(codebook, 'activeList', { fn: 'active list', expected: 'the codebook of an instrument with active-list rules, such as experts' }));
  if (!r.success) throw new Error(`codebook ${codebook.id}: rules.activeList is invalid: ${r.error.message}`);
  for (const f of [...r.data.publicFields, ...r.data.contactFields]) {
    if (!codebook.columns.some((c) => c.id === f)) throw new Error(`codebook ${codebook.id}: active-list field ${f} is not a column`);
  }
  return r.data;
}

export interface EligibilityOptions {
  codebook: Codebook;
  /** Per-respondent skill scores from `scoreSkills` (its `skill_answers` column), aligned row by row. */
  scores: ColumnTable;
  rules?: ActiveListRules;
}

/**
 * Who is on the active list (the codebook's `rules.activeList`; docs/codebook.md): each respondent gets
 * `listed` and `exclusion` (the first exclusion that applies, in the codebook's order, or null).
 * Excluded respondents stay in every statistic; only the list leaves them out.
 */
export function excludeFromList(table: ColumnTable, { codebook, scores, rules = activeListRulesOf(codebook) }: EligibilityOptions): ColumnTable {
  const n = table.numRows();
  if (scores.numRows() !== n) throw new Error(`scores have ${scores.numRows()} rows, the table ${n}`);
  const answers = scores.array('skill_answers') as ArrayLike<number>;
  const tests = rules.exclusions.map((ex) => {
    if ('allSkillsMissing' in ex.when) return (i: number) => answers[i] === 0;
    const values = table.array(ex.when.column) as ArrayLike<string | null>;
    const codes = new Set(ex.when.in);
    return (i: number) => {
      const v = values[i];
      return v != null && codes.has(v);
    };
  });
  const exclusion = Array.from({ length: n }, (_, i) => {
    const k = tests.findIndex((t) => t(i));
    return k < 0 ? null : rules.exclusions[k]!.reason;
  });
  const idCol = scores.columnNames()[0]!;
  return aq.table({ [idCol]: Array.from(scores.array(idCol) as ArrayLike<string>), listed: exclusion.map((e) => e === null), exclusion });
}
