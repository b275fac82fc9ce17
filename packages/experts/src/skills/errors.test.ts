import * as aq from 'arquero';
import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { expect, test } from 'vitest';
import { excludeFromList } from '../active-list/eligibility.js';
import { scoreSkills } from './score-skills.js';

const experts = instrumentOf(fy2024, 'experts');
const attendees = instrumentOf(fy2024, 'attendees');

test('scoring with a codebook that has no skill rules names the codebook and what was expected', () => {
  expect(() => scoreSkills(aq.table({ id: ['A1'] }), { codebook: attendees })).toThrow(
    /codebook attendees has no rules.skills; expected the codebook of an instrument with skill scoring rules, such as experts \(this codebook's rules: wantsConsultation\)/,
  );
  expect(() => excludeFromList(aq.table({ id: ['A1'] }), { codebook: attendees, scores: aq.table({}) })).toThrow(/codebook attendees has no rules.activeList/);
});

test('scoring a table read with another instrument’s codebook names the columns it lacks', () => {
  expect(() => scoreSkills(aq.table({ attendee_id: ['A1'], employees: ['1to20'] }), { codebook: experts })).toThrow(
    /scoreSkills: the table has no column respondent_id, S1a_1, .* \(and \d+ more\) of codebook experts; expected a table read with that codebook \(its columns: attendee_id, employees\)/,
  );
});
