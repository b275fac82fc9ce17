import type { AbilityRule, Rating, SkillScheme, SkillSubitem } from './scheme.js';

/** Statistic of a domain's answers, missing ones counted as `missingAs`. */
export function domainStatistic(values: readonly (number | null)[], rule: Pick<AbilityRule, 'statistic' | 'missingAs'>): number {
  const xs = values.map((v) => v ?? rule.missingAs).sort((a, b) => a - b);
  const n = xs.length;
  switch (rule.statistic) {
    case 'lower_median':
      return xs[Math.floor((n - 1) / 2)]!;
    case 'upper_median':
      return xs[Math.floor(n / 2)]!;
    case 'mean':
      return xs.reduce((a, b) => a + b, 0) / n;
    case 'min':
      return xs[0]!;
    case 'max':
      return xs[n - 1]!;
  }
}

const sortedByRule = new WeakMap<AbilityRule, AbilityRule['classes']>();

/** Classes highest `min` first, sorted once per rule: the class lookup runs for every respondent. */
function sortedClasses(rule: AbilityRule): AbilityRule['classes'] {
  let sorted = sortedByRule.get(rule);
  if (!sorted) sortedByRule.set(rule, (sorted = [...rule.classes].sort((a, b) => b.min - a.min)));
  return sorted;
}

/** The ability class of a statistic: the class with the highest `min` it reaches. */
export function abilityClass(value: number, rule: AbilityRule): string {
  const sorted = sortedClasses(rule);
  return (sorted.find((c) => value >= c.min) ?? sorted[sorted.length - 1]!).code;
}

/** A sub-item's score: the plain sum of its answers, missing counted as `missingAs`. */
export function subitemScore(values: readonly (number | null)[], missingAs: number): number {
  return values.reduce<number>((a, v) => a + (v ?? missingAs), 0);
}

/** The pass mark (評点) of a sub-item, set by its number of questions. */
export function passMark(sub: SkillSubitem, scheme: SkillScheme): number {
  return scheme.passMarks[String(sub.columns.length)]!;
}

/** The rating given the number of sub-items not held: the first rating that admits it. */
export function ratingOf(notHeld: number, ratings: readonly Rating[]): string {
  return (ratings.find((r) => r.maxNotHeld === undefined || notHeld <= r.maxNotHeld) ?? ratings[ratings.length - 1]!).code;
}
