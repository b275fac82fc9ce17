import { abilityClass, domainStatistic, skillSchemeOf } from '@smesec/experts';
import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { createRng } from '../rng.js';
import { ABILITY } from '../targets.js';
import { generateProfile } from './profile.js';
import { domainRating, generateSkills } from './skills.js';

const scheme = skillSchemeOf(instrumentOf(fy2024, 'experts'));
const s1 = scheme.domains[0]!;

describe('skills', () => {
  // The report's worked example (the FY2024 programme report, section 4 ②): specialists A, B and C in S1.
  test.each([
    ['A', [3, 3, 3, 3, 3, 3, 3, 3, 2], 'double'],
    ['B', [3, 3, 2, 2, 2, 3, 2, 3, 3], 'single'],
    ['C', [3, 3, 3, 2, 1, 3, 2, 2, 1], 'none'],
  ])('specialist %s of the report rates %s', (_who, answers, rating) => {
    expect(domainRating(s1, answers, scheme)).toBe(rating);
  });

  test('a blank answer counts 0 in the sub-item sum', () => {
    expect(domainRating(s1, [3, 3, 3, 3, 3, 3, 3, 3, null], scheme)).toBe('single');
  });

  test('dealt classes match the published table and the answers give back those classes', () => {
    const profile = generateProfile(221, createRng('t').fork('profile'));
    const skills = generateSkills(profile, scheme, createRng('t').fork('skills'));
    for (const d of scheme.domains) {
      const classes = skills.ability.get(d.id)!;
      const [solo, supported, notYet] = ABILITY[d.id]!;
      expect(['solo', 'supported', 'not_yet'].map((c) => classes.filter((x) => x === c).length)).toEqual([solo, supported, notYet]);
      const idx = d.subitems.flatMap((s) => s.columns).map((c) => skills.columns.indexOf(c));
      skills.answers.forEach((row, i) => {
        expect(abilityClass(domainStatistic(idx.map((k) => row[k]!), scheme.ability), scheme.ability)).toBe(classes[i]);
      });
    }
    for (const i of profile.noSkill) expect(skills.answers[i]!.every((v) => v === null)).toBe(true);
  });
});
