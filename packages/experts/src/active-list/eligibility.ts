import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { codeColumn, codedOf, numbersOf, ruleOf, storedColumn, type Codebook } from '@smesec/survey';
import { BooleanColumn } from '../skills/typed-columns.js';
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
  if (rules.exclusions.length > 254) throw new RangeError(`codebook ${codebook.id}: ${rules.exclusions.length} exclusions; the active list takes at most 254`);
  // Per row, 1 + the index of the first exclusion that applies (0: listed), found exclusion by
  // exclusion over the rows not yet excluded; each answer is tested once per distinct value.
  const first = new Uint8Array(n);
  rules.exclusions.forEach((ex, k) => {
    if ('allSkillsMissing' in ex.when) return markNone(first, numbersOf(scores, 'skill_answers'), k + 1);
    const { ids, values } = codedOf(table, ex.when.column);
    const codes = new Set<unknown>(ex.when.in);
    const applies = Uint8Array.from(values, (v) => (v != null && codes.has(v) ? 1 : 0));
    markIds(first, ids, applies, k + 1);
  });
  const idCol = scores.columnNames()[0]!;
  const listed = new Uint8Array(n);
  for (let i = 0; i < n; i++) listed[i] = first[i] === 0 ? 1 : 0;
  return aq.table({
    [idCol]: storedColumn(scores, idCol) ?? Array.from(scores.array(idCol) as ArrayLike<string>),
    listed: new BooleanColumn(listed),
    exclusion: codeColumn(
      rules.exclusions.map((e) => e.reason),
      first,
    ),
  } as Parameters<typeof aq.table>[0]);
}

/** `first[i] = k` for the rows not yet excluded that answered no skill question. */
function markNone(first: Uint8Array, answers: Float64Array, k: number): void {
  for (let i = 0; i < first.length; i++) if (first[i] === 0 && answers[i] === 0) first[i] = k;
}

/** `first[i] = k` for the rows not yet excluded whose stored value `applies`. */
function markIds(first: Uint8Array, ids: ArrayLike<number>, applies: Uint8Array, k: number): void {
  for (let i = 0; i < first.length; i++) if (first[i] === 0 && applies[ids[i]!] === 1) first[i] = k;
}
