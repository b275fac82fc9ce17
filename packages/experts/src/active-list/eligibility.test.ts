import { expect, test } from 'vitest';
import { codebook, listOf } from '../../test/fixtures/specialists.js';
import { roster } from '../../test/fixtures/roster.js';
import { excludeFromList } from './eligibility.js';

test('each specialist gets the first exclusion that applies, the same from stored codes as from plain values', () => {
  const { table, scores } = listOf(roster);
  const eligibility = excludeFromList(table, { codebook, scores });
  const rows = eligibility.objects() as { respondent_id: string; listed: boolean; exclusion: string | null }[];
  expect(rows.filter((r) => !r.listed).map((r) => [r.respondent_id, r.exclusion])).toEqual([
    ['E6', 'employer_prohibits'],
    ['E7', 'no_consent'],
    ['E8', 'no_skill_answers'],
  ]);
  expect(rows.every((r) => r.listed === (r.exclusion === null))).toBe(true);
  // A filtered table is read value by value.
  expect(excludeFromList(table.filter(() => true), { codebook, scores: scores.filter(() => true) }).objects()).toEqual(rows);
});
