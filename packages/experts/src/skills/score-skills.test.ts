import * as aq from 'arquero';
import { instrumentOf, type Codebook } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { skillColumns, skillSchemeOf } from './scheme.js';
import { scoreSkills } from './score-skills.js';
import { domainStatistic } from './rules.js';

const experts = instrumentOf(fy2024, 'experts');
const scheme = skillSchemeOf(experts);
const columns = skillColumns(scheme);

/** A table of respondents: each given as {column: answer}; unlisted skill columns are missing. */
function respondents(rows: Record<string, number | null>[]) {
  return aq.table({
    respondent_id: rows.map((_, i) => `E${i + 1}`),
    ...Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c] ?? null)])),
  });
}

const answers = (prefix: string, values: number[]) => Object.fromEntries(values.map((v, i) => [`${prefix}_${i + 1}`, v]));

describe('the FY2024 report\'s worked example (section 4 ②: S1 for 専門家A, B, C)', () => {
  // A: a 3×5 = 15, b 3×2 = 6, c 3+2 = 5 → all held → ◎
  const A = { ...answers('S1a', [3, 3, 3, 3, 3]), ...answers('S1b', [3, 3]), ...answers('S1c', [3, 2]) };
  // B: a 3×2 + 2×3 = 12 < 13, b 3+2 = 5, c 3×2 = 6 → one not held → ○
  const B = { ...answers('S1a', [3, 3, 2, 2, 2]), ...answers('S1b', [3, 2]), ...answers('S1c', [3, 3]) };
  // C: a 3×3 + 2 + 1 = 12 < 13, b 3+2 = 5, c 2+1 = 3 < 5 → two not held → blank
  const C = { ...answers('S1a', [3, 3, 3, 2, 1]), ...answers('S1b', [3, 2]), ...answers('S1c', [2, 1]) };
  const scores = scoreSkills(respondents([A, B, C]), { codebook: experts }).objects() as Record<string, unknown>[];

  test('sub-item scores and held flags', () => {
    expect(scores.map((s) => [s['S1a_score'], s['S1b_score'], s['S1c_score']])).toEqual([
      [15, 6, 5],
      [12, 5, 6],
      [12, 5, 3],
    ]);
    expect(scores.map((s) => [s['S1a_held'], s['S1b_held'], s['S1c_held']])).toEqual([
      [true, true, true],
      [false, true, true],
      [false, true, false],
    ]);
  });

  test('A is ◎, B is ○, C is blank', () => {
    expect(scores.map((s) => s['S1_rating'])).toEqual(['double', 'single', 'none']);
  });

  test('ability: lower median of the nine S1 answers', () => {
    // A: 3,3,3,3,3,3,3,3,2 → 3; B: 3,3,2,2,2,3,2,3,3 → 3; C: 3,3,3,2,1,3,2,2,1 → 2
    expect(scores.map((s) => s['S1_ability'])).toEqual(['solo', 'solo', 'supported']);
  });
});

describe('edge cases', () => {
  test('a respondent with every skill question blank: no answers, blank ratings, not_yet everywhere', () => {
    const [s] = scoreSkills(respondents([{}]), { codebook: experts }).objects() as Record<string, unknown>[];
    expect(s!['skill_answers']).toBe(0);
    for (const d of scheme.domains) {
      expect(s![`${d.id}_rating`]).toBe('none');
      expect(s![`${d.id}_ability`]).toBe('not_yet');
    }
  });

  test('a one-question sub-item (S6c) passes at 3 only', () => {
    const rows = [answers('S6c', [3]), answers('S6c', [2])];
    const s = scoreSkills(respondents(rows), { codebook: experts }).objects() as Record<string, unknown>[];
    expect(s.map((r) => r['S6c_held'])).toEqual([true, false]);
  });

  test('missing answers count 0 in a sub-item sum', () => {
    const s = scoreSkills(respondents([{ S2a_1: 3, S2a_2: null }]), { codebook: experts }).objects() as Record<string, unknown>[];
    expect(s[0]!['S2a_score']).toBe(3);
    expect(s[0]!['S2a_held']).toBe(false);
    expect(s[0]!['skill_answers']).toBe(1);
  });

  test('ties: the lower median of an even number of answers takes the lower middle value', () => {
    expect(domainStatistic([3, 3, 3, 2, 2, 2], { statistic: 'lower_median', missingAs: 0 })).toBe(2);
    expect(domainStatistic([3, 3, 3, 2, 2, 2], { statistic: 'upper_median', missingAs: 0 })).toBe(3);
    expect(domainStatistic([3, null, 3, null], { statistic: 'lower_median', missingAs: 0 })).toBe(0);
  });

  test('a score exactly at the pass mark holds the sub-item (5 of 5)', () => {
    const s = scoreSkills(respondents([answers('S1b', [3, 2])]), { codebook: experts }).objects() as Record<string, unknown>[];
    expect(s[0]!['S1b_held']).toBe(true);
  });

  test('the rule lives in the codebook: a different statistic changes the class without code changes', () => {
    const rules = experts.rules as { skills: Record<string, unknown> };
    const upper: Codebook = { ...experts, rules: { ...experts.rules, skills: { ...rules.skills, ability: { ...(rules.skills['ability'] as object), statistic: 'upper_median' } } } };
    // S6 answers 3,3,3,2,2,2: the lower median is 2 (supported), the upper median 3 (solo).
    const even = respondents([{ ...answers('S6a', [3, 3, 3]), ...answers('S6b', [2, 2]), S6c_1: 2 }]);
    expect(scoreSkills(even, { codebook: experts }).get('S6_ability', 0)).toBe('supported');
    expect(scoreSkills(even, { codebook: upper }).get('S6_ability', 0)).toBe('solo');
  });

  test('an invalid scheme in the codebook is rejected with the reason', () => {
    const broken: Codebook = { ...experts, rules: { skills: { passMarks: {}, ratings: [], ability: {}, domains: [] } } };
    expect(() => skillSchemeOf(broken)).toThrow(/rules\.skills is invalid/);
  });
});
