import type { Codebook } from '@smesec/survey';
import { z } from 'zod';

/** A column whose values must each exist in another (or the same) file's column. */
export const Link = z.object({
  /** The referring column: an id column or a list of ids. */
  column: z.string(),
  /** The codebook id of the file referred to (may be the file itself). */
  instrument: z.string(),
  /** The column of that file holding the ids. */
  target: z.string(),
});
export type Link = z.infer<typeof Link>;

/** The options allowed in `column` depend on the code in `by` (purposes differ per edition). */
export const EditionOptions = z.object({
  by: z.string(),
  column: z.string(),
  allowed: z.record(z.string(), z.array(z.string()).min(1)),
});
export type EditionOptions = z.infer<typeof EditionOptions>;

/** When an edition of the practice collection was published (shown as the as-of date of its count). */
export const Edition = z.object({
  code: z.string(),
  /** ISO year and month. */
  published: z.string().regex(/^\d{4}-\d{2}$/),
  /** As printed on the cover. */
  publishedText: z.string(),
  /** The seed and line of the cover that prints it. */
  source: z.object({ seed: z.string(), line: z.number().int().positive() }),
});
export type Edition = z.infer<typeof Edition>;

/** A coded 対象 of the HAISL table (target × level), matched against the cell's list items. */
export const Target = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), label: z.string() });
export type Target = z.infer<typeof Target>;

/**
 * What the activity files' codebooks keep in `rules`. These cover what the survey column types
 * cannot say: lists of integers, references from list columns or to the same file, and option
 * sets that depend on another column.
 */
export const ActivityRules = z.object({
  /** `list` columns whose items must be whole numbers (line and page numbers). */
  integerLists: z.array(z.string()).default([]),
  links: z.array(Link).default([]),
  editionOptions: EditionOptions.optional(),
  editions: z.array(Edition).default([]),
  targets: z.array(Target).default([]),
  /** The series (matched as a prefix) whose events form the target × level table. */
  targetLevelSeries: z.string().optional(),
});
export type ActivityRules = z.infer<typeof ActivityRules>;

/** The rules of an activity codebook, validated. */
export function activityRulesOf(codebook: Codebook): ActivityRules {
  return ActivityRules.parse(codebook.rules);
}
