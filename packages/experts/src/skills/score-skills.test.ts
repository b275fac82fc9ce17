import * as aq from 'arquero';
import { instrumentOf, type Codebook } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { skillColumns, skillSchemeOf } from './scheme.js';
import { scoreSkills } from './score-skills.js';
import { abilityClass, domainStatistic, passMark, ratingOf, subitemScore } from './rules.js';
import { answerKeys } from './typed-columns.js';

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

describe('scores, held sub-items, ratings and the statistic, found once per distinct set of answers, are the rules applied row by row', () => {
  const rules = experts.rules as { skills: Record<string, unknown> };
  const withRule = (statistic: string, missingAs: number, scoreMissingAs = 0): Codebook => ({
    ...experts,
    rules: { ...experts.rules, skills: { ...rules.skills, missingAs: scoreMissingAs, ability: { ...(rules.skills['ability'] as object), statistic, missingAs } } },
  });
  const check = (rows: Record<string, number | null>[], codebook: Codebook) => {
    const s = skillSchemeOf(codebook);
    const scores = scoreSkills(respondents(rows), { codebook });
    rows.forEach((row, i) => {
      expect(scores.get('skill_answers', i)).toBe(columns.filter((c) => row[c] != null).length);
      for (const d of s.domains) {
        let notHeld = 0;
        for (const sub of d.subitems) {
          const score = subitemScore(
            sub.columns.map((c) => row[c] ?? null),
            s.missingAs,
          );
          expect(scores.get(`${sub.id}_score`, i)).toBe(score);
          expect(scores.get(`${sub.id}_held`, i)).toBe(score >= passMark(sub, s));
          if (score < passMark(sub, s)) notHeld++;
        }
        expect(scores.get(`${d.id}_rating`, i)).toBe(ratingOf(notHeld, s.ratings));
      }
      for (const d of s.domains) {
        const statistic = domainStatistic(
          d.subitems.flatMap((sub) => sub.columns.map((c) => row[c] ?? null)),
          s.ability,
        );
        expect(scores.get(`${d.id}_statistic`, i)).toBe(statistic);
        expect(scores.get(`${d.id}_ability`, i)).toBe(abilityClass(statistic, s.ability));
      }
    });
  };
  const table = (answer: fc.Arbitrary<number | null>) =>
    fc.array(fc.tuple(...columns.map(() => answer)).map((xs) => Object.fromEntries(columns.map((c, k) => [c, xs[k]!]))), { minLength: 1, maxLength: 30 });
  const rule = fc.record({ statistic: fc.constantFrom('lower_median', 'upper_median', 'mean', 'min', 'max'), missingAs: fc.constantFrom(0, 1.5, 3), scoreMissingAs: fc.constantFrom(0, 0.5, 2) });

  test('for answers on the scale, blanks included, under every statistic', () => {
    fc.assert(
      fc.property(table(fc.constantFrom(0, 1, 2, 3, null)), rule, (rows, r) => check(rows, withRule(r.statistic, r.missingAs, r.scoreMissingAs))),
      { numRuns: 40 },
    );
  });

  test('for answers taking too many values to key (a row at a time)', () => {
    fc.assert(
      fc.property(table(fc.option(fc.integer({ min: -50, max: 1000 }))), rule, (rows, r) => check(rows, withRule(r.statistic, r.missingAs, r.scoreMissingAs))),
      { numRuns: 15 },
    );
  });
});

describe('answerKeys', () => {
  test('rows with the same answers in another order share a key, and the key says the statistic and the answers given', () => {
    const keys = answerKeys([[null, 1, 3], [null, 1, 3]], 0, 'lower_median')!;
    const key = (...ids: number[]) => ids.reduce((a, id, k) => a + keys.keyWorth[k]![id]!, 0);
    expect(key(1, 2)).toBe(key(2, 1)); // (1, 3) and (3, 1)
    expect(keys.decode(key(1, 2))).toEqual({ statistic: 1, answered: 2 });
    expect(keys.decode(key(0, 1))).toEqual({ statistic: 0, answered: 1 }); // (missing as 0, 1)
  });
  test('a value not expected puts the key past the keyed ones', () => {
    const keys = answerKeys([[null, 1, 3, 200], [null, 1, 3, 200]], 0, 'max', { expected: (_, v) => v !== 200 })!;
    const key = (...ids: number[]) => ids.reduce((a, id, k) => a + keys.keyWorth[k]![id]!, 0);
    expect(key(2, 2)).toBeLessThan(keys.size);
    expect(key(3, 0)).toBeGreaterThanOrEqual(keys.size);
    expect(key(3, 3)).toBeGreaterThanOrEqual(keys.size);
  });
  test('none when there would be too many keys, or a −0 answer', () => {
    expect(answerKeys([[1, 2, 3, 4]], 0, 'min', { limit: 4 })).toBeNull();
    expect(answerKeys([[1, 2, 3, 4]], 0, 'min', { limit: 16 })).not.toBeNull();
    expect(answerKeys([[-0, 1]], 0, 'min')).toBeNull();
  });
});
